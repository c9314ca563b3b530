import { countSources } from '../../pipelines/contract/landing-sources.js';

/** One published dataset: a mart written as `datos/<name>.csv`. */
export interface OpenDataset {
  readonly name: string;
  readonly title: string;
  /** Fields that identify a row; only where none of them can be empty. */
  readonly primaryKey?: string[];
  /** Row order of the CSV; by default every column, left to right. */
  readonly orderBy?: string;
  /** Mart columns kept out of the release (internal details such as delivery file names). */
  readonly omitFields?: string[];
  /** Fields that identify a row for the revision log; by default every field but the figures. */
  readonly keyFields?: string[];
}

/** Fields that hold figures (compared by the revision log, never part of a row's identity). */
export const figureFields = new Set(['cantidad', 'suprimido']);

/** Returns the datasets of the open-data release, in catalogue order (outputs.md). */
export function openDatasets(): OpenDataset[] {
  return [
    { name: 'cuadros_memoria', title: 'Cuadros comparativos de la Memoria de Labores', primaryKey: ['cuadro', 'codigo'], keyFields: ['cuadro', 'codigo'], orderBy: 'orden' },
    ...countSources.map((source) => ({ name: `${source.name}_mensual`, title: source.title })),
    {
      name: 'medidas_protegidas_mensual',
      title: 'Totales mensuales de retornados, resguardos, derivaciones, autorizaciones de NNA, residencias y carnés de tránsito vecinal',
      primaryKey: ['mes', 'medida'],
      keyFields: ['mes', 'medida'],
    },
    {
      name: 'medidas_protegidas_periodo',
      title: 'Totales por periodo, acumulado y año de las mismas medidas, tal como los imprimen los informes',
      keyFields: ['ventana', 'desde', 'hasta', 'medida', 'sexo'],
    },
    // The coarser grids of the protected sources, published whole (their declarations, `protection.coarse`).
    ...countSources.flatMap((source) =>
      (source.protection?.coarse ?? []).map((grid) => ({ name: grid.name, title: grid.title, primaryKey: [grid.time, ...grid.by], keyFields: [grid.time, ...grid.by] })),
    ),
    { name: 'flujo_dia_semana', title: 'Flujo migratorio por día de la semana' },
    { name: 'presupuesto_mensual', title: 'Presupuesto por mes, fondo y etapa', primaryKey: ['mes', 'fondo', 'etapa'], keyFields: ['mes', 'fondo', 'etapa'] },
    { name: 'presupuesto_periodo', title: 'Ejecución presupuestaria por fondo y ejercicio fiscal', primaryKey: ['fondo', 'ejercicio'], keyFields: ['fondo', 'ejercicio'] },
    { name: 'compras_metodo', title: 'Procesos de compra por método de adquisición', primaryKey: ['ejercicio', 'metodo'], keyFields: ['ejercicio', 'metodo'] },
    { name: 'compras_nivel_ejecucion', title: 'Procesos de compra por rubro y etapa', primaryKey: ['ejercicio', 'rubro'], keyFields: ['ejercicio', 'rubro'] },
    { name: 'compras_estado_ejecucion', title: 'Procesos de compra ejecutados y en ejecución', primaryKey: ['ejercicio', 'estado'], keyFields: ['ejercicio', 'estado'] },
    {
      name: 'compras_trimestral',
      title: 'Procesos de compra por trimestre, método de adquisición y estado',
      primaryKey: ['trimestre', 'metodo', 'estado_proceso'],
      keyFields: ['trimestre', 'metodo', 'estado_proceso'],
    },
    { name: 'pni_avance', title: 'Avance de las metas del PNI por indicador y año', primaryKey: ['indicador', 'anio'], keyFields: ['indicador', 'anio'], orderBy: 'orden, anio' },
    { name: 'pni_avance_eje', title: 'Avance del PNI por eje y año', primaryKey: ['eje', 'anio'], keyFields: ['eje', 'anio'] },
    // Mes and filtro may be empty (a yearly target, an unrestricted one): no primary key.
    {
      name: 'metas_avance',
      title: 'Metas físicas del plan operativo anual (POA) y su ejecución',
      keyFields: ['anio', 'mes', 'medida', 'filtro'],
      orderBy: 'anio, mes nulls last, medida, filtro',
      omitFields: ['filtro_etiqueta', 'programado_a_la_fecha', 'meses_con_datos'],
    },
    { name: 'metas_mensual', title: 'Metas del POA y su ejecución, mes a mes', keyFields: ['medida', 'filtro', 'mes'], orderBy: 'medida, filtro, mes' },
    {
      name: 'pni_reportes_institucion',
      title: 'Reportes de avance del PNI por institución y año',
      primaryKey: ['institucion', 'anio'],
      keyFields: ['institucion', 'anio'],
      omitFields: ['ultimo_archivo'],
    },
  ];
}
