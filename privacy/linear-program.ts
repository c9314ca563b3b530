import highsModule, { type Highs } from 'highs';

// The package's one declaration file is read as CommonJS: at run time the ESM default export is the loader.
type Loader = (typeof highsModule)['default'];
const loadHighs: Loader = (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);

type Model = ReturnType<Highs['createModel']>;

let solver: Promise<Highs> | undefined;

/** Returns the HiGHS solver (WebAssembly), loaded once per process. */
export function highsSolver(): Promise<Highs> {
  solver ??= loadHighs();
  return solver;
}

/** A sparse linear row: Σ coefficient × variable, between `lower` and `upper`. */
export interface LinearRow {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/**
 * A linear programme held in one HiGHS model, so that many objectives over the same constraints
 * (the smallest and largest value of each unknown cell) reuse the last basis.
 */
export class LinearProgram {
  private constructor(
    private readonly highs: Highs,
    private readonly model: Model,
    readonly columns: number,
  ) {}

  /** Returns a model with `lower ≤ x ≤ upper` per column and the given rows. */
  static async create(lower: readonly number[], upper: readonly number[], rows: readonly LinearRow[]): Promise<LinearProgram> {
    const highs = await highsSolver();
    const model = highs.createModel();
    model.options.set({ output_flag: false, presolve: 'off' });
    const bound = (value: number) => (value === Infinity ? highs.infinity : value === -Infinity ? -highs.infinity : value);
    model.addVars(lower.map(bound), upper.map(bound));
    // All rows in one call (compressed rows): a call per row cost a fifth of a release's disclosure control.
    const starts = new Int32Array(rows.length + 1);
    rows.forEach((row, index) => (starts[index + 1] = starts[index] + row.indices.length));
    const indices = new Int32Array(starts[rows.length]);
    const values = new Float64Array(starts[rows.length]);
    rows.forEach((row, index) => {
      indices.set(row.indices, starts[index]);
      values.set(row.values, starts[index]);
    });
    model.addRows({
      lower: Float64Array.from(rows, (row) => bound(row.lower)),
      upper: Float64Array.from(rows, (row) => bound(row.upper)),
      matrix: { format: 'csr', numRows: rows.length, numCols: lower.length, starts, indices, values },
    });
    return new LinearProgram(highs, model, lower.length);
  }

  /**
   * Returns the optimum of Σ cost × x in the given sense, with the optimal x; `unbounded` when the
   * objective has no finite optimum, `infeasible` when no x satisfies the rows.
   */
  optimise(cost: ReadonlyMap<number, number>, sense: 'min' | 'max'): { status: 'optimal'; value: number; x: Float64Array } | { status: 'unbounded' | 'infeasible' } {
    const costs = new Float64Array(this.columns);
    for (const [index, value] of cost) costs[index] = value;
    this.model.changeColsCost({ kind: 'range', from: 0, to: this.columns - 1 }, costs);
    this.model.changeObjectiveSense(sense === 'max' ? this.highs.constants.objectiveSense.maximize : this.highs.constants.objectiveSense.minimize);
    this.model.run();
    const status = this.model.getModelStatus();
    const codes = this.highs.constants.modelStatus;
    if (status === codes.optimal) return { status: 'optimal', value: this.model.getObjectiveValue(), x: this.model.getSolution().colValue };
    if (status === codes.unbounded || status === codes.unboundedOrInfeasible) return { status: 'unbounded' };
    if (status === codes.infeasible) return { status: 'infeasible' };
    throw new Error(`HiGHS terminó con el estado ${status}`);
  }

  /** Frees the model's WebAssembly memory (garbage collection does not). */
  dispose(): void {
    this.model.dispose();
  }
}
