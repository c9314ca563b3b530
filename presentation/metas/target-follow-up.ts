/**
 * Monthly follow-up of the operating plan (Manual de Organización, Unidad de Planificación,
 * functions 10–11): each target line — a measure, its restriction and a year — programmed against
 * achieved over a stretch of months (a month, a quarter) and over the year to date, judged with the
 * rules of the PNI's goals (outputs.md, `pni_avance`): once the year has ended, `cumplida` or
 * `rezagada`; during the year, against the part of the target due by then — the monthly targets up
 * to that month, or the yearly target × months elapsed / 12. Every figure is a sum of published
 * rows of `metas_avance` and `metas_mensual`.
 */
import type { PniStatus } from '../pni/pni-statuses.js';
import { ratioPercent } from '../format/number-format.js';
import { measureSubject, type TargetData } from './target-rows.js';

/** A line's status: the PNI's, or `reservada` when the disclosure control withheld the year to date it is judged on. */
export type TargetStatus = PniStatus | 'reservada';

/** Statuses in the order the follow-up lists them: what is behind schedule first. */
export const STATUS_ORDER: readonly TargetStatus[] = ['rezagada', 'en_riesgo', 'en_curso', 'cumplida', 'sin_datos', 'reservada'];

/** One target line over a stretch of months of one year. */
export interface FollowUpLine {
  readonly anio: number;
  readonly medida: string;
  readonly filtro: string;
  readonly unidad: string;
  /** Spanish: what is counted and the restriction (`Pasaportes emitidos · Central`). */
  readonly etiqueta: string;
  /** `mensual` when the unit planned month by month, `anual` for one figure for the year. */
  readonly periodicidad: 'mensual' | 'anual';
  /** Programmed over the stretch (a yearly target's twelfths; may have decimals). */
  readonly programadoTramo: number;
  /** Null: no data in the stretch, or withheld (`suprimido`). */
  readonly ejecutadoTramo: number | null;
  readonly pctTramo: string | null;
  readonly programadoAnual: number;
  /** The part of the year's target due by the stretch's last month. */
  readonly programadoAlCorte: number;
  readonly ejecutadoAlCorte: number | null;
  /** Achieved to date against the part due, in % (2 decimals). */
  readonly pctAlCorte: string | null;
  readonly estado: TargetStatus;
  /** The disclosure control withheld some figure of the line: it prints `x` where its value is empty. */
  readonly suprimido: boolean;
}

/** A unit's lines, with how many are behind schedule (rezagada or en riesgo). */
export interface UnitFollowUp {
  readonly unidad: string;
  readonly lineas: readonly FollowUpLine[];
  readonly atrasadas: number;
}

const monthNumber = (month: string) => Number(month.slice(5, 7));
const monthOf = (anio: number, mes: number) => `${anio}-${String(mes).padStart(2, '0')}`;

/** A sum of monthly execution: null with `suprimido` when a month was withheld, null when no month has data. */
function executed(months: readonly { ejecutado: number | null; suprimido: boolean }[]): { value: number | null; suprimido: boolean } {
  if (months.some((month) => month.suprimido)) return { value: null, suprimido: true };
  const known = months.filter((month) => month.ejecutado !== null);
  return { value: known.length ? known.reduce((sum, month) => sum + month.ejecutado!, 0) : null, suprimido: false };
}

/** The PNI's status rule, applied to a year to date (outputs.md, `pni_avance`). */
export function targetStatus(ejecutado: number | null, anual: number, dueToDate: number, yearEnded: boolean): PniStatus {
  if (ejecutado === null) return 'sin_datos';
  if (ejecutado >= anual) return 'cumplida';
  if (yearEnded) return 'rezagada';
  if (ejecutado >= dueToDate) return 'en_curso';
  if (ejecutado >= 0.75 * dueToDate) return 'en_riesgo';
  return 'rezagada';
}

/**
 * Returns every target line of the year of `hasta` over the months `desde`..`hasta` (same year;
 * `hasta` no later than the edition's last month), behind schedule first, then by unit and line.
 */
