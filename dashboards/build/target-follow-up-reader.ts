import { findCountSource } from '../../pipelines/contract/landing-sources.js';
import { sourceOrigin } from '../../presentation/format/source-line.js';
import { byUnit, followUp } from '../../presentation/metas/target-follow-up.js';
import type { TargetData, TargetMonthRow, TargetRow } from '../../presentation/metas/target-rows.js';
import type { CodeLabel, PoaData } from '../data/site-data.js';
import { monthsOf, type MonthSpan } from '../site/data/period-months.js';
import type { PublishedData, TextRows } from './published-data-reader.js';

const count = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

/** Returns the month number of `metas_avance.mes` (`6`, or `2023-06`), null for a yearly target. */
function monthNumber(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  return /^\d{4}-\d{2}$/.test(text) ? Number(text.slice(5, 7)) : Number(text);
}

/**
 * Returns the Spanish labels of a target's restriction (`oficina=central` → `Central`), from the
 * code lists of the measured source's dimensions, as the warehouse writes `filtro_etiqueta`: each
 * code's label, or the code itself when the list has none; null when the target restricts nothing.
 */
export function restrictionLabel(medida: string, filtro: string, labels: Readonly<Record<string, readonly CodeLabel[]>>): string | null {
  if (filtro === '') return null;
  const source = findCountSource(medida);
  return filtro
    .split(';')
    .map((pair) => {
      const [column, code = ''] = pair.split('=');
      const codes = source?.dimensions.find((dimension) => dimension.name === column)?.codes;
      const list = codes?.kind === 'closed' ? codes.list : codes?.kind === 'open' ? codes.labels : undefined;
      return (list ? labels[list]?.find((label) => label.codigo === code)?.etiqueta : undefined) ?? code;
    })
    .join(' · ');
}

/** Returns the published target rows (`metas_avance`, `metas_mensual`) as the follow-up reads them. */
export function targetData(avance: TextRows, mensual: TextRows, hasta: string, labels: Readonly<Record<string, readonly CodeLabel[]>>): TargetData {
  const targets: TargetRow[] = avance.map((row) => ({
    anio: Number(row.anio),
    mes: monthNumber(row.mes),
    medida: row.medida,
    filtro: row.filtro ?? '',
    filtroEtiqueta: row.filtro_etiqueta || restrictionLabel(row.medida, row.filtro ?? '', labels),
    unidad: row.unidad || null,
    programado: Number(row.programado),
    ejecutado: count(row.ejecutado),
    pctEjecucion: row.pct_ejecucion || null,
    suprimido: row.suprimido === 'true',
  }));
  const months: TargetMonthRow[] = mensual.map((row) => ({
    medida: row.medida,
    filtro: row.filtro ?? '',
    mes: row.mes,
    programado: count(row.programado),
    ejecutado: count(row.ejecutado),
    suprimido: row.suprimido === 'true',
  }));
  return { targets, months, hasta };
}

/**
 * Returns the operating plan's follow-up for every month of the edition's period — that month
 * and its year to date, units with most lines behind schedule first — computed here from the
 * published `metas_avance` and `metas_mensual`, so that the pages only show it; null when the
 * release has no targets.
 */
export function followUpByMonth(data: TargetData, period: MonthSpan): PoaData['meses'] {
  return monthsOf(period).map((mes) => ({ mes, unidades: byUnit(followUp(data, mes, mes)) }));
}

/** Returns the POA follow-up of the edition from its open data (never the marts), or null when it publishes no target. */
export async function readTargetFollowUp(data: PublishedData, period: MonthSpan, labels: Readonly<Record<string, readonly CodeLabel[]>>): Promise<PoaData | null> {
  // Only the release: the marts hold the execution of protected populations before disclosure control.
  if (!data.publishes('metas_avance') || !data.publishes('metas_mensual')) return null;
  const avance = await data.rows('metas_avance');
  const mensual = await data.rows('metas_mensual');
  if (!avance?.length || !mensual) return null;
  const targets = targetData(avance, mensual, period.hasta, labels);
  const meses = followUpByMonth(targets, period);
  if (meses.every((month) => month.unidades.length === 0)) return null;
  const medidas = [...new Set(targets.targets.map((target) => target.medida))].sort();
  return {
    meses,
    origenes: Object.fromEntries(medidas.map((medida) => [medida, findCountSource(medida) ? sourceOrigin(medida) : 'DGME'])),
    datasets: ['metas_avance', 'metas_mensual'],
  };
}
