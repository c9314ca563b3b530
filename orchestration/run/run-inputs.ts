import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { projectRoot } from '../../pipelines/paths.js';
import { landingSources } from '../../pipelines/contract/landing-sources.js';
import { readRawState } from '../../pipelines/dbt/build-fingerprint.js';
import { hashFileTree } from '../../pipelines/files/file-tree-hash.js';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';

/**
 * Everything an edition is made from, as one fingerprint: the code (TypeScript and dbt), the
 * request (period, editorial folder, publication date, threshold), the landing folder's files
 * (their signatures, as extraction sees them) and the warehouse's state (its raw layer source by
 * source, the last build, the publication ledger, the register of answers). A successful run records it in its
 * report; a run whose fingerprint is the published edition's has nothing new to do (issue #17).
 */
export interface RunInputs {
  readonly landing: string;
  readonly period: { readonly desde: string; readonly hasta: string };
  readonly editorialDir?: string;
  readonly publicationDate?: string;
  readonly privacyThreshold: number;
  readonly createdAt?: string;
}

/** The code an edition depends on (tests, documentation and scratch files do not change it). */
const CODE = ['package.json', 'package-lock.json', 'dbt_project.yml', 'pipelines', 'models', 'macros', 'seeds', 'data_tests', 'privacy', 'presentation', 'reports', 'dashboards', 'orchestration'];

/** Returns the fingerprint of the inputs with the warehouse as it is now (opened read-only). */
export async function runInputsFingerprint(inputs: RunInputs, warehousePath: string): Promise<string> {
  const warehouse = await openWarehouse(warehousePath, { readOnly: true });
  try {
    return await inputsFingerprint(inputs, warehouse);
  } finally {
    warehouse.close();
  }
}

/** Returns the fingerprint of the inputs with the state of an open warehouse (a run's transaction before it commits). */
export async function inputsFingerprint(inputs: RunInputs, warehouse: Warehouse): Promise<string> {
  const hash = createHash('sha256');
  const period = { desde: inputs.period.desde, hasta: inputs.period.hasta };
  hash.update(JSON.stringify({ period, publicationDate: inputs.publicationDate ?? null, threshold: inputs.privacyThreshold, createdAt: inputs.createdAt ?? null }));
  for (const entry of CODE) await hashFileTree(hash, join(projectRoot, entry), projectRoot, 'contents');
  if (inputs.editorialDir) await hashFileTree(hash, inputs.editorialDir, inputs.editorialDir, 'contents');
  await hashFileTree(hash, inputs.landing, inputs.landing, 'signatures');
  hash.update(JSON.stringify(await warehouseState(warehouse)));
  return hash.digest('hex');
}

/** What in the warehouse changes an edition: the raw layer (deliveries, rows), the last build, the ledger, the answers given. */
async function warehouseState(warehouse: Warehouse): Promise<Record<string, unknown>> {
  const tables = new Set(
    (await warehouse.rows<{ name: string }>(`select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('meta', 'privacidad', 'registro')`)).map(
      (row) => row.name,
    ),
  );
  const state: Record<string, unknown> = {};
  const read = async (name: string, sql: string) => {
    if (tables.has(name)) state[name] = await warehouse.rows(sql);
  };
  state.crudo = await readRawState(
    warehouse,
    landingSources.map((source) => source.name),
  );
  await read('meta.construccion', 'select huella from meta.construccion');
  await read('privacidad.publicaciones', 'select count(*)::integer as n from privacidad.publicaciones');
  await read('registro.consultas', 'select count(*)::integer as n from registro.consultas');
  return state;
}
