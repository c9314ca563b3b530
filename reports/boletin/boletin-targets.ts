/**
 * The operating plan's execution in the bulletin's month: each physical target of the POA,
 * programmed against achieved in the month and in the year to date (presentation/metas/), from the
 * rows the disclosure control released.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { MONTH_NAMES, monthName } from '../../presentation/format/period-labels.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { STATUS_ORDER, type FollowUpLine, type TargetStatus } from '../../presentation/metas/target-follow-up.js';
import { tableBlock, type Numbering } from '../pdf/data-table.js';
import { TARGET_FOLLOW_UP_NOTE, targetFollowUpTable, targetStatusLabel } from '../pdf/target-follow-up-table.js';
import { listText } from '../memoria/figure-sentences.js';

/** Returns a sentence counting the lines by status (`De las 12 metas …, 7 cumplida, …`), or says there are none. */
export function targetsSentence(lines: readonly FollowUpLine[], month: string): string {
  const year = month.slice(0, 4);
  if (!lines.length) return `El plan operativo anual (POA) de ${year} no tiene metas físicas registradas para ${monthName(month)}: no hay ejecución que informar.`;
  const counts = STATUS_ORDER.map((estado) => [estado, lines.filter((line) => line.estado === estado).length] as [TargetStatus, number]).filter(([, count]) => count > 0);
  // «cumplida», «rezagada», «reservada» agree with the count; «en curso», «en riesgo», «sin datos» do not change.
  const parts = counts.map(([estado, count]) => {
    const label = targetStatusLabel(estado).toLowerCase();
    return `${count} ${count > 1 && label.endsWith('a') ? `${label}s` : label}`;
  });
  const noun = lines.length === 1 ? 'meta física' : 'metas físicas';
  return `De ${lines.length === 1 ? 'la' : `las ${lines.length}`} ${noun} del POA de ${year} con seguimiento en ${monthName(month)}, según lo ejecutado hasta el mes: ${listText(parts)}.`;
}

/** Returns the POA section: the sentence and, when there are targets, the follow-up table with its note. */
export function bulletinTargets(lines: readonly FollowUpLine[], month: string, numbering: Numbering): Content[] {
  const name = MONTH_NAMES[Number(month.slice(5, 7)) - 1];
  const parts: Content[] = [{ text: 'Ejecución de las metas físicas del POA', style: 'h2', headlineLevel: 2 } as Content, { text: targetsSentence(lines, month), style: 'body' }];
  if (!lines.length) return parts;
  return [
    ...parts,
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Metas físicas del POA: ${monthName(month)} y año a la fecha`,
      table: targetFollowUpTable(lines, name.charAt(0).toUpperCase() + name.slice(1)),
      source: sourceLine('metas', ...new Set(lines.map((line) => line.medida))),
      note: TARGET_FOLLOW_UP_NOTE,
    }),
  ];
}
