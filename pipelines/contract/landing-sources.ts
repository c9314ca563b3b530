/**
 * The landing contract's sources: folder names, columns and which of them a delivery must carry.
 * File-level rules (required columns, raw table layout) are enforced from here; value-level
 * rules (dates, counts, code lists, amounts) live in the dbt staging and intermediate models.
 * test/pipelines/contract/contract-consistency.test.ts keeps this list and models/staging/*_sources.yml aligned.
 */

export type SourceKind = 'count' | 'amount' | 'record';

export interface LandingColumn {
  readonly name: string;
  readonly required: boolean;
}

/** Who sends a source: the unit that records it and its system, as a table's "Fuente:" line names them. */
export interface SourceOrigin {
  readonly unidad: string;
  readonly sistema?: string;
}

/** What one unit of a count source is: what its `cantidad` counts. */
export type CountUnit = 'personas' | 'tramites' | 'documentos' | 'movimientos' | 'derivaciones' | 'resoluciones';

export interface LandingSource {
  readonly name: string;
  readonly kind: SourceKind;
  readonly origin: SourceOrigin;
  /** For a count source, what a record counts (an event count is never printed as people). */
  readonly counts?: CountUnit;
  /** Columns in contract order; every one becomes a VARCHAR column of raw.<name>. */
  readonly columns: readonly LandingColumn[];
}

const required = (name: string): LandingColumn => ({ name, required: true });
const optional = (name: string): LandingColumn => ({ name, required: false });

/** Columns every count source shares, before its own dimensions. */
const countColumns = [required('fecha'), optional('cantidad'), optional('id')];

const countSource = (name: string, counts: CountUnit, origin: SourceOrigin, dimensions: LandingColumn[]): LandingSource => ({
  name,
  kind: 'count',
  origin,
  counts,
  columns: [...countColumns, ...dimensions],
});

// The directorates of the Manual de Organización and the systems they record in.
const PASAPORTES: SourceOrigin = { unidad: 'Dirección de Emisión de Pasaporte', sistema: 'sistema de pasaporte biométrico' };
const EXTRANJERIA: SourceOrigin = { unidad: 'Dirección de Extranjería', sistema: 'registro de extranjeros' };
const CONTROL: SourceOrigin = { unidad: 'Dirección de Control Migratorio', sistema: 'sistema integrado de control migratorio' };
const ATENCION: SourceOrigin = { unidad: 'Dirección de Atención al Migrante (GAMI)', sistema: 'Sistema Integrado de Gestión Migratoria (SIREs)' };

export const landingSources: readonly LandingSource[] = [
  countSource('pasaportes', 'documentos', PASAPORTES, [required('oficina_tipo'), required('oficina'), required('sexo'), optional('tramite'), optional('canal')]),
  countSource('residencias', 'resoluciones', EXTRANJERIA, [required('calidad'), required('sexo'), optional('nacionalidad')]),
  countSource('visas', 'tramites', EXTRANJERIA, [required('tramite'), optional('sexo'), optional('nacionalidad')]),
  countSource('nacionalidad', 'resoluciones', EXTRANJERIA, [required('tramite'), required('sexo')]),
  countSource('certificaciones', 'documentos', CONTROL, [required('tipo'), optional('sexo')]),
  countSource('flujo', 'movimientos', CONTROL, [required('direccion'), required('via'), required('puesto'), required('sexo'), optional('nacionalidad')]),
  countSource('prechequeo', 'tramites', CONTROL, [required('tipo'), optional('puesto'), optional('sexo')]),
  countSource('retornados', 'personas', ATENCION, [required('via'), required('sexo'), optional('edad'), optional('pais_procedencia'), optional('persona')]),
  countSource('resguardos', 'personas', ATENCION, [required('nacionalidad'), required('sexo')]),
  countSource('derivaciones', 'derivaciones', ATENCION, [required('institucion'), required('sexo'), optional('persona')]),
  {
    name: 'presupuesto',
    kind: 'amount',
    origin: { unidad: 'Unidad Financiera Institucional', sistema: 'Sistema de Administración Financiera Integrado (SAFI)' },
    columns: [required('fecha'), required('fondo'), required('etapa'), required('monto')],
  },
  {
    name: 'compras',
    kind: 'record',
    origin: { unidad: 'Unidad de Compras Públicas' },
    columns: [required('id'), required('fecha'), required('metodo'), required('rubro'), required('estado'), required('monto')],
  },
  {
    name: 'pni',
    kind: 'record',
    origin: { unidad: 'instituciones del Mecanismo de seguimiento del PNI', sistema: 'reportes anuales de indicadores' },
    columns: [required('indicador'), required('anio'), required('valor'), optional('institucion'), optional('fuente'), optional('fecha')],
  },
];

/** Header synonyms applied after folding (`Año` folds to `ano`). */
export const headerSynonyms: Readonly<Record<string, string>> = { ano: 'anio' };

/** Columns that identify a person rather than describe a record: never a dimension, never published. */
export const PERSON_KEY = 'persona';

/** Returns the source definition for a landing folder name, or undefined. */
export function findSource(name: string): LandingSource | undefined {
  return landingSources.find((source) => source.name === name);
}
