/**
 * The landing contract's sources: folder names, columns and which of them a delivery must carry.
 * File-level rules (required columns, raw table layout) are enforced from here; value-level
 * rules (dates, counts, code lists, amounts) live in the dbt staging and intermediate models.
 * test/contract/contract-consistency.test.ts keeps this list and models/staging/*_sources.yml aligned.
 */

export type SourceKind = 'count' | 'amount' | 'record';

export interface LandingColumn {
  readonly name: string;
  readonly required: boolean;
}

export interface LandingSource {
  readonly name: string;
  readonly kind: SourceKind;
  /** Columns in contract order; every one becomes a VARCHAR column of raw.<name>. */
  readonly columns: readonly LandingColumn[];
}

const required = (name: string): LandingColumn => ({ name, required: true });
const optional = (name: string): LandingColumn => ({ name, required: false });

/** Columns every count source shares, before its own dimensions. */
const countColumns = [required('fecha'), optional('cantidad'), optional('id')];

const countSource = (name: string, dimensions: LandingColumn[]): LandingSource => ({
  name,
  kind: 'count',
  columns: [...countColumns, ...dimensions],
});

export const landingSources: readonly LandingSource[] = [
  countSource('pasaportes', [required('oficina_tipo'), required('oficina'), required('sexo'), optional('tramite'), optional('canal')]),
  countSource('residencias', [required('calidad'), required('sexo'), optional('nacionalidad')]),
  countSource('visas', [required('tramite'), optional('sexo'), optional('nacionalidad')]),
  countSource('nacionalidad', [required('tramite'), required('sexo')]),
  countSource('certificaciones', [required('tipo'), optional('sexo')]),
  countSource('flujo', [required('direccion'), required('via'), required('puesto'), required('sexo'), optional('nacionalidad')]),
  countSource('prechequeo', [required('tipo'), optional('puesto'), optional('sexo')]),
  countSource('retornados', [required('via'), required('sexo'), optional('edad'), optional('pais_procedencia')]),
  countSource('resguardos', [required('nacionalidad'), required('sexo')]),
  countSource('derivaciones', [required('institucion'), required('sexo')]),
  {
    name: 'presupuesto',
    kind: 'amount',
    columns: [required('fecha'), required('fondo'), required('etapa'), required('monto')],
  },
  {
    name: 'compras',
    kind: 'record',
    columns: [required('id'), required('fecha'), required('metodo'), required('rubro'), required('estado'), required('monto')],
  },
  {
    name: 'pni',
    kind: 'record',
    columns: [required('indicador'), required('anio'), required('valor'), optional('institucion'), optional('fuente'), optional('fecha')],
  },
];

/** Header synonyms applied after folding (`Año` folds to `ano`). */
export const headerSynonyms: Readonly<Record<string, string>> = { ano: 'anio' };

/** Returns the source definition for a landing folder name, or undefined. */
export function findSource(name: string): LandingSource | undefined {
  return landingSources.find((source) => source.name === name);
}
