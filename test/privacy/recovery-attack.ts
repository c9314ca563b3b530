/**
 * An attacker's view of the release, written independently of privacy/: published figures
 * are known, suppressed ones are unknowns, and every sum a reader can form is an equation. Solving
 * every equation with exactly one unknown, until nothing changes, recovers what subtraction can.
 */
export interface Equation {
  /** Known total, or the id of a published cell that may itself be unknown. */
  readonly total: number | string;
  readonly terms: readonly string[];
  readonly label: string;
}

/** Returns the ids of unknown cells the attacker can compute exactly, with the value found. */
export function recover(known: Map<string, number>, unknown: Set<string>, equations: readonly Equation[]): Map<string, number> {
  const values = new Map(known);
  const open = new Set(unknown);
  const recovered = new Map<string, number>();
  for (let progress = true; progress;) {
    progress = false;
    for (const equation of equations) {
      const ids = typeof equation.total === 'string' ? [equation.total, ...equation.terms] : [...equation.terms];
      const missing = ids.filter((id) => open.has(id));
      if (missing.length !== 1) continue;
      const [target] = missing;
      const total = typeof equation.total === 'number' ? equation.total : equation.total === target ? undefined : values.get(equation.total);
      const sumOthers = equation.terms.filter((id) => id !== target).reduce((sum, id) => sum + (values.get(id) ?? 0), 0);
      const value = total === undefined ? sumOthers : total - sumOthers;
      values.set(target, value);
      open.delete(target);
      recovered.set(target, value);
      progress = true;
    }
  }
  return recovered;
}
