/**
 * The edition's publication date: the one date every document, the LEEME and the dashboards print
 * as "published" (outputs.md). It is configured — `--fecha-publicacion`, else `fecha_publicacion` in
 * the editorial folder's edicion.yml — and only without either is it the run's date in San
 * Salvador. The data cut-off (the last day of `--hasta`) is a different fact, stated apart.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RunFailure } from '../../pipelines/run-failure.js';

export type PublicationDateOrigin = 'bandera' | 'edicion' | 'ejecucion';

export interface PublicationDate {
  /** AAAA-MM-DD */
  readonly fecha: string;
  readonly origen: PublicationDateOrigin;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns true for a real calendar day written `AAAA-MM-DD`. */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Returns the day of an instant in San Salvador (`AAAA-MM-DD`). */
export function localDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/El_Salvador', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/**
 * Returns the publication date: the flag's, else edicion.yml's `fecha_publicacion`, else the day of
 * `runAt`. A malformed configured date stops the run (a document must not carry a guessed date).
 */
export async function publicationDate(flag: string | undefined, editorialDir: string | undefined, runAt: string): Promise<PublicationDate> {
  if (flag !== undefined) {
    if (!isIsoDay(flag)) throw new RunFailure(`--fecha-publicacion debe ser una fecha AAAA-MM-DD; se recibió «${flag}»`);
    return { fecha: flag, origen: 'bandera' };
  }
  const file = editorialDir ? join(editorialDir, 'edicion.yml') : undefined;
  if (file && existsSync(file)) {
    let configured: unknown;
    try {
      configured = (parse(await readFile(file, 'utf8')) as Record<string, unknown> | null)?.fecha_publicacion;
    } catch {
      configured = undefined; // the editorial loader reports an unreadable edicion.yml with its own message
    }
    if (configured instanceof Date) configured = configured.toISOString().slice(0, 10);
    if (configured !== undefined && configured !== null) {
      const text = String(configured).trim();
      if (!isIsoDay(text)) throw new RunFailure(`edicion.yml: fecha_publicacion debe ser una fecha AAAA-MM-DD; dice «${text}»`);
      return { fecha: text, origen: 'edicion' };
    }
  }
  return { fecha: localDay(runAt), origen: 'ejecucion' };
}

/** Returns the instant a document's metadata carries for that date (noon in San Salvador): the same date gives the same bytes. */
export function publicationInstant(date: PublicationDate): string {
  return `${date.fecha}T18:00:00.000Z`;
}
