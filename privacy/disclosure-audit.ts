import { requiredUpperBound, type Figure, type FigureSystem } from './figure-system.js';
import { LinearProgram, type LinearRow } from './linear-program.js';

/** The values an attacker holding every published figure can still give a suppressed one. */
export interface FigureInterval {
  readonly id: string;
  readonly value: number;
  readonly min: number;
  /** Infinity when nothing published bounds it. */
  readonly max: number;
}

export interface AuditResult {
  /** One interval per suppressed figure, in id order. */
  readonly intervals: FigureInterval[];
  /** Suppressed figures whose interval collapses or stays below the threshold. */
  readonly failures: FigureInterval[];
  readonly seconds: number;
}

const TOLERANCE = 1e-6;

/**
 * Plays the attacker of outputs.md: the unknowns are the suppressed base cells (not negative),
 * every published figure is an equation over them, and HiGHS gives each suppressed figure its
 * smallest and largest feasible value. The unknowns split into independent components (cells no
 * published figure links), solved one linear programme each.
 */
export async function auditFigures(system: FigureSystem, threshold: number): Promise<AuditResult> {
  const start = performance.now();
  // A cell is known when some published figure is that cell alone (this release's or an earlier one's).
  const known = new Set<number>();
  for (const figure of system.figures.values()) if (!figure.suppressed && figure.members.length === 1) known.add(figure.members[0]);
  const unknown = new Set<number>();
  system.cells.forEach((_, index) => !known.has(index) && unknown.add(index));
  const suppressed = system.suppressed();
  const equations = [...system.figures.values()].filter((figure) => !figure.suppressed && figure.members.some((index) => unknown.has(index)));

  // Components: unknowns joined by a published equation or by a suppressed figure they share.
  const parent = new Map<number, number>([...unknown].map((index) => [index, index]));
  const root = (index: number): number => {
    let node = index;
    while (parent.get(node) !== node) node = parent.get(node)!;
    parent.set(index, node);
    return node;
  };
  for (const figure of [...equations, ...suppressed]) {
    const members = figure.members.filter((index) => unknown.has(index));
    for (const member of members.slice(1)) parent.set(root(member), root(members[0]));
  }
  const components = new Map<number, { equations: Figure[]; objectives: Figure[] }>();
  const componentOf = (figure: Figure) => {
    const first = figure.members.find((index) => unknown.has(index));
    if (first === undefined) return undefined;
    const key = root(first);
    let component = components.get(key);
    if (!component) components.set(key, (component = { equations: [], objectives: [] }));
    return component;
  };
  for (const figure of equations) componentOf(figure)!.equations.push(figure);

  const intervals: FigureInterval[] = [];
  for (const figure of suppressed) {
    const component = componentOf(figure);
    if (component) component.objectives.push(figure);
    // Every member published: the figure is their sum, known exactly.
    else intervals.push({ id: figure.id, value: figure.value, min: figure.value, max: figure.value });
  }

  for (const component of components.values()) {
    if (component.objectives.length === 0) continue;
    const columns = new Map<number, number>();
    const column = (index: number) => {
      let found = columns.get(index);
      if (found === undefined) columns.set(index, (found = columns.size));
      return found;
    };
    const known = (figure: Figure) => figure.members.reduce((sum, index) => sum + (unknown.has(index) ? 0 : system.cells[index].value), 0);
    const rows: LinearRow[] = component.equations.map((figure) => {
      const indices = figure.members.filter((index) => unknown.has(index)).map(column);
      const rhs = figure.value - known(figure);
      return { indices, values: indices.map(() => 1), lower: rhs, upper: rhs };
    });
    for (const figure of component.objectives) for (const index of figure.members) if (unknown.has(index)) column(index);
    const program = await LinearProgram.create(new Array(columns.size).fill(0), new Array(columns.size).fill(Infinity), rows);
    try {
      for (const figure of component.objectives) {
        const cost = new Map(figure.members.filter((index) => unknown.has(index)).map((index) => [column(index), 1]));
        const offset = known(figure);
        const low = program.optimise(cost, 'min');
        const high = program.optimise(cost, 'max');
        if (low.status === 'infeasible' || high.status === 'infeasible') throw new Error(`Las cifras publicadas no son coherentes alrededor de ${figure.id}`);
        intervals.push({
          id: figure.id,
          value: figure.value,
          min: low.status === 'optimal' ? Math.max(0, low.value + offset) : 0,
          max: high.status === 'optimal' ? high.value + offset : Infinity,
        });
      }
    } finally {
      program.dispose();
    }
  }
  intervals.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const failures = intervals.filter((interval) => interval.max < requiredUpperBound(interval.value, threshold) - TOLERANCE || interval.max - interval.min < TOLERANCE);
  return { intervals, failures, seconds: (performance.now() - start) / 1000 };
}
