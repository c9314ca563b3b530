import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { projectRoot } from '../paths.js';
import { openWarehouse, type Warehouse } from '../warehouse/warehouse-connection.js';

/** What dbt builds from: a change to any of these can change rows an incremental model already holds. */
const DBT_CODE = ['dbt_project.yml', 'models', 'macros', 'seeds', 'data_tests'];

/** Returns the SHA-256 of the project's dbt code and reference data (paths and contents, in a fixed order). */
export async function dbtCodeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const entry of DBT_CODE) {
    const path = join(projectRoot, entry);
    if (entry.endsWith('.yml')) files.push(path);
    else for (const name of await readdir(path, { recursive: true, withFileTypes: true })) if (name.isFile()) files.push(join(name.parentPath, name.name));
  }
  for (const file of files.sort())
    hash
      .update(`${relative(projectRoot, file)}\0`)
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}

const DDL = `create schema if not exists meta;
  create table if not exists meta.construccion (huella varchar not null, construida_en timestamp not null)`;

/**
 * Returns the fingerprint of the dbt code that last built the warehouse at `path`, or undefined
 * (never built, or built before fingerprints were kept). The warehouse must not be open elsewhere.
 */
export async function storedBuildFingerprint(path: string): Promise<string | undefined> {
  return withWarehouse(path, async (warehouse) => {
    const [row] = await warehouse.rows<{ huella: string }>('select huella from meta.construccion');
    return row?.huella;
  });
}

/** Records that the warehouse at `path` was built by the dbt code with this fingerprint. */
export async function saveBuildFingerprint(path: string, fingerprint: string): Promise<void> {
  await withWarehouse(path, async (warehouse) => {
    await warehouse.run('delete from meta.construccion');
    await warehouse.run("insert into meta.construccion values (?, now() at time zone 'UTC')", [fingerprint]);
  });
}

/** Forgets the fingerprint, so the next build rebuilds every incremental model from the raw layer. */
export async function forgetBuildFingerprint(path: string): Promise<void> {
  await withWarehouse(path, (warehouse) => warehouse.run('delete from meta.construccion'));
}

async function withWarehouse<T>(path: string, work: (warehouse: Warehouse) => Promise<T>): Promise<T> {
  const warehouse = await openWarehouse(path);
  try {
    await warehouse.run(DDL);
    return await work(warehouse);
  } finally {
    warehouse.close();
  }
}
