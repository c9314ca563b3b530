/**
 * When the audit finds a protected figure that anyone can recover from what is already published,
 * the run fails like an error-level dbt test: nothing is published, the warehouse's content stays
 * as it was and the previous edition byte for byte. The case: the demo edition was published with
 * threshold 5; a run with threshold 10 must suppress cells of 5 to 9 people that the first release
 * already published, which no suppression can take back.
 */
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../orchestration/run/progress.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { runEdition } from '../../orchestration/run/run-edition.js';
import type { RunReport } from '../../orchestration/run/run-report.js';
import { demoEditionPaths, testTmpRoot } from '../support/demo-edition.js';
import { folderFingerprint } from '../support/folder-fingerprint.js';

const root = join(testTmpRoot, 'test-audit-failure');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb') };

/** Returns the SHA-256 of every file under the warehouse folder and the edition. */
const fingerprint = () => folderFingerprint([join(paths.warehouse, '..'), paths.out]);

let before: Record<string, string>;
let report: RunReport;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await cp(demoEditionPaths.root, root, { recursive: true });
  before = await fingerprint();
  report = await runEdition({ ...paths, period: reportingPeriod('2023-06', '2024-03'), createdAt: '2024-05-02T12:00:00Z', privacyThreshold: 10 }, silentProgress);
});

describe('an audit failure publishes nothing', () => {
  it('fails the run and names a protected figure that earlier releases give away', () => {
    expect(report.resultado).toBe('fallido');
    expect(report.error).toMatch(/control de divulgación encontró \d+ cifras? suprimidas? que se podrían? deducir de lo publicado/);
    expect(report.error).toMatch(/por ejemplo [a-z]+\|\d{4}-\d{2}\.\.\d{4}-\d{2}\|/);
    expect(report.error).toMatch(/ediciones, versiones o respuestas anteriores ya las publicaron con el valor que ahora queda por debajo del umbral/);
    expect(report.error).toMatch(/ninguna supresión puede retirarlas/);
  });

  it("leaves the warehouse's content and the previous edition byte for byte as they were", async () => {
    expect(await fingerprint()).toEqual(before);
  });
});
