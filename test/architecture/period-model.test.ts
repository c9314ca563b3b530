/**
 * A change of period rebuilds only what lies downstream of PERIOD_MODEL
 * (orchestration/run/build-scope.ts). That is right only while no other model, macro or data test
 * reads the period itself, from dbt's vars or the environment variables `memoria run` sets (in SQL,
 * or in a YAML test's `where`): this test keeps it so.
 */
import { describe, expect, it } from 'vitest';
import { dbtProjectFiles, type DbtProjectFile } from '../support/dbt-project-files.js';
import { PERIOD_MODEL } from '../../orchestration/run/build-scope.js';

/** dbt's `var('desde')` / `var("hasta")` or `env_var('MEMORIA_DESDE')` / `env_var("MEMORIA_HASTA")`, with any spacing. */
const PERIOD_VAR = /\b(var\s*\(\s*['"](desde|hasta)|env_var\s*\(\s*['"]MEMORIA_(DESDE|HASTA))['"]/;

/** Returns the files of the dbt project, other than the period's model, that read a period var. */
function periodReaders(files: readonly DbtProjectFile[]): string[] {
  return files.filter(({ path, sql }) => !path.endsWith(`/${PERIOD_MODEL}.sql`) && PERIOD_VAR.test(sql)).map(({ path }) => path);
}

describe('the reporting period', () => {
  it(`is read by ${PERIOD_MODEL} alone in the dbt project's models, macros and data tests`, () => {
    const files = dbtProjectFiles(['models', 'macros', 'data_tests'], /\.(sql|ya?ml)$/);
    expect(files.some(({ path, sql }) => path.endsWith(`/${PERIOD_MODEL}.sql`) && PERIOD_VAR.test(sql))).toBe(true);
    expect(periodReaders(files)).toEqual([]);
  });

  it('flags any other file that reads it', () => {
    const other = { path: 'models/marts/x/otro.sql', sql: `select * from t where mes <= '{{ var( "hasta" ) }}'` };
    const fromEnvironment = { path: 'macros/otro.sql', sql: `{{ env_var( 'MEMORIA_DESDE', '2024-01') }}` };
    expect(periodReaders([other, fromEnvironment, { path: `models/intermediate/comun/${PERIOD_MODEL}.sql`, sql: "{{ var('desde') }}" }])).toEqual([other.path, fromEnvironment.path]);
  });
});
