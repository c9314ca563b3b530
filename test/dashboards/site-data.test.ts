import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetExecution } from '../../dashboards/site/data/budget-execution.js';
import { CountCube } from '../../dashboards/site/data/count-cube.js';
import { monthsOf } from '../../dashboards/site/data/period-months.js';
import { PublishedData } from '../../dashboards/build/published-data-reader.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths, readPublishedCsv } from '../support/demo-edition.js';
import { readSiteData, siteDir } from './support.js';

const data = await readSiteData();
const period = { desde: data.edicion.desde, hasta: data.edicion.hasta };
const cube = (name: string) => new CountCube(data.cubos[name]);

describe('tablero/datos.js of the demo edition: only what the open-data release publishes', () => {
  it('keeps every suppressed cell of a protected dataset suppressed after rolling it up, and never turns one into 0', async () => {
    const protectedCubes = [
      ['retornados', 'retornados_ruta_mensual', ['via', 'sexo']],
      ['derivaciones', 'derivaciones_mensual', ['institucion', 'sexo']],
      ['residencias', 'residencias_calidad_mensual', ['calidad', 'sexo']],
      ['medidas_protegidas', 'medidas_protegidas_mensual', ['medida']],
    ] as const;
    for (const [name, dataset, dims] of protectedCubes) {
      const published = await readPublishedCsv(dataset);
      const encoded = data.cubos[name];
      expect(encoded.protegido, name).toBe(true);
      const rolled = new Map<string, { sum: number; suppressed: boolean }>();
      for (const row of published) {
        const key = [row.mes, ...dims.map((dim) => row[dim])].join('|');
        const cell = rolled.get(key) ?? { sum: 0, suppressed: false };
        if (row.suprimido === 'true') cell.suppressed = true;
        else cell.sum += Number(row.cantidad);
        rolled.set(key, cell);
      }
      const counts = new CountCube(encoded);
      for (const [key, cell] of rolled) {
        const [mes, ...codes] = key.split('|');
        const filter = Object.fromEntries([['mes', [mes]], ...dims.map((dim, index) => [dim, [codes[index]]])]);
        expect(counts.sum(filter), `${name} ${key}`).toBe(cell.suppressed ? 'suprimido' : cell.sum);
      }
    }
  });

  it('adds up to the Memoria tables the release publishes (cuadros_memoria) for the edition period', () => {
    const months = monthsOf(period);
    const total = (cuadro: string) => data.cuadros.find((row) => row.cuadro === cuadro && row.codigo === 'total')!.total_actual;
    expect(cube('pasaportes').sum({ mes: months })).toBe(total('pasaportes_oficina'));
    // The register's monthly totals are printed whole (medidas_protegidas_mensual); its grid by calidad may have suppressed cells.
    expect(cube('medidas_protegidas').sum({ mes: months, medida: ['residencias'] })).toBe(total('residencias_calidad'));
    expect(cube('medidas_protegidas').sum({ mes: months, medida: ['retornados'] })).toBe(total('retornados_via'));
    expect(cube('flujo').sum({ mes: months })).toBe(total('flujo_direccion'));
    expect(cube('flujo').sum({ mes: months, direccion: ['entrada'], sexo: ['F'] })).toBe(data.cuadros.find((row) => row.cuadro === 'flujo_direccion' && row.codigo === 'entrada')!.f_actual);
  });

  it('never reads a protected dataset from the warehouse, even when the release lacks it', async () => {
    const edition = await mkdtemp(join(tmpdir(), 'tablero-datos-'));
    await mkdir(join(edition, 'datos'));
    await writeFile(join(edition, 'datos', 'datapackage.json'), JSON.stringify({ title: 't', version: '1.0.0', created: '', licenses: [], resources: [] }));
    const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      const published = await PublishedData.open(edition, warehouse);
      for (const name of ['retornados_mensual', 'resguardos_mensual', 'derivaciones_mensual', 'prechequeo_mensual', 'cuadros_memoria']) {
        expect(await published.rows(name), name).toBeUndefined();
      }
      expect((await published.rows('pasaportes_mensual'))?.length).toBeGreaterThan(0);
    } finally {
      warehouse.close();
      await rm(edition, { recursive: true, force: true });
    }
  });

  it('tells "no data" (null) from a true zero and from a suppressed figure', () => {
    expect(cube('pasaportes').sum({ mes: ['2019-01'] })).toBeNull();
    expect(cube('pasaportes').sum({ mes: monthsOf(period), oficina: ['no_existe'] })).toBe(0);
    const suppressedMonth = data.cubos.retornados.meses.find((mes) => cube('retornados').sum({ mes: [mes], via: ['terrestre'] }) === 'suprimido');
    expect(suppressedMonth).toBeDefined();
    expect(cube('retornados').sum({ mes: [suppressedMonth!] })).toBe('suprimido');
  });

  it('reads the weekday flow (flujo_dia_semana) and it adds up to the monthly flow sent by day', () => {
    const months = monthsOf(period);
    expect(cube('flujo_dia_semana').sum({ mes: months })).toBe(cube('flujo').sum({ mes: months }));
  });

  it('recomputes budget execution exactly as presupuesto_periodo publishes it for the edition period', async () => {
    const published = await readPublishedCsv('presupuesto_periodo');
    const computed = budgetExecution(data.presupuesto!.meses, period, ['fae', 'goes']);
    const cents = (text: string) => (text === '' ? null : Math.round(Number(text) * 100));
    expect(computed.length).toBe(published.length);
    for (const row of published) {
      const mine = computed.find((stretch) => stretch.fondo === row.fondo && stretch.ejercicio === Number(row.ejercicio))!;
      expect(mine, `${row.fondo} ${row.ejercicio}`).toBeDefined();
      expect([mine.desde, mine.hasta]).toEqual([row.desde, row.hasta]);
      expect(mine.aprobado).toBe(cents(row.aprobado));
      expect(mine.modificado).toBe(cents(row.modificado));
      expect(mine.comprometido).toBe(cents(row.comprometido));
      expect(mine.devengado).toBe(cents(row.devengado));
      expect(mine.modificaciones).toBe(cents(row.modificaciones));
      expect(mine.pct_devengado).toBe(row.pct_devengado === '' ? null : row.pct_devengado);
    }
  });

  it('has the edition targets, the PNI tracking and every open dataset of the release', async () => {
    expect(data.metas.find((target) => target.medida === 'pasaportes')?.meta).toBe(366_200);
    expect(data.pni?.avance.length).toBeGreaterThan(100);
    const names = data.datos.recursos.map((resource) => resource.name);
    expect(names).toContain('cuadros_memoria');
    expect(names).toContain('retornados_mensual');
  });

  it('links every dataset to its CSV and Parquet files and every document of the release (../datos/ beside the site)', () => {
    for (const resource of data.datos.recursos) {
      expect(resource.parquet, resource.name).toBeDefined();
      for (const path of [resource.path, resource.parquet!.path]) expect(existsSync(join(siteDir, '..', 'datos', path)), path).toBe(true);
    }
    expect(data.datos.documentos.map((document) => document.path)).toEqual(expect.arrayContaining(['datapackage.json', 'LEEME.md', 'CAMBIOS.md', 'memoria-cuadros.xlsx']));
    for (const document of data.datos.documentos) expect(existsSync(join(siteDir, '..', 'datos', document.path)), document.path).toBe(true);
    expect(data.datos.cita).toContain(`versión ${data.datos.version}`);
  });

  it('stays small enough to open quickly (under 1.5 MB for the whole site)', async () => {
    const files = await readdir(siteDir);
    const sizes = await Promise.all(files.map(async (name) => (await stat(join(siteDir, name))).size));
    expect(files.sort()).toEqual(['datos.js', 'index.html', 'licencias.txt', 'tablero.css', 'tablero.js']);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(1.5 * 1024 * 1024);
  });
});
