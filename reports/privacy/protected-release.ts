import type { ReportingPeriod } from '../../pipelines/run/reporting-period.js';
import { sqlIdentifier, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { sensitiveDatasets, type SensitiveDataset } from './sensitive-datasets.js';
import { exposedConstraints, suppressSmallCells, type Cell, type SumConstraint } from './small-cell-suppression.js';

export type TextRow = Record<string, string | null>;

/** A dataset as published after protection: every value as text (exact), `cantidad` empty where suppressed. */
export interface ProtectedTable {
  readonly name: string;
  /** Column names and DuckDB types, in order, `suprimido` included. */
  readonly columns: { name: string; type: string }[];
  readonly rows: TextRow[];
}

export interface ProtectedRelease {
  readonly tables: Map<string, ProtectedTable>;
  readonly suppressed: { primary: number; secondary: number };
  /** Published sums that protection could not cover (another document must not print them). */
  readonly exposed: SumConstraint[];
  readonly cells: Map<string, Cell>;
  readonly constraints: SumConstraint[];
}

const SEXES = [['m', 'M'], ['f', 'F']] as const;
const PERIODS = ['anterior', 'actual'] as const;

/** Returns the sensitive monthly datasets and cuadros_memoria with small cells suppressed (outputs.md, Privacy). */
export async function protectRelease(warehouse: Warehouse, period: ReportingPeriod, threshold: number): Promise<ProtectedRelease> {
  const cells = new Map<string, Cell>();
  const constraints: SumConstraint[] = [];
  const tables = new Map<string, ProtectedTable>();
  const inPeriod = (mes: string | null, which: (typeof PERIODS)[number]) =>
    mes !== null && (which === 'actual' ? mes >= period.desde && mes <= period.hasta : mes >= period.desdeAnterior && mes <= period.hastaAnterior);

  const cuadros = await readTable(warehouse, 'cuadros_memoria');
  const cuadroCell = (cuadro: string, codigo: string, which: string, column: string) => `cuadro|${cuadro}|${codigo}|${which}|${column}`;

  for (const dataset of sensitiveDatasets) {
    const table = await readTable(warehouse, dataset.name);
    const cellId = (row: TextRow) => `${dataset.name}|${row.mes}|${dataset.dimensions.map((dimension) => row[dimension] ?? '').join('|')}`;
    for (const row of table.rows) {
      cells.set(cellId(row), { id: cellId(row), value: Number(row.cantidad), sensitive: dataset.isSensitive(row), suppressed: false });
    }
    for (const total of dataset.externalTotals) {
      const groups = groupBy(table.rows.filter((row) => total.where?.(row) ?? true), (row) =>
        total.scope === 'mes' ? [`${row.mes}|${total.by ? row[total.by] : ''}`] : PERIODS.filter((which) => inPeriod(row.mes, which)).map((which) => `${which}|${total.by ? row[total.by] : ''}`),
      );
      for (const members of groups.values()) constraints.push({ parent: null, children: members.map(cellId) });
    }
    if (dataset.cuadro) addCuadroConstraints(dataset.cuadro, table.rows, cuadros.rows, cells, constraints, cellId, cuadroCell, inPeriod);
    tables.set(dataset.name, table);
  }

  const passes = suppressSmallCells(cells, constraints, threshold);
  for (const dataset of sensitiveDatasets) {
    const table = tables.get(dataset.name)!;
    const cellId = (row: TextRow) => `${dataset.name}|${row.mes}|${dataset.dimensions.map((dimension) => row[dimension] ?? '').join('|')}`;
    for (const row of table.rows) {
      const suppressed = cells.get(cellId(row))!.suppressed;
      if (suppressed) row.cantidad = null;
      row.suprimido = String(suppressed);
    }
  }
  tables.set('cuadros_memoria', applyToCuadros(cuadros, cells, cuadroCell));
  return {
    tables, cells, constraints,
    suppressed: { primary: passes[0], secondary: passes.slice(1).reduce((sum, count) => sum + count, 0) },
    exposed: exposedConstraints(cells, constraints),
  };
}

function addCuadroConstraints(
  cuadro: NonNullable<SensitiveDataset['cuadro']>, monthly: TextRow[], cuadros: TextRow[],
  cells: Map<string, Cell>, constraints: SumConstraint[], cellId: (row: TextRow) => string,
  cuadroCell: (cuadro: string, codigo: string, which: string, column: string) => string,
  inPeriod: (mes: string | null, which: (typeof PERIODS)[number]) => boolean,
): void {
  const rows = cuadros.filter((row) => row.cuadro === cuadro.name);
  const categories = rows.filter((row) => row.codigo !== 'total');
  for (const row of rows) {
    for (const which of PERIODS) {
      for (const column of ['m', 'f', 'total']) {
        const id = cuadroCell(cuadro.name, row.codigo!, which, column);
        cells.set(id, { id, value: Number(row[`${column}_${which}`]), sensitive: cuadro.sensitive, suppressed: false });
      }
      // A row: M + F = total.
      constraints.push({ parent: cuadroCell(cuadro.name, row.codigo!, which, 'total'), children: SEXES.map(([column]) => cuadroCell(cuadro.name, row.codigo!, which, column)) });
    }
  }
  for (const which of PERIODS) {
    for (const column of ['m', 'f', 'total']) {
      // A column: the categories add up to the total row.
      constraints.push({ parent: cuadroCell(cuadro.name, 'total', which, column), children: categories.map((row) => cuadroCell(cuadro.name, row.codigo!, which, column)) });
    }
    // The monthly series against the period table: the period's months add up to each cell.
    for (const row of categories) {
      for (const [column, sexo] of SEXES) {
        const months = monthly.filter((candidate) => inPeriod(candidate.mes, which) && candidate[cuadro.codeColumn] === row.codigo && candidate.sexo === sexo);
        constraints.push({ parent: cuadroCell(cuadro.name, row.codigo!, which, column), children: months.map(cellId) });
      }
    }
  }
}

function applyToCuadros(cuadros: ProtectedTable, cells: Map<string, Cell>, cuadroCell: (cuadro: string, codigo: string, which: string, column: string) => string): ProtectedTable {
  for (const row of cuadros.rows) {
    let suppressed = false;
    for (const which of PERIODS) {
      for (const column of ['m', 'f', 'total']) {
        if (cells.get(cuadroCell(row.cuadro!, row.codigo!, which, column))?.suppressed) {
          row[`${column}_${which}`] = null;
          suppressed = true;
        }
      }
    }
    // The change would give a suppressed total away.
    if (row.total_actual === null || row.total_anterior === null) {
      row.variacion = null;
      row.variacion_pct = null;
    }
    row.suprimido = String(suppressed);
  }
  return cuadros;
}

/** Reads a mart with every value as text, plus a `suprimido` column to fill. */
async function readTable(warehouse: Warehouse, name: string): Promise<ProtectedTable> {
  const relation = `marts.${sqlIdentifier(name)}`;
  const described = await warehouse.rows<{ column_name: string; column_type: string }>(`describe ${relation}`);
  const rows = await warehouse.rows<TextRow>(`select columns(*)::varchar from ${relation} order by all`);
  return { name, columns: [...described.map((column) => ({ name: column.column_name, type: column.column_type })), { name: 'suprimido', type: 'BOOLEAN' }], rows };
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