export function followUp(data: TargetData, desde: string, hasta: string): FollowUpLine[] {
  const anio = Number(hasta.slice(0, 4));
  if (Number(desde.slice(0, 4)) !== anio || desde > hasta) throw new Error(`seguimiento del POA: ${desde}..${hasta} no es un tramo de un mismo año`);
  const first = monthNumber(desde);
  const last = monthNumber(hasta);
  const keys = new Map<string, { medida: string; filtro: string }>();
  for (const target of data.targets) if (target.anio === anio) keys.set(`${target.medida}|${target.filtro}`, { medida: target.medida, filtro: target.filtro });

  const lines = [...keys.values()].map(({ medida, filtro }): FollowUpLine => {
    const targets = data.targets.filter((target) => target.anio === anio && target.medida === medida && target.filtro === filtro);
    const months = data.months.filter((month) => month.medida === medida && month.filtro === filtro && month.mes.startsWith(`${anio}-`));
    const monthly = months.filter((month) => month.programado !== null);
    const yearly = targets.find((target) => target.mes === null);
    const periodicidad = monthly.length > 0 || !yearly ? 'mensual' : 'anual';
    // Twelfths of the target of month m (1–12), whole numbers so percentages stay exact: the month's own × 12, or the year's.
    const twelfths = (mes: number) => (periodicidad === 'mensual' ? 12 * (monthly.find((month) => month.mes === monthOf(anio, mes))?.programado ?? 0) : yearly!.programado);
    const sumTwelfths = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => twelfths(from + index)).reduce((sum, value) => sum + value, 0);
    const inMonths = (from: number, to: number) => months.filter((month) => monthNumber(month.mes) >= from && monthNumber(month.mes) <= to);
    const percent = (value: number | null, due: number) => (value === null ? null : ratioPercent(12 * value, due));

    const tramoTwelfths = sumTwelfths(first, last);
    const alCorteTwelfths = sumTwelfths(1, last);
    const programadoAnual = sumTwelfths(1, 12) / 12;
    const tramo = executed(inMonths(first, last));
    // A yearly target's row in metas_avance counts its year up to the edition's last month: published
    // whole, it gives the year to date there even when some of its months were withheld.
    const yearRow = hasta === data.hasta && yearly && !yearly.suprimido && yearly.ejecutado !== null ? yearly : undefined;
    const alCorte = yearRow ? { value: yearRow.ejecutado, suprimido: false } : executed(inMonths(1, last));
    const suprimido = tramo.suprimido || alCorte.suprimido;
    const unit = [...targets].reverse().find((target) => target.unidad)?.unidad;
    const source = targets.find((target) => target.filtroEtiqueta);
    return {
      anio,
      medida,
      filtro,
      unidad: unit ?? 'Unidad no indicada',
      etiqueta: [measureSubject(medida), source?.filtroEtiqueta].filter(Boolean).join(' · '),
      periodicidad,
      programadoTramo: tramoTwelfths / 12,
      ejecutadoTramo: tramo.value,
      pctTramo: percent(tramo.value, tramoTwelfths),
      programadoAnual,
      programadoAlCorte: alCorteTwelfths / 12,
      ejecutadoAlCorte: alCorte.value,
      pctAlCorte: percent(alCorte.value, alCorteTwelfths),
      estado: alCorte.suprimido ? 'reservada' : targetStatus(alCorte.value, programadoAnual, alCorteTwelfths / 12, last === 12),
      suprimido,
    };
  });
  return lines.sort((a, b) => STATUS_ORDER.indexOf(a.estado) - STATUS_ORDER.indexOf(b.estado) || a.unidad.localeCompare(b.unidad, 'es') || a.etiqueta.localeCompare(b.etiqueta, 'es'));
}

/** Returns the lines by unit, the units with most lines behind schedule first. */
export function byUnit(lines: readonly FollowUpLine[]): UnitFollowUp[] {
  const units = new Map<string, FollowUpLine[]>();
  for (const line of lines) units.set(line.unidad, [...(units.get(line.unidad) ?? []), line]);
  return [...units.entries()]
    .map(([unidad, unitLines]) => ({ unidad, lineas: unitLines, atrasadas: unitLines.filter((line) => line.estado === 'rezagada' || line.estado === 'en_riesgo').length }))
    .sort((a, b) => b.atrasadas - a.atrasadas || a.unidad.localeCompare(b.unidad, 'es'));
}
