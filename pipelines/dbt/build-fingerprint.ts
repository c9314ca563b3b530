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
  create table if not exists meta.construccion (huella varchar not null, construida_en timestamp not null);
  alter table meta.construccion add column if not exists periodo varchar;
  alter table meta.construccion add column if not exists ultima_entrega integer`;

/** What the last successful build of a warehouse was made from. */
export interface BuildRecord {
  /** Fingerprint of the dbt code and reference data. */
  readonly huella: string;
  /** The reporting period it was built for (`AAAA-MM..AAAA-MM`, dbt's vars); null before it was kept. */
  readonly periodo: string | null;
  /** The last delivery of raw.entregas it included; null before it was kept. */
  readonly ultima_entrega: number | null;
}

/**
 * Returns the record of the last build of the warehouse at `path`, or undefined (never built, or
 * built before fingerprints were kept). The warehouse must not be open elsewhere.
 */
export async function storedBuild(path: string): Promise<BuildRecord | undefined> {
  return withWarehouse(path, async (warehouse) => {
    const [row] = await warehouse.rows<BuildRecord>('select huella, periodo, ultima_entrega from meta.construccion');
    return row;
  });
}

/** Records that the warehouse at `path` was built by the dbt code with this fingerprint, for this period, up to this delivery. */
export async function saveBuild(path: string, build: BuildRecord): Promise<void> {
  await withWarehouse(path, async (warehouse) => {
    await warehouse.run('delete from meta.construccion');
    await warehouse.run("insert into meta.construccion (huella, construida_en, periodo, ultima_entrega) values (?, now() at time zone 'UTC', ?, ?)", [
      build.huella,
      build.periodo,
      build.ultima_entrega,
    ]);
  });
}

/**
 * Returns the sources that received deliveries after `delivery` (raw.entregas), and the last
 * delivery now in the warehouse (null when there is none).
 */
export async function deliveriesSince(path: string, delivery: number | null): Promise<{ sources: string[]; last: number | null }> {
  return withWarehouse(path, async (warehouse) => {
    const found = await warehouse.rows<{ n: number }>(`select count(*)::integer as n from information_schema.tables where table_schema = 'raw' and table_name = 'entregas'`);
    if (found[0].n === 0) return { sources: [], last: null };
    const sources = await warehouse.rows<{ fuente: string }>('select distinct fuente from raw.entregas where entrega_id > ? order by fuente', [delivery ?? -1]);
    const [last] = await warehouse.rows<{ ultima: number | null }>('select max(entrega_id)::integer as ultima from raw.entregas');
    return { sources: sources.map((row) => row.fuente), last: last.ultima };
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
