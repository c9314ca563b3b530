/**
 * A build in batches (orchestration/run/build-batches.ts) shows each batch only the deliveries up to
 * its last one. That holds only while every read of the raw layer in the dbt project goes through
 * solo_entregas_de_la_tanda(): this test keeps it so.
 */
import { describe, expect, it } from 'vitest';
import { dbtProjectFiles, type DbtProjectFile } from '../support/dbt-project-files.js';

/** Returns the raw reads (`source('raw', …)`) that are not followed by the batch's filter, as `file: read`. */
function unfilteredRawReads(files: readonly DbtProjectFile[]): string[] {
  return files.flatMap(({ path, sql }) =>
    [...sql.matchAll(/\{\{\s*source\(\s*['"]raw['"]\s*,\s*([^)]*)\)\s*\}\}(\s*\{\{-?\s*solo_entregas_de_la_tanda\(\)\s*\}\})?/g)].filter((match) => !match[2]).map((match) => `${path}: ${match[1]}`),
  );
}

describe('the raw layer', () => {
  it('is read by the dbt project only through the batch filter', () => {
    const files = dbtProjectFiles(['models', 'macros'], /\.sql$/);
    // Every source's staging, the deliveries' register and the malformed lines.
    expect(files.filter(({ sql }) => /source\(\s*['"]raw['"]/.test(sql)).length).toBeGreaterThanOrEqual(10);
    expect(unfilteredRawReads(files)).toEqual([]);
  });

  it('flags a read without it', () => {
    const filtered = "select * from {{ source('raw', 'flujo') }}\n    {{- solo_entregas_de_la_tanda() }}";
    const unfiltered = "select * from {{ source('raw', 'pni') }}\nwhere true";
    expect(
      unfilteredRawReads([
        { path: 'a.sql', sql: filtered },
        { path: 'b.sql', sql: unfiltered },
      ]),
    ).toEqual(["b.sql: 'pni'"]);
  });
});
