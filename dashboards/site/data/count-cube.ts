import type { EncodedCube } from '../../data/site-data.js';
import { SUPPRESSED, type Cifra } from './figures.js';

/** Which codes of each dimension count (absent dimension: every code). */
export type CubeFilter = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * A published monthly dataset the pages add up. Every sum follows the release's protection: a sum
 * with a suppressed member is itself suppressed, and a sum over months the dataset has no data for
 * is "no data", never 0.
 */
export class CountCube {
  private readonly codesOfCell: Int32Array[];
  readonly dims: readonly string[];

  constructor(private readonly encoded: EncodedCube) {
    this.dims = encoded.dims;
    const cells = encoded.cantidad.length;
    this.codesOfCell = encoded.dims.map((dim) => new Int32Array(cells));
    if (encoded.indice) {
      encoded.dims.forEach((dim, position) => this.codesOfCell[position].set(encoded.indice![dim]));
    } else {
      // Dense layout: row-major over the dimensions, the last one varying fastest.
      const sizes = encoded.dims.map((dim) => encoded.valores[dim].length);
      for (let cell = 0; cell < cells; cell++) {
        let rest = cell;
        for (let position = sizes.length - 1; position >= 0; position--) {
          this.codesOfCell[position][cell] = rest % sizes[position];
          rest = Math.floor(rest / sizes[position]);
        }
      }
    }
  }

  /** The published dataset (`pasaportes_mensual`). */
  get fuente(): string {
    return this.encoded.fuente;
  }

  /** True when the dataset is published with small-cell protection. */
  get protegido(): boolean {
    return this.encoded.protegido;
  }

  /** Months the dataset has data for. */
  get meses(): readonly string[] {
    return this.encoded.meses;
  }

  /** Returns the codes a dimension takes, in display order (empty when the cube has no such dimension). */
  codes(dim: string): readonly string[] {
    return this.encoded.valores[dim] ?? [];
  }

  /** Returns the sum of the cells the filter selects. */
  sum(filter: CubeFilter): Cifra {
    return this.groupSum(filter, null).get('') ?? null;
  }

  /** Returns the sums by code of `dim` (every code of the dimension, 0 where nothing matched). */
  groupSum(filter: CubeFilter, dim: string | null): Map<string, Cifra> {
    const groupPosition = dim === null ? -1 : this.dims.indexOf(dim);
    const groups = groupPosition >= 0 ? this.encoded.valores[dim!] : [''];
    const result = new Map<string, Cifra>();
    if (dim !== null && groupPosition < 0) return result;
    const months = filter.mes ?? this.encoded.meses;
    if (!months.some((month) => this.encoded.meses.includes(month))) {
      for (const code of groups) result.set(code, null);
      return result;
    }
    const accepted = this.dims.map((name) => {
      const wanted = filter[name];
      return wanted ? this.encoded.valores[name].map((code) => wanted.includes(code)) : null;
    });
    const sums = new Array<number>(groups.length).fill(0);
    const suppressed = new Array<boolean>(groups.length).fill(false);
    const cantidad = this.encoded.cantidad;
    for (let cell = 0; cell < cantidad.length; cell++) {
      let keep = true;
      for (let position = 0; position < accepted.length && keep; position++) {
        const allowed = accepted[position];
        if (allowed && !allowed[this.codesOfCell[position][cell]]) keep = false;
      }
      if (!keep) continue;
      const group = groupPosition >= 0 ? this.codesOfCell[groupPosition][cell] : 0;
      const value = cantidad[cell];
      if (value === null) suppressed[group] = true;
      else sums[group] += value;
    }
    groups.forEach((code, index) => result.set(code, suppressed[index] ? SUPPRESSED : sums[index]));
    return result;
  }

  /** Returns the sum of each month of `months` (no data for a month the dataset lacks). */
  monthly(filter: CubeFilter, months: readonly string[]): Map<string, Cifra> {
    const wanted = filter.mes ? months.filter((month) => filter.mes!.includes(month)) : months;
    const sums = this.groupSum({ ...filter, mes: wanted }, 'mes');
    return new Map(months.map((month) => [month, wanted.includes(month) && this.encoded.meses.includes(month) ? (sums.get(month) ?? 0) : null]));
  }
}
