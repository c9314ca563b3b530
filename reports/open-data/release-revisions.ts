import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvCell, parseCsv } from '../../presentation/format/csv.js';
import { figureFields, type OpenDataset } from './open-datasets.js';

/** One published figure that changed between two releases of the same period. */
export interface Revision {
  revision: string;
  publicada: string;
  recurso: string;
  clave: string;
  campo: string;
  valor_anterior: string;
  valor_nuevo: string;
}

export interface ReleaseRevision {
  /** 1 for the first release of a period; +1 for each later release whose figures or datasets changed. */
  readonly revision: number;
  /** Datasets this release publishes and the previous one did not, and the reverse. */
  readonly added: string[];
  readonly dropped: string[];
  /** This release's changes against the previous release of the period. */
  readonly changes: Revision[];
  /** Every change since the first release of the period, oldest first. */
  readonly log: Revision[];
}

export const REVISIONS_FILE = 'revisiones.csv';
const REVISION_FIELDS: (keyof Revision)[] = ['revision', 'publicada', 'recurso', 'clave', 'campo', 'valor_anterior', 'valor_nuevo'];

/** Returns the datasets a datapackage.json lists: its CSV resources (a package before Parquet resources listed only those). */
export function packageDatasets(dataPackage: { readonly resources: readonly { readonly name: string; readonly format?: string }[] }): string[] {
  return dataPackage.resources.filter((resource) => (resource.format ?? 'csv') === 'csv').map((resource) => resource.name);
}

/**
 * Compares the new release (`newDir`) with the previous release of the same period
 * (`previousDir`, or undefined) dataset by dataset, cell by cell, and returns the revision number
 * and log. A row that appears or disappears counts as changed figures too (late corrections). A
 * dataset the previous release did not publish is new, not a change of figures: it makes a new
 * version without entering the log, as does a dataset no longer published.
 */
export async function reviseRelease(previousDir: string | undefined, newDir: string, datasets: OpenDataset[], createdAt: string): Promise<ReleaseRevision> {
  if (!previousDir || !existsSync(join(previousDir, 'datapackage.json'))) return { revision: 1, added: [], dropped: [], changes: [], log: [] };
  const previousPackage = JSON.parse(await readFile(join(previousDir, 'datapackage.json'), 'utf8')) as { revision?: number; resources: { name: string; format?: string }[] };
  const previousRevision = previousPackage.revision ?? 1;
  const nextRevision = String(previousRevision + 1);
  const previousDatasets = packageDatasets(previousPackage);
  const added = datasets.map((dataset) => dataset.name).filter((name) => !previousDatasets.includes(name));
  const dropped = previousDatasets.filter((name) => !datasets.some((dataset) => dataset.name === name));
  const changes: Revision[] = [];
  for (const dataset of datasets.filter((candidate) => !added.includes(candidate.name))) {
    const path = `${dataset.name}.csv`;
    const before = existsSync(join(previousDir, path)) ? parseCsv(await readFile(join(previousDir, path), 'utf8')) : [];
    const after = parseCsv(await readFile(join(newDir, path), 'utf8'));
    const fields = Object.keys(after[0] ?? before[0] ?? {});
    const keys = dataset.keyFields ?? fields.filter((field) => !figureFields.has(field));
    const keyOf = (row: Record<string, string>) => keys.map((field) => `${field}=${row[field] ?? ''}`).join('; ');
    const beforeByKey = new Map(before.map((row) => [keyOf(row), row]));
    const afterByKey = new Map(after.map((row) => [keyOf(row), row]));
    for (const key of new Set([...beforeByKey.keys(), ...afterByKey.keys()])) {
      const old = beforeByKey.get(key);
      const now = afterByKey.get(key);
      for (const field of fields.filter((candidate) => !keys.includes(candidate))) {
        const valorAnterior = old?.[field] ?? '';
        const valorNuevo = now?.[field] ?? '';
        if (valorAnterior !== valorNuevo) {
          changes.push({ revision: nextRevision, publicada: createdAt, recurso: dataset.name, clave: key, campo: field, valor_anterior: valorAnterior, valor_nuevo: valorNuevo });
        }
      }
    }
  }
  const previousLog = existsSync(join(previousDir, REVISIONS_FILE)) ? (parseCsv(await readFile(join(previousDir, REVISIONS_FILE), 'utf8')) as unknown as Revision[]) : [];
  const changed = changes.length > 0 || added.length > 0 || dropped.length > 0;
  return { revision: changed ? previousRevision + 1 : previousRevision, added, dropped, changes, log: [...previousLog, ...changes] };
}

/** Returns the revision log as CSV text (header even when empty). */
export function revisionsCsv(log: Revision[]): string {
  const lines = [REVISION_FIELDS.join(','), ...log.map((entry) => REVISION_FIELDS.map((field) => csvCell(entry[field])).join(','))];
  return lines.join('\n') + '\n';
}
