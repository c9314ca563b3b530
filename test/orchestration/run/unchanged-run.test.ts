/**
 * A run with nothing new (issue #17): the published edition records the fingerprint of what it was
 * made from; a run whose inputs give the same fingerprint leaves warehouse data and edition as they
 * are, logs itself and ends in seconds, and any change of landing, editorial folder, options or
 * warehouse state makes a real run.
 */
import { cp, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FILE, runEdition } from '../../../orchestration/run/run-edition.js';
import { runInputsFingerprint, type RunInputs } from '../../../orchestration/run/run-inputs.js';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { folderFingerprint } from '../../support/folder-fingerprint.js';
import { demoEditionPaths, testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-unchanged-run');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb'), editorial: join(root, 'editorial') };
const period = reportingPeriod('2023-06', '2024-03');
const inputs = (changes: Partial<RunInputs> = {}): RunInputs => ({ landing: paths.landing, period, editorialDir: paths.editorial, privacyThreshold: 5, createdAt: '2024-04-15T12:00:00Z', ...changes });
const request = { landing: paths.landing, out: paths.out, warehouse: paths.warehouse, period, editorialDir: paths.editorial, createdAt: '2024-04-15T12:00:00Z' };

async function runLogEntries(): Promise<number> {
  const warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
  try {
    return (await warehouse.rows<{ n: number }>('select count(*)::integer as n from registro.ejecuciones'))[0].n;
  } finally {
    warehouse.close();
  }
}

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(demoEditionPaths.landing, paths.landing, { recursive: true });
  await cp(demoEditionPaths.out, paths.out, { recursive: true });
  await cp(join(demoEditionPaths.warehouse, '..'), join(paths.warehouse, '..'), { recursive: true });
  await cp(join(projectRoot, 'ediciones', '2023-06_2024-03'), paths.editorial, { recursive: true });
  // The copy stands for an edition published from these very inputs: its report records their fingerprint.
  const report = JSON.parse(await readFile(join(paths.out, REPORT_FILE), 'utf8'));
  await writeFile(join(paths.out, REPORT_FILE), JSON.stringify({ ...report, huella_entradas: await runInputsFingerprint(inputs(), paths.warehouse) }, null, 2));
});

describe('a run with nothing new', () => {
  it('the demo edition records the fingerprint its inputs still give: running it again would change nothing', async () => {
    const published = JSON.parse(await readFile(join(demoEditionPaths.out, REPORT_FILE), 'utf8'));
    const demo = { landing: demoEditionPaths.landing, period, editorialDir: join(projectRoot, 'ediciones', '2023-06_2024-03'), privacyThreshold: 5, createdAt: '2024-04-15T12:00:00Z' };
    expect(published.huella_entradas).toMatch(/^[0-9a-f]{64}$/);
    expect(await runInputsFingerprint(demo, demoEditionPaths.warehouse)).toBe(published.huella_entradas);
  });

  it('leaves the edition as it is, builds nothing and logs the run', async () => {
    const before = await folderFingerprint([paths.out]);
    const logged = await runLogEntries();
    const report = await runEdition(request, silentProgress);
    expect(report).toMatchObject({ resultado: 'correcto', sin_novedades: { edicion_publicada: expect.any(String) } });
    expect(report.dbt).toBeUndefined();
    expect(report.pasos.map((step) => step.paso)).toEqual(['comprobación de novedades']);
    expect(await folderFingerprint([paths.out])).toEqual(before);
    expect(await runLogEntries()).toBe(logged + 1);
  });

  it('any change of what an edition is made from changes the fingerprint (a real run follows)', async () => {
    const unchanged = await runInputsFingerprint(inputs(), paths.warehouse);
    expect(await runInputsFingerprint(inputs({ period: reportingPeriod('2023-07', '2024-03') }), paths.warehouse)).not.toBe(unchanged);
    expect(await runInputsFingerprint(inputs({ privacyThreshold: 6 }), paths.warehouse)).not.toBe(unchanged);
    expect(await runInputsFingerprint(inputs({ publicationDate: '2024-05-02' }), paths.warehouse)).not.toBe(unchanged);

    const editorial = join(paths.editorial, 'edicion.yml');
    const text = await readFile(editorial, 'utf8');
    await writeFile(editorial, `${text}\n# revisado\n`);
    expect(await runInputsFingerprint(inputs(), paths.warehouse)).not.toBe(unchanged);
    await writeFile(editorial, text);

    // A delivery rewritten in place with its old modification time still changes its signature (ctime).
    const delivery = join(paths.landing, 'flujo', (await readdir(join(paths.landing, 'flujo'))).sort()[0]);
    const bytes = await readFile(delivery);
    await writeFile(delivery, bytes);
    await utimes(delivery, new Date('2024-01-01'), new Date('2024-01-01'));
    const touched = await runInputsFingerprint(inputs(), paths.warehouse);
    expect(touched).not.toBe(unchanged);

    // An answer to an information request changes what the next edition must be protected against.
    const warehouse = await openWarehouse(paths.warehouse);
    try {
      await warehouse.run('create schema if not exists registro');
      await warehouse.run('create table if not exists registro.consultas (numero integer)');
      await warehouse.run('insert into registro.consultas values (1)');
    } finally {
      warehouse.close();
    }
    const answered = await runInputsFingerprint(inputs(), paths.warehouse);
    expect(answered).not.toBe(touched);

    // A row that reached the raw layer without a delivery: the build must run (and test) it.
    const tampered = await openWarehouse(paths.warehouse);
    try {
      await tampered.run(`insert into raw.flujo (entrega_id, linea, fecha, direccion, via, puesto, sexo) values (999, 2, '2024-01-01', 'entrada', 'aerea', 'ilopango', 'M')`);
    } finally {
      tampered.close();
    }
    expect(await runInputsFingerprint(inputs(), paths.warehouse)).not.toBe(answered);
  });
});
