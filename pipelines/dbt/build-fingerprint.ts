import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { hashFileTree } from '../files/file-tree-hash.js';
import { projectRoot } from '../paths.js';
import { openWarehouse, sqlIdentifier, type Warehouse } from '../warehouse/warehouse-connection.js';

/** What dbt builds from: a change to any of these can change rows an incremental model already holds. */
const DBT_CODE = ['dbt_project.yml', 'models', 'macros', 'seeds', 'data_tests'];

/** Returns the SHA-256 of the project's dbt code and reference data (paths and contents, in a fixed order). */
export async function dbtCodeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of DBT_CODE) await hashFileTree(hash, join(projectRoot, entry), projectRoot, 'contents');
  return hash.digest('hex');
}

const DDL = `create schema if not exists meta;
  create table if not exists meta.construccion (huella varchar not null, construida_en timestamp not null);
  alter table meta.construccion add column if not exists periodo varchar;
  alter table meta.construccion add column if not exists crudo varchar;
  alter table meta.construccion add column if not exists ultima_entrega integer`;

/** What the last successful build of a warehouse was made from. */
export interface BuildRecord {
  /** Fingerprint of the dbt code and reference data. */
  readonly huella: string;
  /** The reporting period it was built for (`AAAA-MM..AAAA-MM`, dbt's vars); null before it was kept. */
  readonly periodo: string | null;
  /** The raw layer it was built from, source by source (readRawState); null before it was kept. */
  readonly crudo: RawState | null;
  /** The highest delivery id it included (raw.entregas); null before it was kept. */
  readonly ultimaEntrega: number | null;
}

/** A summary of each source's raw rows and deliveries: a source whose summary changed has something to build. */
export type RawState = Readonly<Record<string, string>>;

/**
 * Returns the record of the last build of the warehouse at `path` (undefined: never built, or built
 * before fingerprints were kept), its raw layer now (readRawState) and its deliveries in load order,
 * read in one open. The warehouse must not be open elsewhere.
 */
export async function storedBuildAndRaw(path: string, sources: readonly string[]): Promise<{ previous?: BuildRecord; raw: RawState; deliveries: LoadedDelivery[] }> {
  return withWarehouse(path, async (warehouse) => {
    const [row] = await warehouse.rows<{ huella: string; periodo: string | null; crudo: string | null; ultima_entrega: number | null }>(
      'select huella, periodo, crudo, ultima_entrega from meta.construccion',
    );
    const previous = row && {
      huella: row.huella,
      periodo: row.periodo,
      crudo: row.crudo === null ? null : (JSON.parse(row.crudo) as RawState),
      ultimaEntrega: row.ultima_entrega,
    };
    return { previous, raw: await readRawState(warehouse, sources), deliveries: await readDeliveries(warehouse) };
  });
}

/** Records that the warehouse at `path` was built by the dbt code with this fingerprint, for this period, from this raw layer. */
export async function saveBuild(path: string, build: BuildRecord): Promise<void> {
  await withWarehouse(path, async (warehouse) => {
    await warehouse.run('delete from meta.construccion');
    await warehouse.run("insert into meta.construccion (huella, construida_en, periodo, crudo, ultima_entrega) values (?, now() at time zone 'UTC', ?, ?, ?)", [
      build.huella,
      build.periodo,
      build.crudo === null ? null : JSON.stringify(build.crudo),
      build.ultimaEntrega,
    ]);
  });
}

/**
 * Each landing source's raw layer in short: its rows in raw.<source> and its deliveries in
 * raw.entregas (how many, the last one). Deliveries arrive only through extraction, but a summary
 * also notices rows that reached the raw layer any other way, so a build runs and its tests see them
 * (those tests check the delivery ids the last build did not include: macros/pruebas/entregas_nuevas.sql).
 */
export async function readRawState(warehouse: Warehouse, sources: readonly string[]): Promise<RawState> {
  const tables = new Set((await warehouse.rows<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = 'raw'`)).map((row) => row.name));
  const state: Record<string, string> = {};
  const deliveries = new Map<string, string>();
  if (tables.has('entregas')) {
    for (const row of await warehouse.rows<{ fuente: string; n: number; ultima: number }>(
      'select fuente, count(*)::integer as n, max(entrega_id)::integer as ultima from raw.entregas group by fuente',
    )) {
      deliveries.set(row.fuente, `${row.n}/${row.ultima}`);
    }
  }
  for (const source of sources) {
    if (!tables.has(source)) continue;
    const [{ n }] = await warehouse.rows<{ n: number }>(`select count(*)::integer as n from raw.${sqlIdentifier(source)}`);
    state[source] = `${n} filas, entregas ${deliveries.get(source) ?? '0'}`;
  }
  return state;
}

/** A delivery in raw.entregas: its id (load order), its source and its rows. */
export interface LoadedDelivery {
  readonly entregaId: number;
  readonly fuente: string;
  readonly filas: number;
}

/** Returns every delivery of the raw layer, in load order. */
async function readDeliveries(warehouse: Warehouse): Promise<LoadedDelivery[]> {
  const tables = await warehouse.rows(`select 1 from information_schema.tables where table_schema = 'raw' and table_name = 'entregas'`);
  if (!tables.length) return [];
  return warehouse.rows<LoadedDelivery>('select entrega_id::integer as "entregaId", fuente, filas::integer as filas from raw.entregas order by entrega_id');
}

/** Returns the sources whose raw layer differs between two states, in name order. */
export function changedSources(before: RawState, after: RawState): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((source) => before[source] !== after[source]).sort();
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
