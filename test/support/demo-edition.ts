import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../../pipelines/paths.js';
import { parseCsv } from '../../presentation/format/csv.js';

export { parseCsv };

/**
 * Scratch folder of the test suites: `.tmp/` in the checkout, or MEMORIA_TEST_TMP so that two test
 * runs on one machine (two worktrees, two engineers) do not overwrite each other's warehouses.
 */
export const testTmpRoot = process.env.MEMORIA_TEST_TMP ?? join(projectRoot, '.tmp');

/** Where the global setup builds the demo edition that several suites read. */
export const demoEditionPaths = {
  root: join(testTmpRoot, 'test-demo'),
  landing: join(testTmpRoot, 'test-demo', 'landing'),
  out: join(testTmpRoot, 'test-demo', 'edicion'),
  warehouse: join(testTmpRoot, 'test-demo', 'almacen', 'memoria.duckdb'),
};

/** Returns a published CSV of the demo edition as row objects (all values as text, as a journalist reads them). */
export async function readPublishedCsv(name: string): Promise<Record<string, string>[]> {
  const text = await readFile(join(demoEditionPaths.out, 'datos', `${name}.csv`), 'utf8');
  return parseCsv(text);
}
