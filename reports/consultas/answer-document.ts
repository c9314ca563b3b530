/**
 * An answer to a public-information request (`memoria consulta`), as its files print it: the table
 * in the contract's codes with their Spanish labels, and everything a reader needs to cite it. The
 * CSV, its companion JSON and the XLSX are written from this one value (answer-files.ts), so the
 * three say the same thing.
 */

/** One column of the answer's table that splits the count (a `--por` column). */
export interface AnswerGroupColumn {
  /** Contract name (`puesto`, `sexo`) or time column (`dia`, `mes`, `trimestre`, `anio`). */
  readonly nombre: string;
  /** What it holds, in Spanish (definitions sheet). */
  readonly descripcion: string;
}

/** One row of the table: a combination of the `--por` columns that has data. */
export interface AnswerRow {
  /** Code of each group column, by column name (`AAAA-MM` for `mes`). */
  readonly codigos: Readonly<Record<string, string>>;
  /** Spanish label of each group column, by column name. */
  readonly etiquetas: Readonly<Record<string, string>>;
  /** Null when suppressed by the disclosure control. */
  readonly cantidad: number | null;
  readonly suprimido: boolean;
}

/** A `--filtro` restriction, with the code's label. */
export interface AnswerFilter {
  readonly columna: string;
  readonly codigo: string;
  readonly etiqueta: string;
}

export interface AnswerDocument {
  /** Number of the request in the register (registro.consultas). */
  readonly numero: number;
  /** The request's text, as received. */
  readonly solicitud: string;
  readonly solicitante: string | null;
  /** When the answer was produced: ISO 8601 in UTC, seconds precision (`2026-12-06T14:03:11Z`). */
  readonly fecha: string;
  readonly medida: {
    /** The count source (landing contract) or measure key asked for. */
    readonly clave: string;
    /** The count source it adds up (the measure's source for a measure key). */
    readonly fuente: string;
    readonly nombre: string;
    /** What one unit of `cantidad` is, in Spanish (`movimientos (entradas y salidas), no personas`). */
    readonly unidad: string;
    /** The source's definition (what it counts and what it does not). */
    readonly definicion: string;
  };
  /** The months the answer covers (`AAAA-MM`). */
  readonly periodo: { readonly desde: string; readonly hasta: string };
  /** Data cut-off: the last day of the last month with data of the source in the warehouse (`AAAA-MM-DD`). */
  readonly corte: string;
  readonly filtros: readonly AnswerFilter[];
  readonly por: readonly AnswerGroupColumn[];
  /** Rows in the order to print them. */
  readonly filas: readonly AnswerRow[];
  /** The total over every row; null when printing it would not be safe (it is then left out). */
  readonly total: number | null;
  /** Sentences for the reader: protection applied, rows left out, why the total is missing. */
  readonly notas: readonly string[];
  /** The "Fuente:" line. */
  readonly fuente: string;
  /** True when the source counts a protected population (the disclosure control applied). */
  readonly protegida: boolean;
  /** Small-cell threshold of the disclosure control (cells of 1 to umbral − 1 are suppressed). */
  readonly umbral: number;
}
