/**
 * «Cambios destacados»: the sentences an executive reads first, written from the quarter's figures
 * (never typed in): the largest increases and decreases against the same quarter a year earlier,
 * the operating plan's lines behind schedule, the pace of the budget, procurement and the PNI.
 */
import { formatCount, formatMoney, formatPercent } from '../../presentation/format/number-format.js';
import { quarterName } from '../../presentation/format/quarters.js';
import { changeClause, countWithUnit, listText } from '../memoria/figure-sentences.js';
import { MEASURES } from '../memoria/service-measures.js';
import { targetStatusLabel } from '../pdf/target-follow-up-table.js';
import type { QuarterData, QuarterFigures } from './trimestral-data.js';
import { budgetFigures, budgetFunds, procurementTotals } from './trimestral-sections.js';

/** How many increases and decreases the page names. */
const TOP = 3;

/** The services whose quarter can be compared: both figures published, a base above zero, a change. */
function comparable(data: QuarterData): (QuarterFigures & { pct: number })[] {
  return data.figures
    .filter((row) => row.trimestre.actual !== null && row.trimestre.anterior !== null && row.trimestre.anterior > 0 && row.trimestre.variacion !== 0 && row.trimestre.variacion_pct !== null)
    .map((row) => ({ ...row, pct: Number(row.trimestre.variacion_pct) }));
}

function serviceSentence(row: QuarterFigures, previousLabel: string, variant: number): string {
  const { trimestre } = row;
  const unit = MEASURES[row.medida].unidad;
  const verb = trimestre.actual === 1 ? 'Se registró' : 'Se registraron';
  return `${verb} ${countWithUnit(trimestre.actual!, unit)} en el trimestre, ${changeClause({ ...trimestre }, previousLabel, variant)}.`;
}

/** Returns the sentences on the largest increases and decreases against the same quarter a year earlier. */
export function serviceHighlights(data: QuarterData): { increases: string[]; decreases: string[] } {
  const previousLabel = `el ${quarterName(data.previous).toLowerCase()}`;
  const rows = comparable(data);
  const increases = rows
    .filter((row) => row.pct > 0)
    .sort((a, b) => b.pct - a.pct)
    .slice(0, TOP);
  const decreases = rows
    .filter((row) => row.pct < 0)
    .sort((a, b) => a.pct - b.pct)
    .slice(0, TOP);
  return {
    increases: increases.length ? increases.map((row, index) => serviceSentence(row, previousLabel, index)) : [`Ningún servicio aumentó frente al ${quarterName(data.previous).toLowerCase()}.`],
    decreases: decreases.length ? decreases.map((row, index) => serviceSentence(row, previousLabel, index + 1)) : [`Ningún servicio disminuyó frente al ${quarterName(data.previous).toLowerCase()}.`],
  };
}

/** Returns the sentence on the operating plan's lines behind schedule. */
export function targetHighlight(data: QuarterData): string {
  const { targets, quarter } = data;
  if (!targets.length) return `No se recibieron metas físicas del POA para ${quarter.anio}.`;
  const behind = targets.filter((line) => line.estado === 'rezagada' || line.estado === 'en_riesgo');
  if (!behind.length) return `Ninguna de las ${formatCount(targets.length)} líneas de meta del POA ${quarter.anio} va con atraso al cierre del trimestre.`;
  const named = behind.slice(0, TOP).map((line) => `${line.etiqueta} (${line.unidad}; ${targetStatusLabel(line.estado).toLowerCase()}, ${formatPercent(line.pctAlCorte)} de lo programado a la fecha)`);
  const more = behind.length > TOP ? `, entre otras` : '';
  return `${formatCount(behind.length)} de ${formatCount(targets.length)} líneas de meta del POA ${quarter.anio} ${behind.length === 1 ? 'va' : 'van'} con atraso al cierre del trimestre: ${listText(named)}${more}.`;
}

/** Returns one sentence per fund on the pace of the budget: accrued over the current budget, in the quarter and the year to date. */
export function budgetHighlights(data: QuarterData): string[] {
  return budgetFunds(data).flatMap(([fondo, etiqueta]) => {
    const quarter = budgetFigures(data.budget, fondo, 'tramo');
    const year = budgetFigures(data.budget, fondo, 'acumulado');
    if (quarter.pct === null || quarter.devengado === null || quarter.vigente === null) return [];
    const committed = quarter.comprometido === null ? '' : `; se comprometieron ${formatMoney(quarter.comprometido)}`;
    const toDate = year.pct === null || data.quarter.numero === 1 ? '' : ` En el año a la fecha, el devengado es el ${formatPercent(year.pct)} del vigente.`;
    return [
      `${etiqueta}: en el trimestre se devengó el ${formatPercent(quarter.pct)} del presupuesto vigente (${formatMoney(quarter.devengado)} de ${formatMoney(quarter.vigente)})${committed}.${toDate}`,
    ];
  });
}

/** Returns the sentence on the quarter's procurement, or none without processes. */
export function procurementHighlight(data: QuarterData): string | undefined {
  if (!data.procurement.length) return undefined;
  const totals = procurementTotals(data);
  const awarded = totals.adjudicados === 1 ? 'se adjudicó o contrató 1 proceso de compra' : `se adjudicaron o contrataron ${formatCount(totals.adjudicados)} procesos de compra`;
  return `En el trimestre ${awarded} por ${formatMoney(totals.monto)}, de ${formatCount(totals.procesos)} ${totals.procesos === 1 ? 'proceso registrado' : 'procesos registrados'}.`;
}

/** Returns the sentence on the PNI's indicators behind schedule, or none without indicators. */
export function pniHighlight(data: QuarterData): string | undefined {
  const { pni, quarter } = data;
  if (!pni.length) return undefined;
  const of = (estado: string) => pni.filter((row) => row.estado === estado).length;
  const rezagadas = of('rezagada');
  const riesgo = of('en_riesgo');
  const cumplidas = of('cumplida') + of('en_curso');
  return `PNI ${quarter.anio}: ${formatCount(cumplidas)} de ${formatCount(pni.length)} indicadores cumplidos o al día; ${formatCount(rezagadas)} ${rezagadas === 1 ? 'rezagado' : 'rezagados'} y ${formatCount(riesgo)} en riesgo; ${formatCount(of('sin_datos'))} sin datos.`;
}
