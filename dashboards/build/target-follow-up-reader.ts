import { findCountSource } from '../../pipelines/contract/landing-sources.js';
import { sourceOrigin } from '../../presentation/format/source-line.js';
import { byUnit, followUp } from '../../presentation/metas/target-follow-up.js';
import { targetDataOf, type TargetData } from '../../presentation/metas/target-rows.js';
import { parseFilter } from '../../privacy/target-figures.js';
import type { CodeLabel, PoaData } from '../data/site-data.js';
import { monthsOf, type MonthSpan } from '../site/data/period-months.js';
import type { PublishedData, TextRows } from './published-data-reader.js';

/**
 * Returns the Spanish labels of a target's restriction (`oficina=central` → `Central`), from the
 * code lists of the measured source's dimensions, as the warehouse writes `filtro_etiqueta`: each
 * code's label, or the code itself when the list has none; null when the target restricts nothing.
 */
export function restrictionLabel(medida: string, filtro: string, labels: Readonly<Record<string, readonly CodeLabel[]>>): string | null {
  if (filtro === '') return null;
  const source = findCountSource(medida);
  return Object.entries(parseFilter(filtro))
    .map(([column, code]) => {
      const codes = source?.dimensions.find((dimension) => dimension.name === column)?.codes;
      const list = codes?.kind === 'closed' ? codes.list : codes?.kind === 'open' ? codes.labels : undefined;
      return (list ? labels[list]?.find((label) => label.codigo === code)?.etiqueta : undefined) ?? code;
    })
    .join(' · ');
}

/** Returns the published target rows (`metas_avance`, `metas_mensual`) as the follow-up reads them, labelled from the code lists. */
export function targetData(avance: TextRows, mensual: TextRows, hasta: string, labels: Readonly<Record<string, readonly CodeLabel[]>>): TargetData {
  return targetDataOf(avance, mensual, hasta, (medida, filtro) => restrictionLabel(medida, filtro, labels));
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

/** Returns the targets the edition publishes (`metas_avance`, `metas_mensual`), read from its open data — never the marts, which hold the execution of protected populations before disclosure control; empty when it publishes none. */
export async function readPublishedTargets(data: PublishedData, hasta: string, labels: Readonly<Record<string, readonly CodeLabel[]>>): Promise<TargetData> {
  const avance = data.publishes('metas_avance') ? ((await data.rows('metas_avance')) ?? []) : [];
  const mensual = data.publishes('metas_mensual') ? ((await data.rows('metas_mensual')) ?? []) : [];
  return targetData(avance, mensual, hasta, labels);
}

/** Returns the POA follow-up of the edition's targets, or null when it publishes none. */
export function targetFollowUp(targets: TargetData, period: MonthSpan): PoaData | null {
  if (!targets.targets.length) return null;
  const meses = followUpByMonth(targets, period);
  if (meses.every((month) => month.unidades.length === 0)) return null;
  const medidas = [...new Set(targets.targets.map((target) => target.medida))].sort();
  return {
    meses,
    origenes: Object.fromEntries(medidas.map((medida) => [medida, findCountSource(medida) ? sourceOrigin(medida) : 'DGME'])),
    datasets: ['metas_avance', 'metas_mensual'],
  };
}
