import type { Stats } from 'node:fs';
import type { LandingSource } from '../contract/landing-sources.js';
import type { Warehouse } from '../warehouse/warehouse-connection.js';

/** Files of one source folder already read in an earlier run: name → signature and hash. */
export type SeenFiles = Map<string, { readonly key: string; readonly sha256: string }>;

/**
 * Returns a file's signature: size, modification and status-change times, inode. A file rewritten
 * in place gets a new status-change time, which no tool can set back, so an unchanged signature
 * means unchanged bytes (the check rsync and git make before reading a file).
 */
export function seenKey(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

/** Returns the files of `source` whose hash an earlier run took (raw.archivos_revisados). */
export async function readSeenFiles(warehouse: Warehouse, source: LandingSource): Promise<SeenFiles> {
  const rows = await warehouse.rows<{ archivo: string; firma: string; sha256: string }>('select archivo, firma, sha256 from raw.archivos_revisados where fuente = ?', [source.name]);
  return new Map(rows.map((row) => [row.archivo, { key: row.firma, sha256: row.sha256 }]));
}
