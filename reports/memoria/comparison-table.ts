import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { dataTable, type TableColumn } from '../pdf/data-table.js';
import { formatChange, formatCountOrDash, formatPercentChange } from '../../presentation/format/number-format.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { shortSpan } from '../../presentation/format/period-labels.js';
import type { ContentTable } from 'pdfmake/interfaces.js';
import type { ComparisonTable } from './comparison-queries.js';

/** Returns the column headers of the two periods (`jun 2022 – mar 2023`, `jun 2023 – mar 2024`). */
export function periodLabels(period: ReportingPeriod): [string, string] {
  return [shortSpan(period.desdeAnterior, period.hastaAnterior), shortSpan(period.desde, period.hasta)];
}

/**
 * Returns a comparison table as the Memoria prints it: category, M / F / Total of each period (or
 * the totals only when the source does not split by sex), Variación and %.
 */
export function comparisonTable(table: ComparisonTable, period: ReportingPeriod): ContentTable {
  const categoryHeader = table.encabezado;
  const [previous, current] = periodLabels(period);
  const number = (header: string, group?: string): TableColumn => ({ header, align: 'right', group });
  const columns: TableColumn[] = table.porSexo
    ? [
        { header: categoryHeader, width: '*' },
        number('M', previous),
        number('F', previous),
        number('Total', previous),
        number('M', current),
        number('F', current),
        number('Total', current),
        number('Variación'),
        number('%'),
      ]
    : [{ header: categoryHeader, width: '*' }, number(previous), number(current), number('Variación'), number('%')];
  // A missing count here was withheld by the disclosure control (x); a zero is `–`; a change
  // against zero is not applicable (n.a.), and one against a withheld total is withheld too.
  const count = (value: number | null) => formatCountOrDash(value, 'suppressed');
  const rows = table.filas.map((row) => {
    const withheld = row.total_anterior === null || row.total_actual === null;
    const change = withheld ? SYMBOLS.suppressed : formatChange(row.variacion);
    const percent = withheld ? SYMBOLS.suppressed : formatPercentChange(row.variacion_pct, 'notApplicable');
    return {
      kind: row.tipo_fila,
      cells: table.porSexo
        ? [row.categoria, count(row.m_anterior), count(row.f_anterior), count(row.total_anterior), count(row.m_actual), count(row.f_actual), count(row.total_actual), change, percent]
        : [row.categoria, count(row.total_anterior), count(row.total_actual), change, percent],
    };
  });
  return dataTable({ columns, rows, fontSize: table.porSexo ? 7.5 : 8 });
}

/** Returns true when a table has cells withheld by small-cell protection. */
export function hasSuppressedCells(table: ComparisonTable): boolean {
  return table.filas.some((row) =>
    [row.m_anterior, row.f_anterior, row.total_anterior, row.m_actual, row.f_actual, row.total_actual].some((value, index) => value === null && (table.porSexo || index % 3 === 2)),
  );
}
