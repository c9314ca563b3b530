/**
 * The attacker of outputs.md, written apart from privacy/: it reads what a release
 * publishes as rows (dataset, month span, dimension values, value or unknown), knows that every
 * coarser row is the sum of the finer rows it covers, that an absent row is zero and that nothing
 * is negative, and maximises each unknown with HiGHS from an LP text of its own.
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
  const maximise = (terms: string[]) => {
    if (terms.length === 0) return 0;
    const text = `Maximize\n obj: ${terms.join(' + ')}\nSubject To\n${constraints.join('\n') || ' c: 0 x0 >= 0'}\nBounds\n${variables.map((name) => ` ${name} >= 0`).join('\n')}\nEnd`;
    const result = highs.solve(text, { output_flag: false });
    if (result.Status === 'Unbounded') return Infinity;
    if (result.Status !== 'Optimal') throw new Error(`el atacante no resolvió: ${result.Status}`);
    return result.ObjectiveValue;
  };
  const breaches: Breach[] = [];
  fine.forEach((row, index) => {
    if (row.value !== null) return;
    const label = `${row.mes} ${JSON.stringify(row.dims)}`;
    const max = maximise([unknown[index]!]);
    if (max < Math.max(threshold, truth(label) + 1) - 1e-6) breaches.push({ label, max });
  });
  for (const sum of sums) {
    if (sum.value !== null) continue;
    const { known, terms } = split(sum);
    const max = known + maximise(terms);
    if (max < Math.max(threshold, truth(sum.label) + 1) - 1e-6) breaches.push({ label: sum.label, max });
  }
  return breaches;
}
