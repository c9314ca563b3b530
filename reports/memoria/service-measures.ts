/**
 * The figures a report states for each service: a measure is a monthly mart and the rows of it
 * that count. Sensitive marts (retornados, resguardos, derivaciones, NNA authorisations) are only
 * ever summed to the totals reports/privacy/sensitive-datasets.ts declares as printed: the whole
 * month or period, never a finer split.
 */

/** Keys of the measures, also used in an edition folder's targets (`medida:`). */
export const MEASURE_KEYS = [
  'pasaportes', 'residencias', 'visas', 'nacionalidad', 'certificaciones', 'constancias', 'flujo',
  'prechequeo_terrestre', 'retornados', 'resguardos', 'control_movil', 'autorizaciones_nna', 'derivaciones',
] as const;

export type MeasureKey = (typeof MEASURE_KEYS)[number];

export interface Measure {
  readonly key: MeasureKey;
  /** The mart in schema `marts`. */
  readonly mart: string;
  /** The dimension values of the rows that count, if not all. */
  readonly filtro?: Readonly<Record<string, string>>;
  /** Short Spanish name for tables and charts. */
  readonly nombre: string;
  /** What one unit is, in singular and plural, for sentences (`398,437 pasaportes emitidos`). */
  readonly unidad: { readonly singular: string; readonly plural: string };
  /** Counts a protected population: only its month and period totals may be printed. */
  readonly sensible?: true;
}

/** Every measure by key. */
export const MEASURES: Readonly<Record<MeasureKey, Measure>> = {
  pasaportes: { key: 'pasaportes', mart: 'pasaportes_mensual', nombre: 'Pasaportes emitidos', unidad: { singular: 'pasaporte emitido', plural: 'pasaportes emitidos' } },
  residencias: { key: 'residencias', mart: 'residencias_mensual', nombre: 'Resoluciones de residencia', unidad: { singular: 'resolución de residencia', plural: 'resoluciones de residencia' } },
  visas: { key: 'visas', mart: 'visas_mensual', nombre: 'Visas, prórrogas y avales PEI', unidad: { singular: 'trámite de visas y prórrogas resuelto', plural: 'trámites de visas y prórrogas resueltos' } },
  nacionalidad: { key: 'nacionalidad', mart: 'nacionalidad_mensual', nombre: 'Resoluciones de nacionalidad', unidad: { singular: 'resolución de nacionalidad', plural: 'resoluciones de nacionalidad' } },
  certificaciones: {
    key: 'certificaciones', mart: 'certificaciones_mensual', filtro: { tipo: 'certificacion_movimientos' }, nombre: 'Certificaciones de movimiento migratorio',
    unidad: { singular: 'certificación de movimiento migratorio emitida', plural: 'certificaciones de movimiento migratorio emitidas' },
  },
  constancias: {
    key: 'constancias', mart: 'certificaciones_mensual', filtro: { tipo: 'constancia_no_restriccion' }, nombre: 'Constancias de no restricción',
    unidad: { singular: 'constancia de no restricción emitida', plural: 'constancias de no restricción emitidas' },
  },
  flujo: { key: 'flujo', mart: 'flujo_mensual', nombre: 'Flujo migratorio (entradas y salidas)', unidad: { singular: 'registro de entrada o salida', plural: 'registros de entradas y salidas' } },
  prechequeo_terrestre: {
    key: 'prechequeo_terrestre', mart: 'prechequeo_mensual', filtro: { tipo: 'prechequeo_terrestre' }, nombre: 'Prechequeo terrestre',
    unidad: { singular: 'persona prechequeada', plural: 'personas prechequeadas' },
  },
  retornados: { key: 'retornados', sensible: true, mart: 'retornados_mensual', nombre: 'Personas retornadas atendidas', unidad: { singular: 'persona retornada atendida', plural: 'personas retornadas atendidas' } },
  resguardos: {
    key: 'resguardos', sensible: true, mart: 'resguardos_mensual', nombre: 'Personas extranjeras resguardadas',
    unidad: { singular: 'persona extranjera resguardada', plural: 'personas extranjeras resguardadas' },
  },
  control_movil: {
    key: 'control_movil', mart: 'prechequeo_mensual', filtro: { tipo: 'control_movil' }, nombre: 'Control migratorio móvil',
    unidad: { singular: 'control migratorio móvil', plural: 'controles migratorios móviles' },
  },
  autorizaciones_nna: {
    key: 'autorizaciones_nna', sensible: true, mart: 'prechequeo_mensual', filtro: { tipo: 'autorizacion_salida_nna' }, nombre: 'Autorizaciones de salida de NNA',
    unidad: { singular: 'autorización de salida de niñas, niños y adolescentes revisada', plural: 'autorizaciones de salida de niñas, niños y adolescentes revisadas' },
  },
  derivaciones: {
    key: 'derivaciones', sensible: true, mart: 'derivaciones_mensual', nombre: 'Derivaciones a instituciones de apoyo',
    unidad: { singular: 'derivación a instituciones de apoyo', plural: 'derivaciones a instituciones de apoyo' },
  },
};

/** Returns the SQL predicate selecting the rows of the measure's mart that count, or undefined for all. */
export function measureWhere(measure: Measure): string | undefined {
  const entries = Object.entries(measure.filtro ?? {});
  return entries.length ? entries.map(([column, value]) => `${column} = '${value.replaceAll("'", "''")}'`).join(' and ') : undefined;
}

/** Returns the landing source a measure counts (its monthly mart is `<source>_mensual`). */
export function measureSource(key: MeasureKey): string {
  return MEASURES[key].mart.replace(/_mensual$/, '');
}

/** Returns true when `key` names a measure. */
export function isMeasureKey(key: string): key is MeasureKey {
  return (MEASURE_KEYS as readonly string[]).includes(key);
}

/** Returns SQL giving `medida, mes, cantidad` for every measure and month with data. */
export function monthlyMeasuresSql(): string {
  return MEASURE_KEYS.map((key) => {
    const measure = MEASURES[key];
    const where = measureWhere(measure);
    return `select '${key}' as medida, mes, sum(cantidad) as cantidad from marts.${measure.mart}${where ? ` where ${where}` : ''} group by mes`;
  }).join('\nunion all\n');
}

/** Returns SQL giving `medida, sexo, cantidad` over `desde`..`hasta` for the measures that are not sensitive. */
export function periodBySexSql(desde: string, hasta: string): string {
  return MEASURE_KEYS.filter((key) => !MEASURES[key].sensible).map((key) => {
    const measure = MEASURES[key];
    const where = measureWhere(measure);
    return `select '${key}' as medida, sexo, sum(cantidad) as cantidad from marts.${measure.mart} where mes between '${desde}' and '${hasta}'${where ? ` and ${where}` : ''} group by sexo`;
  }).join('\nunion all\n');
}
