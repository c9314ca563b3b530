import type { EncodedCube } from '../data/site-data.js';
import type { TextRows } from './published-data-reader.js';

export interface CubeSpec {
  /** Published dataset (`pasaportes_mensual`). */
  readonly fuente: string;
  /** Dimensions kept, `mes` first; the others are added up. */
  readonly dims: readonly string[];
  /** Rows that count (all when absent). */
  readonly where?: (row: Record<string, string>) => boolean;
  /** Preferred order of each dimension's codes (the code lists' order); other codes follow sorted. */
  readonly order?: Readonly<Record<string, readonly string[]>>;
  readonly protegido: boolean;
}

/** A dense cube is used when at least this share of its combinations has a cell. */
const DENSE_FILL = 0.4;

/**
 * Returns a published dataset rolled up to `spec.dims` and encoded for the site. A rolled-up cell
 * with any suppressed member is suppressed itself (null): its sum is not in the release.
 */
export function encodeCube(rows: TextRows, spec: CubeSpec): EncodedCube {
  const kept = spec.where ? rows.filter(spec.where) : rows;
  const meses = [...new Set(rows.map((row) => row.mes))].sort();
  const cells = new Map<string, { codes: string[]; cantidad: number | null }>();
  for (const row of kept) {
    const codes = spec.dims.map((dim) => row[dim] ?? '');
    const key = codes.join('\u0000');
    const suppressed = row.suprimido === 'true';
    if (!suppressed && row.cantidad === '') continue;
    const value = suppressed ? null : Number(row.cantidad);
    const cell = cells.get(key);
    if (!cell) cells.set(key, { codes, cantidad: value });
    else cell.cantidad = cell.cantidad === null || value === null ? null : cell.cantidad + value;
  }

  const valores: Record<string, string[]> = {};
  spec.dims.forEach((dim, position) => {
    const present = new Set([...cells.values()].map((cell) => cell.codes[position]));
    const preferred = (spec.order?.[dim] ?? []).filter((code) => present.has(code));
    valores[dim] = [...preferred, ...[...present].filter((code) => !preferred.includes(code)).sort()];
  });
  const positions = spec.dims.map((dim) => new Map(valores[dim].map((code, index) => [code, index])));
  const size = spec.dims.reduce((product, dim) => product * valores[dim].length, 1);
  const base = { dims: spec.dims, valores, meses, fuente: spec.fuente, protegido: spec.protegido };

  if (cells.size >= size * DENSE_FILL) {
    const cantidad: (number | null)[] = new Array(size).fill(0);
    for (const cell of cells.values()) {
      const offset = cell.codes.reduce((at, code, position) => at * valores[spec.dims[position]].length + positions[position].get(code)!, 0);
      cantidad[offset] = cell.cantidad;
    }
    return { ...base, cantidad };
  }
  const indice: Record<string, number[]> = Object.fromEntries(spec.dims.map((dim) => [dim, []]));
  const cantidad: (number | null)[] = [];
  for (const cell of cells.values()) {
    spec.dims.forEach((dim, position) => indice[dim].push(positions[position].get(cell.codes[position])!));
    cantidad.push(cell.cantidad);
  }
  return { ...base, cantidad, indice };
}
