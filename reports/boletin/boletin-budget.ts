import type { Content } from 'pdfmake/interfaces.js';
import { monthName } from '../../pipelines/run/reporting-period.js';
import { dataTable, tableBlock, type TableColumn } from '../pdf/data-table.js';
import { formatMoney } from '../pdf/number-format.js';
import { shortMonth, shortSpan } from '../pdf/period-labels.js';
import type { BulletinData } from './boletin-data.js';

const STAGES: Record<string, string> = { aprobado: 'Aprobado', modificado: 'Modificado', comprometido: 'Comprometido', devengado: 'Devengado' };

/** Returns the month's budget: one row per stage, the month and the year to date of each fund side by side; nothing without budget data. */
export function bulletinBudget(data: BulletinData): Content[] {
  if (!data.budget.length) return [];
  const start = `${data.month.slice(0, 4)}-01`;
  const funds = [...new Map(data.budget.map((row) => [row.fondo, row.etiqueta])).entries()];
  const stages = [...new Set(data.budget.map((row) => row.etapa))];
  const find = (fondo: string, etapa: string) => data.budget.find((row) => row.fondo === fondo && row.etapa === etapa);
  const columns: TableColumn[] = [
    { header: 'Etapa', width: '*' },
    ...funds.flatMap(([, etiqueta]) => [
      { header: shortMonth(data.month), align: 'right' as const, group: etiqueta },
      { header: shortSpan(start, data.month), align: 'right' as const, group: etiqueta },
    ]),
  ];
  return [
    tableBlock({
      caption: `Cuadro 2. Ejecución presupuestaria de ${monthName(data.month)} y acumulada del año`,
      table: dataTable({
        columns,
        rows: stages.map((etapa) => ({ cells: [STAGES[etapa] ?? etapa, ...funds.flatMap(([fondo]) => [formatMoney(find(fondo, etapa)?.mes), formatMoney(find(fondo, etapa)?.acumulado)])] })),
        fontSize: 8,
      }),
      note: 'Montos en dólares. Modificado: presupuesto modificado en los meses que registraron una modificación; – cuando no hubo.',
    }),
  ];
}
