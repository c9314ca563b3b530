import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { runEdition } from '../../../orchestration/run/run-edition.js';
import type { RunReport } from '../../../orchestration/run/run-report.js';
import { openWarehouse, type Warehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { testTmpRoot } from '../../support/demo-edition.js';
import { writeContractLanding, writeRejectedDeliveries } from './contract-fixture.js';
import { folderFingerprint } from '../../support/folder-fingerprint.js';
import { startFromBaseWarehouse } from '../../support/base-warehouse.js';

const root = join(testTmpRoot, 'test-contract');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb') };
const period = reportingPeriod('2024-01', '2024-03');
const edition = () => runEdition({ ...paths, period, createdAt: '2024-04-01T00:00:00Z' }, silentProgress);

let report: RunReport;
let warehouse: Warehouse;
const rows = <T = Record<string, unknown>>(sql: string) => warehouse.rows<T>(sql);
const quarantine = (fuente: string) =>
  rows<{ archivo: string; linea: number; motivo: string }>(`select archivo, linea, motivo from calidad.cuarentena where fuente = '${fuente}' order by archivo, linea`);
const flujo = () =>
  rows<{ mes: string; direccion: string; sexo: string; cantidad: number }>('select mes, direccion, sexo, cantidad::integer as cantidad from marts.flujo_mensual order by mes, direccion, sexo');

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await writeContractLanding(paths.landing);
  await startFromBaseWarehouse(paths.warehouse);
  report = await edition();
  if (report.resultado !== 'correcto') throw new Error(`${report.error}\n${JSON.stringify(report.dbt?.fallos, null, 2)}`);
  warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
});
afterAll(() => warehouse?.close());

