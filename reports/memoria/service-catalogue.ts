import type { MeasureKey } from './service-measures.js';

/**
 * The services the Memoria reports, in its order (Servicios prestados a la población), each with
 * the measure its sentence states, its comparison tables and its chart. Titles are the defaults;
 * an edition folder may retitle a service and adds its objective and responsible unit.
 */

/** A comparison table from `cuadros_memoria` (protected for small cells). */
export interface CuadroSource {
  readonly kind: 'cuadro';
  readonly cuadro: string;
  /** Header of the category column. */
  readonly encabezado: string;
  /** A note printed under the table. */
  readonly nota?: string;
}

/** A comparison table computed from a monthly mart: one row per category (or one row), both periods. */
export interface MartSource {
  readonly kind: 'mart';
  readonly id: string;
  readonly titulo: string;
  readonly medida: MeasureKey;
  /** Header of the category column. */
  readonly encabezado: string;
  /** The column that splits the rows and where its labels are; absent for a single row. */
  readonly categoria?: { readonly columna: string; readonly lista: string } | { readonly columna: string; readonly puestos: true };
}

export type ComparisonSource = CuadroSource | MartSource;

export interface ServiceDefinition {
  /** Key of the service in an edition folder's `servicios.yml`. */
  readonly codigo: string;
  readonly titulo: string;
  readonly medida: MeasureKey;
  readonly tablas: readonly ComparisonSource[];
  /** `comparacion`: bars per category of the last table; `mensual`: month by month against a year earlier. */
  readonly grafico: 'comparacion' | 'mensual';
  /** The cuadro that counts the people behind an event count (Tabla 22 beside the referrals of Tabla 23). */
  readonly personas?: string;
}

const cuadro = (name: string, encabezado: string, nota?: string): CuadroSource => ({ kind: 'cuadro', cuadro: name, encabezado, nota });

/** The services of Servicios prestados a la población, in the Memoria's order. */
export const SERVICES: readonly ServiceDefinition[] = [
  {
    codigo: 'pasaportes', titulo: 'Emitir pasaportes salvadoreños', medida: 'pasaportes', grafico: 'comparacion',
    tablas: [cuadro('pasaportes_oficina', 'Oficina', 'Total: todas las sucursales. Total general: sucursales y consulados.')],
  },
  { codigo: 'residencias', titulo: 'Elaborar resoluciones de residencia', medida: 'residencias', tablas: [cuadro('residencias_calidad', 'Calidad migratoria')], grafico: 'comparacion' },
  {
    codigo: 'visas', titulo: 'Elaborar resoluciones de los trámites de visas y prórrogas', medida: 'visas', grafico: 'comparacion',
    tablas: [{ kind: 'mart', id: 'visas_tramite', titulo: 'Trámites de visas y prórrogas', medida: 'visas', encabezado: 'Trámite', categoria: { columna: 'tramite', lista: 'tramite_visa' } }],
  },
  {
    codigo: 'nacionalidad', titulo: 'Elaborar resoluciones de renuncias, recuperaciones, naturalizaciones y nacionalizaciones de la calidad de salvadoreño',
    medida: 'nacionalidad', tablas: [cuadro('nacionalidad_tramite', 'Trámite')], grafico: 'comparacion',
  },
  {
    codigo: 'certificaciones', titulo: 'Emitir certificaciones de movimiento migratorio (trámite particular)', medida: 'certificaciones', grafico: 'mensual',
    tablas: [{ kind: 'mart', id: 'certificaciones', titulo: 'Certificaciones de movimiento migratorio', medida: 'certificaciones', encabezado: 'Servicio' }],
  },
  {
    codigo: 'constancias', titulo: 'Emitir constancias de no restricción', medida: 'constancias', grafico: 'mensual',
    tablas: [{ kind: 'mart', id: 'constancias', titulo: 'Constancias de no restricción', medida: 'constancias', encabezado: 'Servicio' }],
  },
  {
    codigo: 'flujo', titulo: 'Ejercer el control migratorio de entradas y salidas en los puestos migratorios habilitados', medida: 'flujo',
    tablas: [cuadro('flujo_direccion', 'Flujo migratorio'), cuadro('flujo_via', 'Vía')], grafico: 'mensual',
  },
  {
    codigo: 'prechequeo', titulo: 'Realizar prechequeo de personas que viajan fuera de El Salvador por vía terrestre', medida: 'prechequeo_terrestre', grafico: 'mensual',
    tablas: [{ kind: 'mart', id: 'prechequeo_puesto', titulo: 'Prechequeo terrestre por puesto fronterizo', medida: 'prechequeo_terrestre', encabezado: 'Puesto fronterizo', categoria: { columna: 'puesto', puestos: true } }],
  },
  {
    codigo: 'retornados', titulo: 'Recibir y asistir a connacionales retornados por vía aérea y terrestre', medida: 'retornados',
    tablas: [cuadro('retornados_via', 'Vía de retorno')], grafico: 'mensual',
  },
  {
    codigo: 'resguardos', titulo: 'Recibir y resguardar en el CAIPEM a personas extranjeras en situación migratoria irregular', medida: 'resguardos', grafico: 'mensual',
    // Sensitive: only the period totals by sex are printed (sensitive-datasets.ts), never by nationality.
    tablas: [{ kind: 'mart', id: 'resguardos', titulo: 'Personas extranjeras resguardadas en el CAIPEM', medida: 'resguardos', encabezado: 'Servicio' }],
  },
  {
    codigo: 'control_movil', titulo: 'Realizar control migratorio móvil en coordinación con la Policía Nacional Civil (PNC)', medida: 'control_movil', grafico: 'mensual',
    tablas: [{ kind: 'mart', id: 'control_movil', titulo: 'Control migratorio móvil en puntos no habilitados', medida: 'control_movil', encabezado: 'Servicio' }],
  },
  {
    codigo: 'autorizaciones_nna', titulo: 'Revisar autorizaciones de salida de niñas, niños y adolescentes', medida: 'autorizaciones_nna', grafico: 'mensual',
    // Sensitive: only the period totals are printed.
    tablas: [{ kind: 'mart', id: 'autorizaciones_nna', titulo: 'Autorizaciones de salida de niñas, niños y adolescentes revisadas', medida: 'autorizaciones_nna', encabezado: 'Servicio' }],
  },
  {
    codigo: 'derivaciones', titulo: 'Derivar a personas salvadoreñas retornadas hacia las instituciones de apoyo', medida: 'derivaciones',
    tablas: [
      cuadro('derivaciones_personas', 'Personas', 'Personas distintas derivadas en cada periodo, según la clave anónima de persona que envía el sistema; una persona derivada a varias instituciones cuenta una vez.'),
      cuadro('derivaciones_institucion', 'Institución', 'Cada fila cuenta derivaciones, no personas: una persona derivada a tres instituciones cuenta tres veces; las personas distintas están en la tabla anterior.'),
    ],
    personas: 'derivaciones_personas',
    grafico: 'comparacion',
  },
];
