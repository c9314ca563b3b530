import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLanding } from '../../../pipelines/extract/extract-landing.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import type { RunReport } from '../../../orchestration/run/run-report.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { testTmpRoot } from '../../support/demo-edition.js';
import { startFromBaseWarehouse } from '../../support/base-warehouse.js';
import { differingTables } from '../../support/differing-tables.js';
import { loadAndBuild } from '../../support/load-and-build.js';

const root = join(testTmpRoot, 'test-incremental');
const landing = join(root, 'landing');
const period = reportingPeriod('2024-01', '2024-03');
// The last arrival comes with the next edition's period, as each monthly edition does: the build
// then covers the new deliveries and what depends on the period, and must still equal a rebuild.
const lastPeriod = reportingPeriod('2024-02', '2024-03');
const HEADER = 'id,fecha,direccion,via,puesto,sexo,cantidad';

/**
 * Deliveries of `flujo` in arrival order; each arrival is followed by an incremental run. Together
 * they exercise every rule of the landing contract across builds: corrections of old months (an id
 * moved to another month, a key-less day sent again as 0), day-vs-month switches both ways,
 * repeated ids, quarantined rows that must not remove earlier ones, a month left with no line
 * standing, a late file whose name sorts before one already processed, a month recomputed while
 * one of its replaced rows has its latest version in a month that is not (K1: January, then
 * February, then a new line in January), and a change of period.
 */
const ARRIVALS: ReadonlyArray<readonly [string, string[]]> = [
  [
    '2024-01-05_a.csv',
    [
      'D1,2023-12-20,entrada,aerea,aies_soarg,M,',
      'J1,2024-01-03,entrada,aerea,aies_soarg,F,',
      'J2,2024-01-04,salida,terrestre,el_poy,M,',
      'J2,2024-01-05,salida,terrestre,el_poy,F,',
      ',2024-01-06,entrada,terrestre,el_amatillo,M,7',
      ',2024-01-06,entrada,terrestre,el_amatillo,M,3',
      'J3,2024-01-07,entrada,submarina,el_poy,M,',
      ',2024-02-01,entrada,aerea,aies_soarg,F,8',
      ',2024-02-02,entrada,aerea,aies_soarg,F,9',
    ],
  ],
  [
    '2024-02-15_b.csv',
    [
      'D1,2024-03-02,entrada,aerea,aies_soarg,M,',
      'J1,2024-01-03,entrada,aerea,aies_soarg,M,',
      ',2024-01-06,entrada,terrestre,el_amatillo,M,0',
      'J2,2024-01-04,salida,terrestre,el_poy,H,',
      ',2024-02,entrada,aerea,aies_soarg,F,100',
      'K1,2024-01-08,entrada,aerea,aies_soarg,F,',
    ],
  ],
  ['2024-03-10_c.csv', [',2024-03,salida,terrestre,el_poy,M,50', 'M1,2024-03-04,entrada,aerea,ilopango,F,', 'M1,2024-03-05,entrada,aerea,ilopango,F,']],
  ['2024-03-01_tarde.csv', [',2024-03-05,salida,terrestre,el_poy,M,20', ',2024-03-06,salida,terrestre,el_poy,M,5', 'J1,2024-01-03,salida,aerea,aies_soarg,F,']],
  ['2024-03-20_d.csv', [',2024-03-05,salida,terrestre,el_poy,M,20', ',2024-03-06,salida,terrestre,el_poy,M,5', ',2024-02-03,entrada,aerea,aies_soarg,F,4']],
  ['2024-03-22_e.csv', ['K1,2024-02-08,entrada,aerea,aies_soarg,F,']],
  ['2024-03-25_f.csv', [',2024-01-09,salida,aerea,aies_soarg,M,4']],
];

/**
 * A delivery of another source with the first arrival: in the batched rebuild it falls in the
 * second of three batches, so the last batch, which builds what depends on its own deliveries'
 * sources, must leave what an earlier batch built for `retornados` complete and unfiltered.
 */
const RETORNADOS: readonly [string, string] = ['2024-01-05_r.csv', 'id,fecha,via,sexo,edad\nR1,2024-01-10,aerea,F,31\nR2,2024-01-11,terrestre,M,17\n'];

