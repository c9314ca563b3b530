/** One published count: a monthly row or a cell of a period table. */
export interface Cell {
  readonly id: string;
  readonly value: number;
  /** Counts people of a protected population (children, sheltered foreigners, referrals). */
  readonly sensitive: boolean;
  suppressed: boolean;
}

/**
 * A sum anyone can check against the release: `parent` = Σ `children`. `parent` is the id of a
 * published cell, or null for a total published in another document (the Memoria PDF, the
 * bulletin) that is never suppressed.
 */
export interface SumConstraint {
  readonly parent: string | null;
  readonly children: readonly string[];
}

/**
 * Suppresses small cells in place and returns how many cells each pass suppressed.
 *
 * Primary: a sensitive cell counting 1 to `threshold − 1` people is suppressed (a true zero stays
 * 0). Secondary: while some published sum has exactly one suppressed member, that member could be
 * recovered by subtraction, so one more member is suppressed: the smallest positive child still
 * shown, else the parent, else any child. When no sum has exactly one suppressed member, the
 * subtraction attack the tests run recovers nothing.
 */
export function suppressSmallCells(cells: Map<string, Cell>, constraints: readonly SumConstraint[], threshold: number): number[] {
  const passes: number[] = [];
  let primary = 0;
  for (const cell of cells.values()) {
    if (cell.sensitive && cell.value >= 1 && cell.value < threshold && !cell.suppressed) {
      cell.suppressed = true;
      primary++;
    }
  }
  passes.push(primary);

  const cell = (id: string) => {
    const found = cells.get(id);
    if (!found) throw new Error(`La suma publicada menciona una celda inexistente: ${id}`);
    return found;
  };
  for (;;) {
    let suppressedThisPass = 0;
    for (const constraint of constraints) {
      const parent = constraint.parent === null ? null : cell(constraint.parent);
      const children = constraint.children.map(cell);
      const members = parent ? [parent, ...children] : children;
      if (members.filter((member) => member.suppressed).length !== 1) continue;
      const shown = children.filter((child) => !child.suppressed);
      const choice =
        smallest(shown.filter((child) => child.value > 0)) ??
        (parent && !parent.suppressed ? parent : undefined) ??
        smallest(shown);
      // A single suppressed child with no sibling and an external parent cannot be protected here:
      // the document that publishes that parent must not (the caller checks the result).
      if (!choice) continue;
      choice.suppressed = true;
      suppressedThisPass++;
    }
    if (suppressedThisPass === 0) break;
    passes.push(suppressedThisPass);
  }
  return passes;
}

function smallest(cells: Cell[]): Cell | undefined {
  let best: Cell | undefined;
  for (const candidate of cells) {
    if (!best || candidate.value < best.value || (candidate.value === best.value && candidate.id < best.id)) best = candidate;
  }
  return best;
}

/** Returns the sums that still expose exactly one suppressed member (empty when the release is safe). */
export function exposedConstraints(cells: Map<string, Cell>, constraints: readonly SumConstraint[]): SumConstraint[] {
  return constraints.filter((constraint) => {
    const members = [constraint.parent, ...constraint.children].filter((id): id is string => id !== null);
    return members.filter((id) => cells.get(id)?.suppressed).length === 1;
  });
}
