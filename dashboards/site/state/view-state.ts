import { addMonths, type MonthSpan } from '../data/period-months.js';

const PAGE_LIST = [
  { id: 'resumen', titulo: 'Resumen' },
  { id: 'servicios', titulo: 'Servicios' },
  { id: 'flujo', titulo: 'Flujo migratorio' },
  { id: 'retornados', titulo: 'Retornados y atención' },
  { id: 'finanzas', titulo: 'Finanzas' },
  { id: 'pni', titulo: 'PNI' },
  { id: 'indicador', titulo: 'Indicador del PNI', dentroDe: 'pni' },
  { id: 'metas', titulo: 'Metas del POA' },
  { id: 'datos', titulo: 'Datos abiertos' },
] as const;

export type PageId = (typeof PAGE_LIST)[number]['id'];

/**
 * The pages of the site, in menu order, with their Spanish titles. A page with `dentroDe` is not in
 * the menu: it is reached from that page (one page per PNI indicator, `#indicador?indicador=5.4.1.a`).
 */
export const PAGES: readonly { readonly id: PageId; readonly titulo: string; readonly dentroDe?: PageId }[] = PAGE_LIST;

/** Everything a view depends on; it lives in the URL's hash so that a view can be shared. */
export interface ViewState {
  readonly pagina: PageId;
  readonly periodo: MonthSpan;
  /** The comparison period; by default the same months one year earlier. */
  readonly comparacion: MonthSpan;
  readonly sexo: '' | 'M' | 'F';
  /** Passport office code, or '' for all. */
  readonly oficina: string;
  /** Border post code, or '' for all. */
  readonly puesto: string;
  /** PNI: axis shown in the status matrix ('' = all), institution and indicator in detail. */
  readonly eje: string;
  readonly institucion: string;
  readonly indicador: string;
  /** Metas del POA: the month followed up (`YYYY-MM`), or '' for the edition's last month. */
  readonly mes: string;
}

/** Returns the same months one year earlier. */
export function yearBefore(span: MonthSpan): MonthSpan {
  return { desde: addMonths(span.desde, -12), hasta: addMonths(span.hasta, -12) };
}

/** The view's choices that must name something the edition has (an office, an indicator, a followed-up month). */
export type ChoiceKey = 'oficina' | 'puesto' | 'eje' | 'institucion' | 'indicador' | 'mes';

/** What the URL parser needs to know about the data (which values are valid) and the defaults. */
export interface StateBounds {
  readonly meses: readonly string[];
  readonly periodo: MonthSpan;
  readonly comparacion: MonthSpan;
  /** The valid values of each choice; a value outside its list is dropped (the choice's default is shown). */
  readonly opciones: Readonly<Record<ChoiceKey, readonly string[]>>;
}

const KEYS = {
  desde: 'desde',
  hasta: 'hasta',
  cdesde: 'comparar_desde',
  chasta: 'comparar_hasta',
  sexo: 'sexo',
  oficina: 'oficina',
  puesto: 'puesto',
  eje: 'eje',
  institucion: 'institucion',
  indicador: 'indicador',
  mes: 'mes',
};

/**
 * Returns the state a hash (`#flujo?desde=2023-06&hasta=2024-03&sexo=F`) describes; anything
 * invalid or outside the edition's data (a month it lacks, an unknown office) falls back to the
 * default, so that the view shown and its link always agree (the site then rewrites the link).
 */
export function parseHash(hash: string, bounds: StateBounds): ViewState {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const pagina = (PAGES.find((page) => page.id === path)?.id ?? 'resumen') as PageId;
  const month = (key: string) => {
    const value = params.get(key);
    return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
  };
  const known = (value: string | undefined) => value !== undefined && bounds.meses.includes(value);
  let desde = month(KEYS.desde);
  let hasta = month(KEYS.hasta);
  if (!known(desde) || !known(hasta)) {
    desde = known(desde) ? desde : bounds.periodo.desde;
    hasta = known(hasta) ? hasta : bounds.periodo.hasta;
  }
  if (desde! > hasta!) [desde, hasta] = [hasta, desde];
  const periodo = { desde: desde!, hasta: hasta! };
  const cdesde = month(KEYS.cdesde);
  const chasta = month(KEYS.chasta);
  const comparacion = known(cdesde) && known(chasta) ? (cdesde! <= chasta! ? { desde: cdesde!, hasta: chasta! } : { desde: chasta!, hasta: cdesde! }) : yearBefore(periodo);
  const sexo = params.get(KEYS.sexo);
  const choice = (key: ChoiceKey) => {
    const value = params.get(KEYS[key]) ?? '';
    return bounds.opciones[key].includes(value) ? value : '';
  };
  return {
    pagina,
    periodo,
    comparacion,
    sexo: sexo === 'M' || sexo === 'F' ? sexo : '',
    oficina: choice('oficina'),
    puesto: choice('puesto'),
    eje: choice('eje'),
    institucion: choice('institucion'),
    indicador: choice('indicador'),
    mes: choice('mes'),
  };
}

/** Returns the hash of a state, leaving out what equals the default so that shared links stay short. */
export function toHash(state: ViewState, bounds: StateBounds): string {
  const params = new URLSearchParams();
  const defaultPeriod = state.periodo.desde === bounds.periodo.desde && state.periodo.hasta === bounds.periodo.hasta;
  if (!defaultPeriod) {
    params.set(KEYS.desde, state.periodo.desde);
    params.set(KEYS.hasta, state.periodo.hasta);
  }
  const byDefault = yearBefore(state.periodo);
  if (state.comparacion.desde !== byDefault.desde || state.comparacion.hasta !== byDefault.hasta) {
    params.set(KEYS.cdesde, state.comparacion.desde);
    params.set(KEYS.chasta, state.comparacion.hasta);
  }
  for (const key of ['sexo', 'oficina', 'puesto', 'eje', 'institucion', 'indicador', 'mes'] as const) {
    if (state[key]) params.set(KEYS[key], state[key]);
  }
  const query = params.toString();
  return `#${state.pagina}${query ? `?${query}` : ''}`;
}
