import type { LandingSource } from '../contract/landing-sources.js';

/**
 * A connector pulls a source's new records from an operational system and writes them as one
 * delivery file under the landing contract into the source's landing folder, where the extraction
 * loads it like any delivery (archived, checked, quarantined). Its state (a watermark) is saved only
 * when the run that loads the file commits.
 */
export interface Connector {
  /** `carpeta`, `postgres` or `http`: how the run log names it. */
  readonly tipo: string;
  pull(context: PullContext): Promise<PullResult>;
}

export interface PullContext {
  readonly source: LandingSource;
  /** The source's landing folder (`<entrada>/<fuente>/`). */
  readonly folder: string;
  /** The state saved by the last committed run, if any. */
  readonly state?: ConnectorState;
  readonly signal: AbortSignal;
  /** Spanish progress lines for the service log (never credentials). */
  readonly log: (message: string) => void;
}

export interface PullResult {
  /** The delivery file written, or undefined when there was nothing new. */
  readonly archivo?: string;
  /** Records written to the file. */
  readonly filas: number;
  /** State to save when the run commits; undefined keeps the saved one. */
  readonly state?: ConnectorState;
}

/** What an incremental connector remembers between runs: its watermark and the records at its boundary. */
export interface ConnectorState {
  readonly marca: string;
  /** Record id → hash of the version delivered, for records within the overlap window below the watermark. */
  readonly frontera: Readonly<Record<string, string>>;
}

/** A connector failure with a Spanish message; transient ones (network, timeouts, 5xx) are retried with back-off. */
export class ConnectorError extends Error {
  constructor(
    message: string,
    readonly transitorio: boolean,
  ) {
    super(message);
  }
}
