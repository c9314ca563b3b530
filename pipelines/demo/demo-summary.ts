/**
 * What writeDemoLanding reports: the files of every source with their data rows, and notes that say
 * which file carries which feature of the landing contract, so tests can find them without guessing.
 */

/** The contract features the demo exercises on purpose. */
export type DemoFeature =
  | 'correccion' // a later delivery re-sends some keys with corrected counts
  | 'cero' // a count that must disappear is re-sent as 0
  | 'reenvio' // a delivery sent again, byte for byte, under a later name
  | 'windows-1252' // Windows-1252 bytes, `;` delimiter, accented headers and values, DD/MM/YYYY dates
  | 'utf8-bom' // UTF-8 with a byte-order mark
  | 'xlsx' // an XLSX delivery (first sheet, header in row 1)
  | 'columna-extra' // an unknown column, kept in raw and otherwise ignored
  | 'sinonimo-encabezado' // the header `Año`, a synonym of `anio`
  | 'separador-miles' // amounts with `,` thousands separators (accepted)
  | 'suma-sin-id' // key-less rows with the same key in one delivery that add up
  | 'actualizacion-id' // a later delivery replaces a record by its id
  | 'cambio-dia-mes' // a month sent first as day rows, later as month rows with the same total
  | 'cuarentena-fecha' // unparseable date
  | 'cuarentena-negativo' // negative cantidad
  | 'cuarentena-sexo-h' // sexo `H`
  | 'cuarentena-lista-cerrada' // a value outside a closed list
  | 'cuarentena-monto' // a malformed amount
  | 'cuarentena-id-repetido' // an id repeated within one delivery (the first row stays)
  | 'archivo-ignorado' // a file that is neither .csv nor .xlsx
  | 'persona'; // record-level rows with the anonymised `persona` key (people counted apart from events)

export interface DemoNote {
  readonly feature: DemoFeature;
  readonly source: string;
  readonly file: string;
  /** Line of the row concerned (the header is line 1), when the feature is one row. */
  readonly line?: number;
  readonly detail: string;
}

export interface DemoFile {
  readonly name: string;
  /** Data rows (header excluded; 0 for a file that is not a delivery). */
  readonly rows: number;
}

export interface DemoSourceSummary {
  readonly files: readonly DemoFile[];
  readonly rows: number;
}

export interface DemoSummary {
  /** Per source folder, in the contract's order. */
  readonly sources: Readonly<Record<string, DemoSourceSummary>>;
  readonly notes: readonly DemoNote[];
}

/** What one source generator hands back. */
export interface SourceResult {
  readonly source: string;
  readonly summary: DemoSourceSummary;
  readonly notes: readonly DemoNote[];
}
