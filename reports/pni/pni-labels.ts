/**
 * How the PNI report words and prints its figures: counts with the noun in agreement, targets
 * (whole-unit targets never with decimals), values with the conventional signs, statuses.
 */
import { groupThousands, FIGURE_SPACE } from '../../presentation/format/number-format.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { TARGET_KINDS, type TipoMeta } from '../../presentation/pni/target-kinds.js';
import type { Estado, PniIndicatorRow, PniProgress } from './pni-report-data.js';

/** Returns `n` with its noun in agreement (`1 indicador`, `3 indicadores`, `1 cumplida`). */
export function counted(n: number, singular: string, plural: string): string {
  return `${groupThousands(String(n))} ${n === 1 ? singular : plural}`;
}

/** Returns a list in running Spanish (`a, b y c`). */
export function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`;
}

/** Each status in a count: its singular and plural as the report's sentences write them. */
export const ESTADO_COUNT: Record<Estado, [string, string]> = {
  cumplida: ['cumplida', 'cumplidas'],
  en_curso: ['en curso', 'en curso'],
  en_riesgo: ['en riesgo', 'en riesgo'],
  rezagada: ['rezagada', 'rezagadas'],
  sin_datos: ['sin datos', 'sin datos'],
};

/** Returns a decimal as printed, `.00` dropped (`1,645`, `3.33`); a whole-unit figure never has decimals. */
export function formatFigure(decimal: string, wholeUnits = false): string {
  if (wholeUnits) {
    if (!/^-?\d+(\.0+)?$/.test(decimal)) throw new Error(`Una meta en unidades enteras no puede tener decimales: «${decimal}».`);
    return groupThousands(decimal.replace(/\.0+$/, ''));
  }
  return groupThousands(decimal.replace(/\.00$/, ''));
}

/** Returns a figure in the indicator's unit: a percentage target carries `%`. */
export function formatInUnit(decimal: string, row: Pick<PniIndicatorRow, 'tipoMeta' | 'unidadesEnteras'>): string {
  const text = formatFigure(decimal, row.unidadesEnteras);
  return row.tipoMeta === 'porcentaje' ? `${text}${FIGURE_SPACE}%` : text;
}

/** Spanish name of each kind of target, as the report's tables and notes use it. */
export const TIPO_META: Record<TipoMeta, string> = Object.fromEntries(Object.entries(TARGET_KINDS).map(([kind, { nombre }]) => [kind, nombre])) as Record<TipoMeta, string>;

/** Returns the line under a year's target that says how to read it (empty when the figure says it all). */
export function targetDetail(row: PniIndicatorRow, anio: number): string {
  const total = row.valorMeta === null ? '' : formatInUnit(row.valorMeta, row);
  switch (row.tipoMeta) {
    case 'mensual':
      return `${total} por mes`;
    case 'acumulada':
      return `hito; ${total} en total a ${row.anioFin}`;
    case 'nivel':
      return row.anioFin === anio ? 'nivel a alcanzar' : `hito; nivel de ${total} a ${row.anioFin}`;
    case 'fin_de_periodo':
    case 'entregable': {
      const due = row.anioMeta ?? row.anioFin;
      return due === anio ? 'se exige este año' : `se exige en ${due}`;
    }
    default:
      return '';
  }
}

/** Returns the year's target as printed: the whole figure, or `por definir`. */
export function targetText(row: PniIndicatorRow, progress: PniProgress): string {
  return progress.meta === null ? 'por definir' : formatInUnit(progress.meta, row);
}

/** Returns the value as printed: the sign of why it is missing, `Hecho`/`No hecho` for a deliverable, `–` for zero. */
export function valueText(row: PniIndicatorRow, progress: PniProgress): string {
  if (progress.suprimido) return SYMBOLS.suppressed;
  if (progress.valor === null) return SYMBOLS.notAvailable;
  if (row.tipoMeta === 'entregable') return Number(progress.valor) >= 1 ? 'Hecho' : 'No hecho';
  if (Number(progress.valor) === 0) return SYMBOLS.zero;
  return formatFigure(progress.valor) + (row.tipoMeta === 'porcentaje' ? `${FIGURE_SPACE}%` : '');
}

/** Returns what the institutions reported, when the printed value was computed from the registers and differs from it. */
export function reportedBeside(row: PniIndicatorRow, progress: PniProgress): string | null {
  if (progress.fuente !== 'operacional' || progress.valorReportado === null || progress.valorReportado === progress.valor) return null;
  const reported = row.tipoMeta === 'entregable' ? (Number(progress.valorReportado) >= 1 ? 'hecho' : 'no hecho') : formatFigure(progress.valorReportado);
  return `reportado${progress.reportadoPor ? ` por ${progress.reportadoPor}` : ''}: ${reported}`;
}

/** Returns the share due by the cut-off as printed (`n.a.` when nothing is due yet or there is no target). */
export function dueText(row: PniIndicatorRow, progress: PniProgress): string {
  if (progress.metaALaFecha === null) return SYMBOLS.notApplicable;
  return formatInUnit(progress.metaALaFecha, row);
}

/** Returns `% de la meta` as printed, with the sign of why it is missing. */
export function percentText(progress: PniProgress): string {
  if (progress.suprimido) return SYMBOLS.suppressed;
  if (progress.meta === null) return SYMBOLS.notApplicable;
  if (progress.pctMeta === null) return SYMBOLS.notAvailable;
  return `${groupThousands(progress.pctMeta)}${FIGURE_SPACE}%`;
}

/** Returns the source of a value as printed: the DGME's registers, or the reporting institutions. */
export function sourceText(progress: PniProgress): string {
  if (progress.fuente === null) return SYMBOLS.notAvailable;
  return progress.fuente === 'operacional' ? 'Registros DGME' : progress.fuente;
}

/** Returns the activity's period as printed (`2024–2028`, `2024`). */
export function periodText(row: Pick<PniIndicatorRow, 'anioInicio' | 'anioFin'>): string {
  return row.anioInicio === row.anioFin ? String(row.anioInicio) : `${row.anioInicio}–${row.anioFin}`;
}
