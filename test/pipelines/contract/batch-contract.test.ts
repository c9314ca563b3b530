/**
 * A change built in batches of deliveries (orchestration/run/build-batches.ts) gives the tables one
 * build gives: the demo warehouse receives new deliveries of two sources, `retornados` only in the
 * last batch, with a new period. (incremental-contract.test.ts proves the same for a full refresh.)
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../../orchestration/run/run-report.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { demoEditionPaths, testTmpRoot } from '../../support/demo-edition.js';
import { differingTables } from '../../support/differing-tables.js';
import { loadAndBuild } from '../../support/load-and-build.js';

const root = join(testTmpRoot, 'test-tandas');
const landing = join(root, 'landing');
const warehouses = { batches: join(root, 'tandas', 'memoria.duckdb'), single: join(root, 'una', 'memoria.duckdb') };
const period = reportingPeriod('2023-07', '2024-04');
const reports: Record<string, RunReport> = {};

beforeAll(async () => {
  // The demo's landing and warehouse (built by the global setup), then April's deliveries and a correction of March.
  await rm(root, { recursive: true, force: true });
  await cp(demoEditionPaths.landing, landing, { recursive: true });
  for (const warehouse of Object.values(warehouses)) await cp(demoEditionPaths.warehouse, warehouse);
  const flujo = 'fecha,direccion,via,puesto,sexo,cantidad';
  await writeFile(join(landing, 'flujo', '2024-04-30_abril.csv'), `${flujo}\n2024-04-02,entrada,aerea,aies_soarg,F,100\n2024-04-02,salida,aerea,aies_soarg,M,90\n`);
  await writeFile(join(landing, 'flujo', '2024-05-02_correccion.csv'), `${flujo}\n2024-03-05,entrada,aerea,aies_soarg,F,7\n2024-04-03,entrada,terrestre,el_poy,M,50\n`);
  await writeFile(
    join(landing, 'retornados', '2024-04-30_abril.csv'),
    'id,fecha,via,sexo,edad,pais_procedencia\nRET-2024-90001,2024-04-10,aerea,F,30,USA\nRET-2024-90002,2024-04-11,terrestre,M,17,MEX\n',
  );
  reports.batches = await loadAndBuild(landing, warehouses.batches, period, 2);
  reports.single = await loadAndBuild(landing, warehouses.single, period);
});

describe('a change built in batches', () => {
  it('builds one batch per delivery here, and one build without batches', () => {
    expect(reports.batches.dbt).toMatchObject({ tandas: 3, alcance: 'solo lo que depende de flujo, retornados y del periodo, que cambió', pruebas_fallidas: 0 });
    expect(reports.single.dbt?.tandas).toBe(1);
  });

  it('leaves every intermediate, mart and quality table as one build does', async () => {
    expect(await differingTables(warehouses.batches, warehouses.single)).toEqual([]);
  });
});
