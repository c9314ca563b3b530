import { countSources } from '../../pipelines/contract/landing-sources.js';

/** One published dataset: a mart written as `datos/<name>.csv`. */
export interface OpenDataset {
  readonly name: string;
  readonly title: string;
  /**
   * Fields that identify a row (the package's `primaryKey`); by default every field but the
   * figures. A key field may be empty where the source did not send it (a month's row without
   * nationality): empty is then a value of its own.
   */
  readonly primaryKey?: string[];
  /** Row order of the CSV; by default every column, left to right. */
  readonly orderBy?: string;
  /** Mart columns kept out of the release (internal details such as delivery file names). */
  readonly omitFields?: string[];
  /** Fields that identify a row for the revision log; by default every field but the figures. */
  readonly keyFields?: string[];
  /** Columns holding codes of a list of `codigos` (column → list), besides what `codedColumns` derives. */
  readonly codeLists?: Readonly<Record<string, string>>;
  /** Columns naming a row of another published dataset (column → that dataset's identifying field). */
  readonly references?: Readonly<Record<string, { readonly resource: string; readonly field: string }>>;
}

/** Fields that hold figures (compared by the revision log, never part of a row's identity). */
export const figureFields = new Set(['cantidad', 'suprimido']);

/** Returns the fields that identify a row of a dataset with these columns. */
export function primaryKeyOf(dataset: OpenDataset, columns: readonly string[]): string[] {
  return dataset.primaryKey ?? dataset.keyFields ?? columns.filter((column) => !figureFields.has(column));
}

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
    { name: 'flujo_dia_semana', title: 'Flujo migratorio por día de la semana', codeLists: { direccion: 'direccion', via: 'via_flujo', puesto: 'puesto' } },
    {
      name: 'presupuesto_mensual',
      title: 'Presupuesto por mes, fondo y etapa',
      primaryKey: ['mes', 'fondo', 'etapa'],
      keyFields: ['mes', 'fondo', 'etapa'],
      codeLists: { fondo: 'fondo', etapa: 'etapa' },
    },
    {
      name: 'presupuesto_periodo',
      title: 'Ejecución presupuestaria por fondo y ejercicio fiscal',
      primaryKey: ['fondo', 'ejercicio'],
      keyFields: ['fondo', 'ejercicio'],
      codeLists: { fondo: 'fondo' },
    },
    { name: 'compras_metodo', title: 'Procesos de compra por método de adquisición', primaryKey: ['ejercicio', 'metodo'], keyFields: ['ejercicio', 'metodo'], codeLists: { metodo: 'metodo' } },
    { name: 'compras_nivel_ejecucion', title: 'Procesos de compra por rubro y etapa', primaryKey: ['ejercicio', 'rubro'], keyFields: ['ejercicio', 'rubro'], codeLists: { rubro: 'rubro' } },
    // Its `estado` is the Memoria's own grouping (`ejecutados`, `en_ejecucion`), not the list of a process's stages.
    { name: 'compras_estado_ejecucion', title: 'Procesos de compra ejecutados y en ejecución', primaryKey: ['ejercicio', 'estado'], keyFields: ['ejercicio', 'estado'] },
    {
      name: 'compras_trimestral',
      title: 'Procesos de compra por trimestre, método de adquisición y estado',
      primaryKey: ['trimestre', 'metodo', 'estado_proceso'],
      keyFields: ['trimestre', 'metodo', 'estado_proceso'],
      codeLists: { metodo: 'metodo', estado_proceso: 'estado' },
    },
    {
      name: 'pni_avance',
      title: 'Avance de las metas del PNI por indicador y año',
      primaryKey: ['indicador', 'anio'],
      keyFields: ['indicador', 'anio'],
      orderBy: 'orden, anio',
      references: { indicador: { resource: 'pni_catalogo', field: 'indicador' } },
    },
    { name: 'pni_avance_eje', title: 'Avance del PNI por eje y año', primaryKey: ['eje', 'anio'], keyFields: ['eje', 'anio'] },
    // Mes and filtro may be empty (a yearly target, an unrestricted one): empty is then a value of the key.
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
      codeLists: { institucion: 'institucion' },
    },
    { name: 'pni_catalogo', title: 'Catálogo de indicadores del PNI: textos, metas y responsables', primaryKey: ['indicador'], keyFields: ['indicador'], orderBy: 'orden' },
    // Built from the code lists (code-lists.ts), not from a mart.
    { name: 'codigos', title: 'Listas de códigos con su nombre en español', primaryKey: ['lista', 'codigo'], keyFields: ['lista', 'codigo'], orderBy: 'lista, orden' },
  ];
}
