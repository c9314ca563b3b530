/**
 * Every figure an edition publishes about a protected population, as sums of the cells of one
 * finest grid per source (the monthly mart after merging rare categories). The finest cells are
 * what an attacker does not know; every published figure is one linear equation over them, every
 * suppressed one an unknown sum whose interval must stay wide (outputs.md, Privacy).
 */

/** A cell of a source's finest grid: one month and one value of every dimension. */
export interface BaseCell {
  readonly source: string;
  readonly mes: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly value: number;
  /** Counts people of a protected population (subject to primary suppression). */
  readonly sensitive: boolean;
}

/** Which cells a figure adds up: a span of months and the dimension values it is restricted to. */
export interface FigureScope {
  readonly source: string;
  readonly desde: string;
  readonly hasta: string;
  readonly filter: Readonly<Record<string, string>>;
}

/** How much a published figure is worth keeping (the cost of suppressing it). */
export type FigureRole = 'cell' | 'aggregate' | 'printed';

const ROLE_RANK: Record<FigureRole, number> = { cell: 0, aggregate: 1, printed: 2 };

/** One published figure: the sum of some base cells (a base cell is the figure of itself). */
export interface Figure {
  readonly id: string;
  readonly scope: FigureScope;
  /** Indices of the base cells it adds up, in increasing order. */
  readonly members: readonly number[];
  readonly value: number;
  readonly sensitive: boolean;
  role: FigureRole;
  suppressed: boolean;
  primary: boolean;
  /** The earlier release that published it (publication ledger): fixed, audited with the rest. */
  readonly earlier?: string;
  /** An earlier release published this same figure (same cells, same value): it is public, and suppressing it now hides nothing. */
  publishedBefore?: boolean;
  /** It must be suppressed now (a higher threshold) but an earlier release published it: no suppression can protect it. */
  givenAway?: boolean;
}

/** Returns the canonical id of the figure with that scope (the same figure in two tables is one figure). */
export function figureId(scope: FigureScope): string {
  const filter = Object.keys(scope.filter)
    .sort()
    .map((key) => `${key}=${scope.filter[key]}`)
    .join(';');
  return `${scope.source}|${scope.desde}..${scope.hasta}|${filter}`;
}

/** Returns the id of a base cell's own figure: its month and every dimension value. */
export function cellId(cell: Pick<BaseCell, 'source' | 'mes' | 'dims'>): string {
  return figureId({ source: cell.source, desde: cell.mes, hasta: cell.mes, filter: cell.dims });
}

/** The figures of an edition's protected sources and the base cells they add up. */
export class FigureSystem {
  readonly cells: BaseCell[] = [];
  /** The figure of each base cell of this release, by the cell's index (undefined for a cell only an earlier release had). */
  readonly cellFigures: (Figure | undefined)[] = [];
  readonly figures = new Map<string, Figure>();
  private readonly cellsBySource = new Map<string, number[]>();
  private readonly cellIndex = new Map<string, number>();

  /** Adds a base cell and the figure that publishes it; returns the figure. */
  addCell(cell: BaseCell): Figure {
    const index = this.cells.push(cell) - 1;
    const list = this.cellsBySource.get(cell.source);
    if (list) list.push(index);
    else this.cellsBySource.set(cell.source, [index]);
    const scope = { source: cell.source, desde: cell.mes, hasta: cell.mes, filter: cell.dims };
    const figure: Figure = { id: cellId(cell), scope, members: [index], value: cell.value, sensitive: cell.sensitive, role: 'cell', suppressed: false, primary: false };
    if (this.figures.has(figure.id)) throw new Error(`Celda repetida en la tabla más fina de ${cell.source}: ${figure.id}`);
    this.figures.set(figure.id, figure);
    this.cellFigures.push(figure);
    this.cellIndex.set(`${figure.id}=${cell.value}`, index);
    return figure;
  }

  /**
   * Adds a base cell that nobody published (an ad-hoc answer adds up cells the edition may not
   * show): an unknown to the attacker unless an earlier release's figure gives it away. Returns its index.
   */
  addHiddenCell(cell: BaseCell): number {
    const index = this.cells.push(cell) - 1;
    const list = this.cellsBySource.get(cell.source);
    if (list) list.push(index);
    else this.cellsBySource.set(cell.source, [index]);
    this.cellFigures.push(undefined);
    this.cellIndex.set(`${cellId(cell)}=${cell.value}`, index);
    return index;
  }

  /**
   * Returns the index of the base cell an earlier release published as `id` with `value`: the
   * current cell when it still has that value (the same unknown for an attacker), otherwise a cell
   * of its own, which only that release's figures add up.
   */
  earlierCell(id: string, cell: BaseCell): number {
    const key = `${id}=${cell.value}`;
    const found = this.cellIndex.get(key);
    if (found !== undefined) return found;
    const index = this.cells.push(cell) - 1;
    this.cellFigures.push(undefined);
    this.cellIndex.set(key, index);
    return index;
  }

  /** Adds a figure an earlier release published (or suppressed) over the given cells; it never changes now. */
  addEarlierFigure(publication: string, figure: Omit<Figure, 'id' | 'primary' | 'earlier'> & { readonly id: string }): Figure {
    const earlier: Figure = { ...figure, id: `${publication}#${figure.id}`, primary: false, earlier: publication };
    this.figures.set(earlier.id, earlier);
    return earlier;
  }

  /**
   * Registers a published sum over the base cells of `scope` and returns it; the same scope
   * registered twice is one figure (its role is the more valuable one). `sensitive` says whether
   * the sum itself counts a protected population (a total of the register over every nationality
   * does not). Returns undefined when no cell matches: an absent row is a known zero.
   */
  addAggregate(scope: FigureScope, role: Exclude<FigureRole, 'cell'>, sensitive: boolean): Figure | undefined {
    const id = figureId(scope);
    const existing = this.figures.get(id);
    if (existing) {
      if (ROLE_RANK[role] > ROLE_RANK[existing.role]) existing.role = role;
      return existing;
    }
    const members = (this.cellsBySource.get(scope.source) ?? []).filter((index) => {
      const cell = this.cells[index];
      return cell.mes >= scope.desde && cell.mes <= scope.hasta && Object.entries(scope.filter).every(([key, value]) => cell.dims[key] === value);
    });
    if (members.length === 0) return undefined;
    const value = members.reduce((sum, index) => sum + this.cells[index].value, 0);
    const figure: Figure = { id, scope, members, value, sensitive: sensitive && members.some((index) => this.cells[index].sensitive), role, suppressed: false, primary: false };
    this.figures.set(id, figure);
    return figure;
  }

  /** Returns the figure with that scope, or undefined when nothing was registered there. */
  find(scope: FigureScope): Figure | undefined {
    return this.figures.get(figureId(scope));
  }

  /** Returns the suppressed figures, in id order (the order every step follows, so a run is reproducible). */
  suppressed(): Figure[] {
    return [...this.figures.values()].filter((figure) => figure.suppressed).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/**
 * The interval rule of outputs.md: an attacker's largest value for a suppressed figure must exceed
 * its true value (the interval does not collapse) and reach the threshold (no proof it is small).
 */
export function requiredUpperBound(value: number, threshold: number): number {
  return Math.max(threshold, value + 1);
}
