import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { landingSources } from '../../../pipelines/contract/landing-sources.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { rawSchemaDdl } from '../../../pipelines/warehouse/raw-schema.js';

interface SourcesYml {
  sources?: { name: string; tables: { name: string; columns?: { name: string }[] }[] }[];
}

/** Returns every raw table declared in models/staging/**\/_*__sources.yml with its documented columns. */
async function declaredRawTables(): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  const dir = join(projectRoot, 'models', 'staging');
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/__sources\.yml$/.test(entry.name)) continue;
    const yml = parse(await readFile(join(entry.parentPath, entry.name), 'utf8')) as SourcesYml;
    for (const source of yml.sources ?? []) {
      if (source.name !== 'raw') continue;
      for (const table of source.tables)
        tables.set(
          table.name,
          (table.columns ?? []).map((column) => column.name),
        );
    }
  }
  return tables;
}

describe('the landing contract in TypeScript and in dbt agree', () => {
  it('declares every raw table the extractor creates as a dbt source, with the same columns', async () => {
    const declared = await declaredRawTables();
    for (const source of landingSources) {
      expect(declared.has(source.name), `source raw.${source.name}`).toBe(true);
      const expected = ['entrega_id', 'linea', ...source.columns.map((column) => column.name), 'extras'];
      expect(new Set(declared.get(source.name)), source.name).toEqual(new Set(expected));
    }
  });

  it('creates one raw table per source plus the deliveries and malformed-row tables', () => {
    const ddl = rawSchemaDdl();
    for (const table of ['entregas', 'filas_malformadas', ...landingSources.map((source) => source.name)]) {
      expect(ddl).toContain(`create table if not exists raw.${table === 'entregas' || table === 'filas_malformadas' ? table : `"${table}"`}`);
    }
  });
});
