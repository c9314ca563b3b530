/**
 * The operating plan's follow-up as a PDF table, for the bulletin (a month) and the quarterly
 * report (a quarter): per unit and target line, programmed against achieved over the stretch and
 * over the year to date, and the line's status. Units with most lines behind schedule come first.
 */
import type { ContentTable } from 'pdfmake/interfaces.js';
import { formatCount, formatCountOrDash, formatPercent } from '../../presentation/format/number-format.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { statusLabel } from '../../presentation/pni/pni-statuses.js';
import { byUnit, type FollowUpLine, type TargetStatus } from '../../presentation/metas/target-follow-up.js';
import { dataTable, type TableRow } from './data-table.js';

/** Returns the Spanish label of a target line's status. */
export function targetStatusLabel(estado: TargetStatus): string {
  return estado === 'reservada' ? 'Reservada' : statusLabel(estado);
}

/** A programmed figure, rounded to a whole number (a share of a yearly target may have decimals). */
const programmed = (value: number) => formatCount(Math.round(value));

/** A figure of the line: `x` where the disclosure control withheld it, `..` where nothing was counted. */
const achieved = (line: FollowUpLine, value: number | null) => (value === null && line.suprimido ? SYMBOLS.suppressed : formatCountOrDash(value));
const percent = (line: FollowUpLine, value: string | null) => (value === null && line.suprimido ? SYMBOLS.suppressed : formatPercent(value));

/** Returns the follow-up table; `tramo` names the stretch's columns (`Marzo`, `Trimestre`). */
export function targetFollowUpTable(lines: readonly FollowUpLine[], tramo: string, fontSize = 7.5): ContentTable {
  const rows: TableRow[] = byUnit(lines).flatMap((unit) => [
    { cells: [{ text: `${unit.unidad}${unit.atrasadas ? ` (${unit.atrasadas} con atraso)` : ''}`, colSpan: 8 }], kind: 'subtotal' as const },
    ...unit.lineas.map((line) => ({
      cells: [
        `${line.etiqueta}${line.periodicidad === 'anual' ? ' (meta anual)' : ''}`,
        programmed(line.programadoTramo),
        achieved(line, line.ejecutadoTramo),
        percent(line, line.pctTramo),
        programmed(line.programadoAlCorte),
        achieved(line, line.ejecutadoAlCorte),
        percent(line, line.pctAlCorte),
        targetStatusLabel(line.estado),
      ],
    })),
  ]);
  return dataTable({
    fontSize,
    columns: [
      { header: 'Unidad y meta', width: '*' },
      { header: 'Programado', group: tramo, align: 'right' },
      { header: 'Ejecutado', group: tramo, align: 'right' },
      { header: '%', group: tramo, align: 'right' },
      { header: 'Programado', group: 'Año a la fecha', align: 'right' },
      { header: 'Ejecutado', group: 'Año a la fecha', align: 'right' },
      { header: '%', group: 'Año a la fecha', align: 'right' },
      { header: 'Estado' },
    ],
    rows,
  });
}

/** The note under the table: how programmed figures and statuses are computed. */
export const TARGET_FOLLOW_UP_NOTE =
  'Programado: la meta del POA de cada mes, o la doceava parte de la meta anual por mes. En el año a la fecha, lo programado es la parte de la meta que corresponde hasta el mes del corte. ' +
  'Estado (mismas reglas que las metas del PNI): cumplida si lo ejecutado alcanza la meta del año; en curso si alcanza lo programado a la fecha; en riesgo si alcanza el 75 % de ello; rezagada por debajo; al cerrar el año, cumplida o rezagada. ' +
  'Reservada: la cifra cuenta una población protegida y el control de divulgación no permite publicarla.';
