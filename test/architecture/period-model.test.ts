/**
 * A change of period rebuilds only what lies downstream of PERIOD_MODEL (orchestration/run/build-scope.ts). That is right only while no other model, macro or data test
 * reads dbt's period vars itself: this test keeps it so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERIOD_MODEL } from '../../orchestration/run/build-scope.js';
import { projectRoot } from '../../pipelines/paths.js';

/** dbt's `var('desde')` / `var("hasta")`, with any spacing. */
const PERIOD_VAR = /\bvar\s*\(\s*['"](desde|hasta)['"]/;

/** Returns the files of the dbt project, other than the period's model, that read a period var. */
function periodReaders(files: ReadonlyArray<{ path: string; sql: string }>): string[] {
  return files.filter(({ path, sql }) => !path.endsWith(`/${PERIOD_MODEL}.sql`) && PERIOD_VAR.test(sql)).map(({ path }) => path);
}

/** The dbt project's SQL and YAML (a test's `where` could read a var too). */
function dbtFiles(): Array<{ path: string; sql: string }> {
  return ['models', 'macros', 'data_tests'].flatMap((folder) =>
    readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(sql|ya?ml)$/.test(entry.name))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path: relative(projectRoot, path), sql: readFileSync(path, 'utf8') };
      }),
  );
}

describe('the reporting period', () => {
  it(`is read by ${PERIOD_MODEL} alone in the dbt project's models, macros and data tests`, () => {
    const files = dbtFiles();
    expect(files.some(({ path, sql }) => path.endsWith(`/${PERIOD_MODEL}.sql`) && PERIOD_VAR.test(sql))).toBe(true);
    expect(periodReaders(files)).toEqual([]);
  });

  it('flags any other file that reads it', () => {
    const other = { path: 'models/marts/x/otro.sql', sql: `select * from t where mes <= '{{ var( "hasta" ) }}'` };
    expect(periodReaders([other, { path: `models/intermediate/comun/${PERIOD_MODEL}.sql`, sql: "{{ var('desde') }}" }])).toEqual([other.path]);
  });
});