describe('files', () => {
  it('reads UTF-8 with and without BOM and Windows-1252, delimited by `,` or `;`', () => {
    const read = (archivo: string) => report.entregas.find((delivery) => delivery.archivo === archivo);
    expect([read('2024-01-10_a.csv')?.codificacion, read('2024-01-10_a.csv')?.delimitador]).toEqual(['utf-8', ',']);
    expect([read('2024-02-01_b.csv')?.codificacion, read('2024-02-01_b.csv')?.delimitador]).toEqual(['utf-8', ';']);
    expect([read('2024-01-31_dias.csv')?.codificacion, read('2024-01-31_dias.csv')?.delimitador]).toEqual(['windows-1252', ';']);
    expect([read('2024-03-10_mes.csv')?.codificacion, read('2024-03-10_mes.csv')?.delimitador]).toEqual(['windows-1252', ',']);
  });

  it('reports and skips files that are not .csv or .xlsx', () => {
    expect(report.archivos_omitidos).toEqual([{ fuente: 'pasaportes', archivo: 'LEEME.txt', motivo: expect.stringContaining('no es .csv') }]);
  });

  it('counts lines with the header as line 1, skipping blank lines, across quoted newlines', async () => {
    const lines = await rows<{ id: string; linea: number }>(`select id, linea from raw.pasaportes where entrega_id = 1 order by linea`);
    expect(lines).toEqual([
      { id: 'P1', linea: 2 },
      { id: 'P2', linea: 4 },
      { id: 'P2', linea: 6 },
      { id: 'P3', linea: 7 },
      { id: 'P4', linea: 8 },
      { id: 'P5', linea: 9 },
    ]);
    expect(await rows(`select linea, contenido from raw.filas_malformadas`)).toEqual([{ linea: 10, contenido: '2024-01-09,consulado,los_angeles,F' }]);
  });

  it('uses sheet row numbers as line numbers for XLSX deliveries and reads date cells as days', async () => {
    expect(await rows(`select linea, fecha, cantidad from raw.flujo r join raw.entregas e using (entrega_id) where e.formato = 'xlsx' order by linea`)).toEqual([
      { linea: 2, fecha: '2024-03-05', cantidad: '20' },
      { linea: 4, fecha: '2024-03-06', cantidad: '5' },
    ]);
  });

  it('keeps unknown extra columns in the raw layer only', async () => {
    expect(await rows(`select extras from raw.pasaportes where id = 'P2' and linea = 4`)).toEqual([{ extras: '{"observacion":"dos\\nlíneas"}' }]);
    const published = await readFile(join(paths.out, 'datos', 'pasaportes_mensual.csv'), 'utf8');
    expect(published.split('\n')[0]).not.toContain('observacion');
  });

  it('archives every delivery as received and treats the same content delivered twice as already loaded', async () => {
    const second = report.entregas.find((delivery) => delivery.archivo === '2024-02-02_b_otra_vez.csv');
    expect(second?.estado).toBe('ya_cargada');
    const archived = await rows<{ archivo_guardado: string; sha256: string }>(`select archivo_guardado, sha256 from raw.entregas order by entrega_id`);
    for (const file of archived) {
      const bytes = await readFile(join(paths.warehouse, '..', 'entregas', file.archivo_guardado));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
  });
});

describe('rows', () => {
  it('folds header names and code values (Trámite, Oficina Tipo, Aérea, Santa Ana) and upper-cases ISO codes', async () => {
    expect(await rows(`select mes, oficina_tipo, oficina, sexo, tramite, cantidad::integer as cantidad from marts.pasaportes_mensual order by all`)).toEqual([
      { mes: '2024-01', oficina_tipo: 'consulado', oficina: 'los_angeles', sexo: 'F', tramite: 'revalidacion', cantidad: 1 },
      { mes: '2024-01', oficina_tipo: 'sucursal', oficina: 'central', sexo: 'F', tramite: 'renovacion', cantidad: 1 },
      { mes: '2024-01', oficina_tipo: 'sucursal', oficina: 'central', sexo: 'F', tramite: null, cantidad: 1 },
      { mes: '2024-01', oficina_tipo: 'sucursal', oficina: 'nueva_sucursal', sexo: 'M', tramite: 'renovacion', cantidad: 1 },
      { mes: '2024-01', oficina_tipo: 'sucursal', oficina: 'santa_ana', sexo: 'M', tramite: null, cantidad: 1 },
    ]);
    expect(await rows(`select distinct nacionalidad from marts.residencias_mensual order by 1`)).toEqual([{ nacionalidad: 'GTM' }, { nacionalidad: 'XYZ' }]);
  });

  it('accepts YYYY-MM-DD, YYYY-MM and DD/MM/YYYY and quarantines impossible dates', async () => {
    expect((await quarantine('pasaportes')).filter((row) => row.linea === 4 && row.archivo === '2024-02-01_b.csv')).toEqual([
      { archivo: '2024-02-01_b.csv', linea: 4, motivo: expect.stringContaining('2024-02-30') },
    ]);
  });

  it('defaults an empty cantidad to 1 and quarantines negative and fractional counts', async () => {
    const bad = (await quarantine('flujo')).filter((row) => row.archivo === '2024-01-31_dias.csv').map((row) => row.linea);
    expect(bad).toEqual([5, 6, 8]);
    expect((await flujo()).find((row) => row.mes === '2024-01' && row.direccion === 'salida')).toEqual({ mes: '2024-01', direccion: 'salida', sexo: 'F', cantidad: 1 });
  });

  it('quarantines values outside a closed list with the value in the reason', async () => {
    const [row] = (await quarantine('flujo')).filter((candidate) => candidate.linea === 8 && candidate.archivo === '2024-01-31_dias.csv');
    expect(row.motivo).toMatch(/submarina/i);
    expect((await quarantine('residencias')).map((candidate) => candidate.linea)).toEqual([4]);
  });

  it('accepts unknown codes of open lists and reports them', () => {
    expect(report.codigos_desconocidos).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fuente: 'pasaportes', columna: 'oficina', codigo: 'nueva_sucursal', filas: 1 }),
        expect.objectContaining({ fuente: 'residencias', columna: 'nacionalidad', codigo: 'XYZ', filas: 1 }),
      ]),
    );
  });

  it('maps sexo synonyms (mujer, femenino, masculino) and rejects a lone H', async () => {
    const [row] = (await quarantine('pasaportes')).filter((candidate) => candidate.linea === 7);
    expect(row.motivo).toMatch(/sexo/);
    expect(await rows(`select sexo, count(*)::integer as n from marts.residencias_mensual group by all order by all`)).toEqual([
      { sexo: 'F', n: 1 },
      { sexo: 'M', n: 1 },
    ]);
  });

  it('quarantines a repeated id within one delivery and keeps the first row', async () => {
    const [row] = (await quarantine('pasaportes')).filter((candidate) => candidate.linea === 6);
    expect(row.motivo).toMatch(/4/);
  });

  it('quarantines rows with a different number of columns than the header', async () => {
    const [row] = (await quarantine('pasaportes')).filter((candidate) => candidate.linea === 10);
    expect(row.motivo).toMatch(/columnas/);
  });
});

