import { monthYear } from '../format/period-labels.js';
import type { TipoMeta } from './target-kinds.js';

/** What decides a year's status: whether the year has ended, the kind of target and when a deliverable is due. */
export interface StatusRuleInput {
  readonly anio: number;
  readonly anio_cerrado: boolean;
  readonly tipo_meta: TipoMeta;
  /** The year a deliverable or an end-of-period total is due (the activity's last year unless corrected). */
  readonly exigible: number;
}

/**
 * Returns, in Spanish, the rule that gave a year its status (outputs.md, `pni_avance`): an ended year
 * against the year's target, the year in progress against the share due by the edition's last month.
 */
export function statusRule(row: StatusRuleInput, hasta: string): string {
  if (row.tipo_meta === 'por_definir') return 'El PNI no fija la cifra de la META: el indicador no se evalúa y su estado es «Sin datos».';
  const notDue =
    (row.tipo_meta === 'entregable' || row.tipo_meta === 'fin_de_periodo') && row.anio < row.exigible
      ? ` La META se exige en ${row.exigible}: antes de ese año no está atrasada, y mientras no se alcance está «En curso».`
      : '';
  if (row.anio_cerrado) return `${row.anio} terminó: «Cumplida» si el valor alcanzó la meta del año, «Rezagada» si no, «Sin datos» si nadie lo reportó.${notDue}`;
  const months = Number(hasta.slice(5, 7));
  // A target with yearly milestones starts the year from the milestone already due (pni_avance.sql, `con_debido`).
  const dueByNow =
    row.tipo_meta === 'acumulada' || row.tipo_meta === 'nivel'
      ? `el hito del año anterior más la parte del incremento del año que corresponde a ${months} ${months === 1 ? 'mes' : 'meses'} (× ${months} ÷ 12)`
      : `meta × ${months} ÷ 12`;
  return (
    `${row.anio} está en curso (${months} ${months === 1 ? 'mes' : 'meses'}, hasta ${monthYear(hasta)}): «Cumplida» si el valor ya alcanzó la meta del año; ` +
    `«En curso» si alcanzó la meta a la fecha (${dueByNow}); «En riesgo» si alcanzó al menos el 75 % de ella; «Rezagada» si no; «Sin datos» si nadie lo reportó.${notDue}`
  );
}
