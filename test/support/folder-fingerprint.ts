import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * Returns a fingerprint of every file under the given folders (to prove a failed run changed nothing):
 * the SHA-256 of its bytes, and for a DuckDB file the SHA-256 of its content (fileFingerprint).
 */
export async function folderFingerprint(dirs: readonly string[]): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      hashes[path] = await fileFingerprint(path);
    }
  }
  return hashes;
}

/**
 * Returns the SHA-256 of a file's bytes; for a DuckDB warehouse, of what it holds as committed: its
 * catalog and every table's rows. A run writes the warehouse in place and a rollback gives back its
 * content, not its bytes (blocks the committed file does not use may have been written). The file is
 * read alone, without a write-ahead log beside it: what a killed run left there is not committed.
 */
export async function fileFingerprint(path: string): Promise<string> {
  if (!path.endsWith('.duckdb')) {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  const copy = join(tmpdir(), `huella-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.duckdb`);
  await copyFile(path, copy);
  const instance = await DuckDBInstance.create(copy, { access_mode: 'READ_ONLY', threads: '2' });
  const connection = await instance.connect();
  try {
    const hash = createHash('sha256');
    const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRows().map((row) => row.map(String).join('\t'));
    for (const line of await read(`select schema_name, table_name, sql from duckdb_tables() order by all`)) hash.update(line + '\n');
    for (const line of await read(`select schema_name, view_name, sql from duckdb_views() where not internal order by all`)) hash.update(line + '\n');
    for (const [schema, table] of (await connection.runAndReadAll(`select schema_name, table_name from duckdb_tables() order by all`)).getRows()) {
      for (const line of await read(`select count(*), sum(hash(t)) from "${schema}"."${table}" t`)) hash.update(`${schema}.${table}\t${line}\n`);
    }
    return `contenido:${hash.digest('hex')}`;
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(copy, { force: true });
  }
}