describe('keys and corrections', () => {
  it('replaces a record by a later delivery with the same id', async () => {
    const central = await rows(`select sexo, sum(cantidad)::integer as n from marts.pasaportes_mensual where oficina = 'central' group by all order by all`);
    expect(central).toEqual([{ sexo: 'F', n: 2 }]);
  });

  it('adds up key-less rows with the same key within one delivery, and a later 0 removes a day', async () => {
    expect((await flujo()).find((row) => row.mes === '2024-01' && row.direccion === 'entrada')?.cantidad).toBe(15);
  });

  it('does not let a quarantined row remove the earlier row with its key', async () => {
    expect((await quarantine('flujo')).filter((row) => row.archivo === '2024-02-15_correccion.csv').map((row) => row.linea)).toEqual([3]);
    expect((await flujo()).find((row) => row.mes === '2024-01' && row.direccion === 'entrada')?.cantidad).toBe(15);
  });

  it('switches between day and month rows by the later delivery, both ways, never double counting, and reports it', async () => {
    const months = await flujo();
    expect(months.find((row) => row.mes === '2024-02')?.cantidad).toBe(100);
    expect(months.find((row) => row.mes === '2024-03')?.cantidad).toBe(25);
    expect(report.cambios_granularidad.map((change) => [change.fuente, change.mes.slice(0, 7), change.granularidad_vigente])).toEqual([
      ['flujo', '2024-02', 'mes'],
      ['flujo', '2024-03', 'dia'],
    ]);
  });
});

describe('amounts', () => {
  it('reads monto with thousands separators and quarantines malformed amounts', async () => {
    expect((await quarantine('presupuesto')).map((row) => row.linea)).toEqual([4, 5]);
    expect(
      await rows(`select fondo, ejercicio::varchar as ejercicio, desde, hasta, aprobado::varchar as aprobado, modificado::varchar as modificado,
        modificaciones::varchar as modificaciones, devengado::varchar as devengado, pct_devengado::varchar as pct
      from marts.presupuesto_periodo order by all`),
    ).toEqual([
      { fondo: 'fae', ejercicio: '2024', desde: '2024-01', hasta: '2024-03', aprobado: '2000.50', modificado: '1200.00', modificaciones: '200.00', devengado: '500.25', pct: '22.73' },
      // One row per fondo and fiscal year (outputs.md): a fund with nothing valid sent is there, with empty figures.
      { fondo: 'goes', ejercicio: '2024', desde: '2024-01', hasta: '2024-03', aprobado: null, modificado: null, modificaciones: null, devengado: null, pct: null },
    ]);
  });

  it('treats `Año` as anio', async () => {
    expect(await rows(`select indicador, anio, valor from raw.pni`)).toEqual([{ indicador: '5.5.2.a', anio: '2024', valor: '120' }]);
  });
});

describe('a rejected file', () => {
  it("fails the run, names the file and the reason, and leaves the warehouse's content and the previous edition byte-for-byte unchanged", async () => {
    warehouse.close();
    const before = await fingerprint();
    await writeRejectedDeliveries(paths.landing);
    const failed = await edition();
    expect(failed.resultado).toBe('fallido');
    const rejected = failed.entregas.filter((delivery) => delivery.estado === 'rechazada');
    expect(rejected.map((delivery) => [delivery.archivo, delivery.motivo])).toEqual([
      ['2024-03-31_rota.csv', expect.stringContaining('comilla')],
      ['2024-03-31_sin_tramite.csv', expect.stringContaining('faltan columnas obligatorias: tramite')],
    ]);
    expect(await fingerprint()).toEqual(before);
    warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
  });
});

describe('a failing dbt test', () => {
  it('at error level stops the run: nothing is published and the warehouse stays as it was', async () => {
    warehouse.close();
    await rm(join(paths.landing, 'nacionalidad'), { recursive: true, force: true });
    await rm(join(paths.landing, 'visas'), { recursive: true, force: true });
    // A raw row that points to no delivery breaks the raw layer's relationship test (severity error).
    const tampered = await openWarehouse(paths.warehouse);
    await tampered.run(`insert into raw.flujo (entrega_id, linea, fecha, direccion, via, puesto, sexo) values (999, 2, '2024-01-01', 'entrada', 'aerea', 'ilopango', 'M')`);
    tampered.close();
    const before = await fingerprint();
    const failed = await edition();
    expect(failed.resultado).toBe('fallido');
    expect(failed.error).toMatch(/dbt build falló/);
    expect(failed.dbt?.fallos).toEqual(expect.arrayContaining([expect.objectContaining({ estado: 'fail', nodo: expect.stringContaining('relationships') })]));
    expect(await fingerprint()).toEqual(before);
    warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
  });
});

/** Returns the SHA-256 of every file under the warehouse folder and the edition. */
const fingerprint = () => folderFingerprint([join(paths.warehouse, '..'), paths.out]);