const warehouses = {
  incremental: join(root, 'incremental', 'memoria.duckdb'),
  full: join(root, 'completo', 'memoria.duckdb'),
  batches: join(root, 'tandas', 'memoria.duckdb'),
};
const fullLanding = join(root, 'landing-completo');
const lotes: number[] = [];
let batchesReport: RunReport;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(landing, 'flujo'), { recursive: true });
  // The incremental warehouse starts from the suites' base warehouse, built from an empty landing:
  // its first arrival is already an incremental build. The full rebuild and the batches start from nothing.
  await startFromBaseWarehouse(warehouses.incremental);
  await mkdir(join(fullLanding, 'flujo'), { recursive: true });
  for (const folder of [landing, fullLanding]) {
    await mkdir(join(folder, 'retornados'), { recursive: true });
    await writeFile(join(folder, 'retornados', RETORNADOS[0]), RETORNADOS[1]);
  }
  for (const [index, [name, rows]] of ARRIVALS.entries()) {
    await writeFile(join(landing, 'flujo', name), [HEADER, ...rows, ''].join('\n'));
    // The same arrivals, only extracted: the full rebuild below sees the same delivery ids.
    await writeFile(join(fullLanding, 'flujo', name), [HEADER, ...rows, ''].join('\n'));
    await extractLanding(fullLanding, warehouses.full, join(root, 'completo', 'entregas'));
    await loadAndBuild(landing, warehouses.incremental, index === ARRIVALS.length - 1 ? lastPeriod : period);
    const warehouse = await openWarehouse(warehouses.incremental, { readOnly: true });
    const [{ lote }] = await warehouse.rows<{ lote: number }>('select max(lote)::integer as lote from intermediate.int_flujo__corregidas');
    lotes.push(lote);
    warehouse.close();
  }
  // The same extracted deliveries, rebuilt in batches of at most 9 rows: flujo 9 | retornados 2, flujo 6 | flujo 3 3 3 | flujo 1 1 (build-batches.ts).
  await mkdir(join(root, 'tandas'), { recursive: true });
  await copyFile(warehouses.full, warehouses.batches);
  batchesReport = await loadAndBuild(fullLanding, warehouses.batches, lastPeriod, 9);
  await loadAndBuild(fullLanding, warehouses.full, lastPeriod);
});

describe('incremental builds', () => {
  it('process each arrival as a new build', () => {
    expect(lotes).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('give exactly the tables a full rebuild gives: corrections of old months, switches, repeated ids, quarantine, a late file, a new period', async () => {
    expect(await differingTables(warehouses.incremental, warehouses.full)).toEqual([]);
  });

  it('in batches of deliveries, each built as if it were all received so far, give exactly the tables a full rebuild gives', async () => {
    expect(batchesReport.dbt?.tandas).toBe(4);
    const warehouse = await openWarehouse(warehouses.batches, { readOnly: true });
    try {
      // The validation model appends each build's new deliveries with the build's number: one per batch.
      const built = await warehouse.rows<{ entrega_id: number; lote: number }>(
        'select distinct entrega_id::integer as entrega_id, lote::integer as lote from intermediate.int_flujo__validadas order by entrega_id',
      );
      expect(built.map((row) => row.lote)).toEqual([1, 2, 3, 3, 3, 4, 4]);
    } finally {
      warehouse.close();
    }
    expect(await differingTables(warehouses.batches, warehouses.full)).toEqual([]);
  });

  it('quarantine the later lines of an id repeated in its delivery, and only those', async () => {
    // int_flujo__corregidas looks for the first line only among the lines int_flujo__validadas
    // flagged (id_repetido_en_entrega): J2 twice in the first file, M1 twice in 2024-03-10_c.csv;
    // the key-less lines sent twice in the first file add up instead.
    const warehouse = await openWarehouse(warehouses.full, { readOnly: true });
    try {
      const repeated = await warehouse.rows(
        `select entregas.archivo, corregidas.linea::integer as linea, corregidas.id, corregidas.primera_linea_id::integer as primera_linea_id
         from intermediate.int_flujo__corregidas as corregidas
         join intermediate.int_entregas__ordenadas as entregas on corregidas.entrega_id = entregas.entrega_id
         where corregidas.estado = 'id_repetido' order by all`,
      );
      expect(repeated).toEqual([
        { archivo: '2024-01-05_a.csv', linea: 5, id: 'J2', primera_linea_id: 4 },
        { archivo: '2024-03-10_c.csv', linea: 4, id: 'M1', primera_linea_id: 3 },
      ]);
      const quarantined = await warehouse.rows<{ motivo: string }>(`select motivo from calidad.cuarentena where fuente = 'flujo' and motivo like 'id repetido%' order by archivo, linea`);
      expect(quarantined.map((row) => row.motivo)).toEqual([
        'id repetido en la misma entrega: «J2» (cuenta solo la primera fila con este id, la línea 4)',
        'id repetido en la misma entrega: «M1» (cuenta solo la primera fila con este id, la línea 3)',
      ]);
    } finally {
      warehouse.close();
    }
  });

  it('empty a month whose only line moved to another month', async () => {
    const warehouse = await openWarehouse(warehouses.incremental, { readOnly: true });
    try {
      for (const mart of ['flujo_mensual', 'flujo_dia_semana']) expect(await warehouse.rows(`select mes from marts.${mart} where mes = '2023-12'`), mart).toEqual([]);
      for (const model of ['int_flujo__mensual', 'int_flujo__dia_semana']) {
        expect(await warehouse.rows(`select count(*)::integer as n from intermediate.${model} where cantidad is null`), model).toEqual([{ n: 0 }]);
      }
    } finally {
      warehouse.close();
    }
  });
});
