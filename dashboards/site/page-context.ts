import type { CodeLabel, SiteData } from '../data/site-data.js';
import { CountCube, type CubeFilter } from './data/count-cube.js';
import { SUPPRESSED, type Cifra } from './data/figures.js';
import { monthsOf, sameSpan, spanLabel, type MonthSpan } from './data/period-months.js';
import type { StateBounds, ViewState } from './state/view-state.js';

/** A figure of both periods. */
export interface Compared {
  readonly actual: Cifra;
  readonly anterior: Cifra;
}

/** Which filters of the view a figure follows. */
export interface Applies {
  readonly sexo?: boolean;
  readonly oficina?: boolean;
  readonly puesto?: boolean;
}

/** What every page receives: the data, the view and the helpers to sum figures the way the release allows. */
export class PageContext {
  readonly cubes: Readonly<Record<string, CountCube>>;

  constructor(
    readonly data: SiteData,
    readonly state: ViewState,
    readonly bounds: StateBounds,
    cubes: Readonly<Record<string, CountCube>>,
    /** Changes the view (through the URL). */
    readonly navigate: (patch: Partial<ViewState>) => void,
  ) {
    this.cubes = cubes;
  }

  /** Returns the Spanish label of a code of a list (the code when the list does not have it). */
  label(list: string, code: string): string {
    if (code === '') return 'Sin dato';
    return this.data.etiquetas[list]?.find((item) => item.codigo === code)?.etiqueta ?? code;
  }

  /** Returns a code list in display order. */
  list(list: string): readonly CodeLabel[] {
    return this.data.etiquetas[list] ?? [];
  }

  /** Labels of the comparison and reporting periods, in that order (as the shared charts want them). */
  get periodLabels(): [string, string] {
    const previous = spanLabel(this.state.comparacion);
    const current = spanLabel(this.state.periodo);
    return previous === current ? [`${previous} (comparación)`, current] : [previous, current];
  }

  /** Returns true when the view filters by sex and the cube's source does not record it. */
  sexUnknown(cubeName: string): boolean {
    const cube = this.cubes[cubeName];
    return Boolean(this.state.sexo && cube?.dims.includes('sexo') && !cube.codes('sexo').includes(this.state.sexo));
  }

  /** Returns the filter of a cube for a period: its months plus the view's filters that apply and the cube has. */
  filter(cube: CountCube, span: MonthSpan, base: CubeFilter = {}, applies: Applies = { sexo: true }): CubeFilter {
    const filter: Record<string, readonly string[] | undefined> = { ...base, mes: monthsOf(span) };
    if (applies.sexo && this.state.sexo && cube.dims.includes('sexo')) {
      filter.sexo = [this.state.sexo];
      // A source that does not send the sex has no figure by sex ("no data"), not 0.
      if (!cube.codes('sexo').includes(this.state.sexo)) filter.mes = [];
    }
    if (applies.oficina && this.state.oficina && cube.dims.includes('oficina')) filter.oficina = [this.state.oficina];
    if (applies.puesto && this.state.puesto && cube.dims.includes('puesto')) filter.puesto = [this.state.puesto];
    return filter;
  }

  /** Returns a cube's figure for both periods; a cuadro of cuadros_memoria stands in for a suppressed sum when it publishes it. */
  compare(cubeName: string, base: CubeFilter = {}, applies: Applies = { sexo: true }, cuadro?: { name: string; codigo: string }): Compared {
    const cube = this.cubes[cubeName];
    if (!cube) return { actual: null, anterior: null };
    const figure = (span: MonthSpan) => {
      const sum = cube.sum(this.filter(cube, span, base, applies));
      return sum === SUPPRESSED && cuadro ? (this.cuadroFigure(cuadro.name, cuadro.codigo, span) ?? sum) : sum;
    };
    return { actual: figure(this.state.periodo), anterior: figure(this.state.comparacion) };
  }

  /** Returns the figures of both periods for every code of `dim`. */
  compareBy(cubeName: string, dim: string, base: CubeFilter = {}, applies: Applies = { sexo: true }, cuadro?: string): Map<string, Compared> {
    const cube = this.cubes[cubeName];
    const result = new Map<string, Compared>();
    if (!cube) return result;
    const current = cube.groupSum(this.filter(cube, this.state.periodo, base, applies), dim);
    const previous = cube.groupSum(this.filter(cube, this.state.comparacion, base, applies), dim);
    const resolve = (sum: Cifra | undefined, code: string, span: MonthSpan): Cifra => (sum === SUPPRESSED && cuadro ? (this.cuadroFigure(cuadro, code, span) ?? sum) : (sum ?? null));
    for (const code of cube.codes(dim)) result.set(code, { actual: resolve(current.get(code), code, this.state.periodo), anterior: resolve(previous.get(code), code, this.state.comparacion) });
    return result;
  }

  /**
   * Returns the published cuadros_memoria figure for a row and a span, when the span is the
   * edition's period or its comparison period and no other filter than sex applies.
   */
  cuadroFigure(cuadro: string, codigo: string, span: MonthSpan, sexo: '' | 'M' | 'F' = this.state.sexo): Cifra | undefined {
    if (this.state.oficina || this.state.puesto) return undefined;
    const { edicion } = this.data;
    const which = sameSpan(span, { desde: edicion.desde, hasta: edicion.hasta }) ? 'actual' : sameSpan(span, { desde: edicion.desdeAnterior, hasta: edicion.hastaAnterior }) ? 'anterior' : undefined;
    const row = this.data.cuadros.find((candidate) => candidate.cuadro === cuadro && candidate.codigo === codigo);
    if (!which || !row) return undefined;
    const column = sexo === 'M' ? 'm' : sexo === 'F' ? 'f' : 'total';
    const value = row[`${column}_${which}`];
    return value === null ? (row.suprimido ? SUPPRESSED : undefined) : value;
  }

  /** Returns ` (Tabla N de la Memoria)` for a cuadro the edition's Memoria prints, with the PDF's number; '' otherwise. */
  memoriaTable(cuadro: string): string {
    const number = this.data.cuadros.find((row) => row.cuadro === cuadro)?.tabla;
    return number ? ` (Tabla ${number} de la Memoria)` : '';
  }

  /** Returns the source line of datasets: the release's files, or the warehouse for an unprotected table the release does not publish yet. */
  source(...datasets: string[]): string {
    const published = datasets.filter((name) => this.data.datos.recursos.some((resource) => resource.name === name));
    const internal = datasets.filter((name) => !published.includes(name));
    const origins = [...new Set(published.map((name) => this.data.datos.recursos.find((resource) => resource.name === name)?.origen ?? '').filter(Boolean))];
    const parts = [
      published.length ? `datos abiertos de la edición (${published.map((name) => `${name}.csv`).join(', ')})` : '',
      internal.length ? `almacén de datos de la DGME (${internal.join(', ')})` : '',
    ].filter(Boolean);
    return `${origins.length ? origins.join('; ') : 'DGME'}; ${parts.join('; ')}.`;
  }

  /** Returns a remark on the filters a figure does not follow, or undefined. */
  ignoredFilters(applies: Applies): string | undefined {
    const ignored = [this.state.sexo && !applies.sexo ? 'sexo' : '', this.state.oficina && !applies.oficina ? 'oficina' : '', this.state.puesto && !applies.puesto ? 'puesto fronterizo' : ''].filter(
      Boolean,
    );
    return ignored.length ? `Este gráfico no se filtra por ${ignored.join(' ni ')}.` : undefined;
  }
}
