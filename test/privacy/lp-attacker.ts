/**
 * The attacker of outputs.md, written apart from privacy/: it reads what a release
 * publishes as rows (dataset, month span, dimension values, value or unknown), knows that every
 * coarser row is the sum of the finer rows it covers, that an absent row is zero and that nothing
 * is negative, and maximises each unknown with HiGHS over an LP it writes itself.
 */
import highsModule from 'highs';

type Loader = (typeof highsModule)['default'];
const loadHighs: Loader = (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);

/** A published row of the finest grid of one source: the attacker's unknown when `value` is null. */
export interface FineRow {
  readonly mes: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly value: number | null;
  /** The release version whose figures add it up, when its true value changed between versions (else every version's). */
  readonly version?: string;
}

/** A published (or suppressed, value null) sum over a source's fine rows. */
export interface SumRow {
  readonly label: string;
  readonly desde: string;
  readonly hasta: string;
  readonly where: Readonly<Record<string, string>>;
  readonly value: number | null;
  /** The release version that published it (several versions of the same period are attacked together). */
  readonly version?: string;
}

export interface Breach {
  readonly label: string;
  readonly max: number;
}

/**
 * Returns every unknown (fine or sum) whose largest feasible value stays below
 * max(threshold, its true value + 1) — recovered exactly or proved small.
 */
export async function attack(fine: readonly FineRow[], sums: readonly SumRow[], truth: (label: string) => number, threshold: number): Promise<Breach[]> {
  const highs = await loadHighs();
  const covers = (sum: SumRow, row: FineRow) =>
    (row.version === undefined || row.version === sum.version) && row.mes >= sum.desde && row.mes <= sum.hasta && Object.entries(sum.where).every(([key, value]) => (row.dims[key] ?? '') === value);
  const unknown = fine.map((row, index) => (row.value === null ? `x${index}` : null));
  /** A sum as the published part (known) plus the unknowns it adds up. */
  const split = (sum: SumRow) => {
    let known = 0;
    const terms: string[] = [];
    fine.forEach((row, position) => {
      if (!covers(sum, row)) return;
      if (row.value === null) terms.push(unknown[position]!);
      else known += row.value;
    });
    return { known, terms };
  };
  const constraints: string[] = [];
  for (const [index, sum] of sums.entries()) {
    if (sum.value === null) continue;
    const { known, terms } = split(sum);
    if (terms.length) constraints.push(` c${index}: ${terms.join(' + ')} = ${sum.value - known}`);
  }
  const variables = unknown.filter((name): name is string => name !== null);
  // One model of the published equations, read once; each unknown only changes the objective, and
  // HiGHS starts from the last optimal basis (parsing the LP text again for each was most of the time).
  const model = highs.createModel({
    format: 'lp',
    data: `Maximize\n obj: ${variables.join(' + ') || '0 x0'}\nSubject To\n${constraints.join('\n') || ' c: 0 x0 >= 0'}\nBounds\n${variables.map((name) => ` ${name} >= 0`).join('\n')}\nEnd`,
  });
  model.options.set('output_flag', false);
  const column = new Map(variables.map((name) => [name, model.getColByName(name)]));
  /** The largest value of the sum of `terms`, and the point of the LP that reaches it (by column). */
  const maximise = (terms: string[]): { max: number; point?: Float64Array } => {
    if (terms.length === 0) return { max: 0 };
    const costs = new Float64Array(variables.length);
    for (const term of terms) costs[column.get(term)!] += 1;
    model.changeColsCost({ kind: 'range', from: 0, to: variables.length - 1 }, costs);
    const { modelStatus } = model.run();
    if (modelStatus === highs.constants.modelStatus.unbounded) return { max: Infinity };
    if (modelStatus !== highs.constants.modelStatus.optimal) throw new Error(`el atacante no resolvió: estado ${modelStatus}`);
    return { max: model.getObjectiveValue(), point: model.getSolution().colValue };
  };
  // Every unknown the attacker tries: a suppressed cell, or a suppressed sum (its published part
  // plus the unknowns it adds up), with the value below which it counts as disclosed.
  const targets = [
    ...fine.flatMap((row, index) => {
      if (row.value !== null) return [];
      const label = `${row.mes} ${JSON.stringify(row.dims)}`;
      return [{ label, known: 0, terms: [unknown[index]!] }];
    }),
    ...sums.filter((sum) => sum.value === null).map((sum) => ({ label: sum.label, ...split(sum) })),
  ].map((target) => ({ ...target, bound: Math.max(threshold, truth(target.label) + 1) }));
  // A point that satisfies every published equation and gives a target at least its bound proves
  // that the target's largest value is at least that: it is safe without an LP of its own. Each
  // LP's optimal point is such a point, so most targets need none; the breaches are all still
  // maximised exactly, and are the same as with one LP per target.
  // (Safe only at or above the bound itself, without the breach test's tolerance.)
  const safe = new Set<number>();
  const breaches: Breach[] = [];
  try {
    for (const [index, target] of targets.entries()) {
      if (safe.has(index)) continue;
      const { max: largest, point } = maximise(target.terms);
      const max = target.known + largest;
      if (max < target.bound - 1e-6) breaches.push({ label: target.label, max });
      if (!point) continue;
      for (const [other, candidate] of targets.entries()) {
        if (other > index && !safe.has(other) && candidate.known + candidate.terms.reduce((total, term) => total + point[column.get(term)!], 0) >= candidate.bound) safe.add(other);
      }
    }
  } finally {
    model.dispose();
  }
  return breaches;
}
