/**
 * The operating plan's targets (`metas`) through a real extraction, dbt build and disclosure
 * control: monthly and yearly targets, a target restricted to one office, a re-sent target that
 * replaces the first, template rows left empty, lines that name nothing known, and a target on a
 * protected population. The execution is checked against counts summed here, independently, from
 * the records the fixture delivers.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { runEdition } from '../../../orchestration/run/run-edition.js';
import type { RunReport } from '../../../orchestration/run/run-report.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { openWarehouse, type Warehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { parseCsv, testTmpRoot } from '../../support/demo-edition.js';
import { startFromBaseWarehouse } from '../../support/base-warehouse.js';

const root = join(testTmpRoot, 'test-metas');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb') };
const period = reportingPeriod('2024-01', '2024-03');

/** Passports issued: [day, office, sex], one record each. */
const PASSPORTS: [string, string, string][] = [
  ...['2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09'].map((day): [string, string, string] => [day, 'central', 'F']),
  ...['2024-01-10', '2024-01-11', '2024-01-12'].map((day): [string, string, string] => [day, 'santa_ana', 'M']),
  ...['2024-02-01', '2024-02-02', '2024-02-05', '2024-02-06'].map((day): [string, string, string] => [day, 'central', 'M']),
  ...['2024-02-07', '2024-02-08'].map((day): [string, string, string] => [day, 'santa_ana', 'F']),
  ...['2024-03-01', '2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07', '2024-03-08'].map((day): [string, string, string] => [day, 'central', 'F']),
  ['2024-03-11', 'santa_ana', 'M'],
];
/** Sheltered foreigners: [month, nationality, sex, count]. */
const SHELTERED: [string, string, string, number][] = [
  ['2024-01', 'HND', 'M', 12],
  ['2024-01', 'GTM', 'F', 9],
  ['2024-01', 'NIC', 'F', 2],
  ['2024-02', 'HND', 'F', 11],
  ['2024-02', 'GTM', 'M', 8],
  ['2024-03', 'HND', 'M', 10],
  ['2024-03', 'GTM', 'F', 7],
];
/** Returnees: [month, route, sex, count]. */
const RETURNEES: [string, string, string, number][] = [
  ['2024-01', 'aerea', 'M', 40],
  ['2024-02', 'aerea', 'M', 35],
  ['2024-02', 'aerea', 'F', 21],
  ['2024-03', 'terrestre', 'F', 18],
];

async function writeLanding(dir: string): Promise<void> {
  const put = async (source: string, name: string, lines: string[]) => {
    await mkdir(join(dir, source), { recursive: true });
    await writeFile(join(dir, source, name), [...lines, ''].join('\n'));
  };
  await put('pasaportes', '2024-04-02_pasaportes.csv', [
    'fecha,oficina_tipo,oficina,sexo,tramite,id',
    ...PASSPORTS.map(([day, office, sex], index) => `${day},sucursal,${office},${sex},primera_vez,P${index + 1}`),
  ]);
  await put('resguardos', '2024-04-02_resguardos.csv', ['fecha,nacionalidad,sexo,cantidad', ...SHELTERED.map((row) => row.join(','))]);
  await put('retornados', '2024-04-02_retornados.csv', ['fecha,via,sexo,cantidad', ...RETURNEES.map((row) => row.join(','))]);
  await put('metas', '2024-01-10_poa-pasaportes.csv', [
    'anio,mes,medida,oficina,programado,unidad',
    '2024,1,pasaportes,,10,Dirección de Emisión de Pasaporte',
    '2024,2,pasaportes,,10,Dirección de Emisión de Pasaporte',
    '2024,3,pasaportes,,10,Dirección de Emisión de Pasaporte',
    '2024,,pasaportes,central,40,Dirección de Emisión de Pasaporte',
    '2024,,pasaportes,santa_ana,12,Dirección de Emisión de Pasaporte',
  ]);
  await put('metas', '2024-01-11_poa-gami.csv', ['Año,Mes,Medida,Nacionalidad,Programado,Unidad', '2024,,resguardos,,100,GAMI', '2024,,resguardos,nic,20,GAMI', '2024,2,retornados,,50,GAMI']);
  await put('metas', '2024-02-15_reprogramacion.csv', [
    'anio,mes,medida,oficina,sexo,programado,unidad,plantilla_metas',
    '2024,,pasaportes,central,,48,Dirección de Emisión de Pasaporte,',
    '2024,,pasaporte,,,5,X,',
    '2024,,residencias,central,,5,X,',
    '2024,,pasaportes,norte,,5,X,',
    '2024,13,pasaportes,,,5,X,',
    '2024,1,pasaportes,central,H,5,X,',
    '2024,4,pasaportes,santa_ana,,,X,POA 2024',
  ]);
}

let report: RunReport;
let warehouse: Warehouse;
let published: Record<string, string>[];
let publishedMonths: Record<string, string>[];

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await writeLanding(paths.landing);
  await startFromBaseWarehouse(paths.warehouse);
  report = await runEdition({ ...paths, period, createdAt: '2024-04-05T00:00:00Z' }, silentProgress);
  if (report.resultado !== 'correcto') throw new Error(`${report.error}\n${JSON.stringify(report.dbt?.fallos, null, 2)}`);
  warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
  published = parseCsv(await readFile(join(paths.out, 'datos', 'metas_avance.csv'), 'utf8'));
  publishedMonths = parseCsv(await readFile(join(paths.out, 'datos', 'metas_mensual.csv'), 'utf8'));
}, 600_000);
afterAll(() => warehouse?.close());

const passportsIn = (months: string[], office?: string) => PASSPORTS.filter(([day, o]) => months.includes(day.slice(0, 7)) && (!office || o === office)).length;
const row = (anio: string, mes: string, medida: string, filtro: string) =>
  published.find((candidate) => candidate.anio === anio && candidate.mes === mes && candidate.medida === medida && candidate.filtro === filtro);

describe('metas: validation and corrections', () => {
  it('quarantines every line that names nothing known, with the reason in Spanish', async () => {
    const lines = await warehouse.rows<{ linea: number; motivo: string }>(
      "select linea, motivo from calidad.cuarentena where fuente = 'metas' and archivo = '2024-02-15_reprogramacion.csv' order by linea",
    );
    expect(lines).toEqual([
      { linea: 3, motivo: expect.stringMatching(/^medida desconocida: «pasaporte» \(debe ser una fuente de conteo: pasaportes, residencias/) },
      { linea: 4, motivo: 'la columna oficina no es una dimensión de la fuente residencias (sus columnas: calidad, sexo, nacionalidad)' },
      { linea: 5, motivo: 'valor desconocido de oficina: «norte» (no está en la lista oficinas)' },
      { linea: 6, motivo: expect.stringContaining('mes inválido (debe ser un número de 1 a 12, o vacío en una meta anual): «13»') },
      { linea: 7, motivo: 'valor desconocido de sexo: «H» (no está en la lista sexo)' },
    ]);
  });

  it('skips a template row left without a programmed figure instead of quarantining it', async () => {
    const [omitted] = await warehouse.rows<{ omitida: boolean; motivo: string | null }>(
      "select omitida, motivo from intermediate.int_metas__validadas v join staging.stg_entregas__entregas e using (entrega_id) where e.archivo = '2024-02-15_reprogramacion.csv' and v.linea = 8",
    );
    expect(omitted).toEqual({ omitida: true, motivo: null });
  });

  it('lets a later delivery replace a target with the same year, month, measure and codes', () => {
    expect(row('2024', '', 'pasaportes', 'oficina=central')?.programado).toBe('48');
  });

  it('folds codes and headers: `nic` restricts to Nicaragua, `Año`/`Mes` are the contract columns', () => {
    expect(row('2024', '', 'resguardos', 'nacionalidad=NIC')?.programado).toBe('20');
  });
});

describe('metas_avance: execution against independently summed counts', () => {
  it('publishes exactly the contract columns plus the suppression flag', () => {
    expect(Object.keys(published[0])).toEqual(['anio', 'mes', 'medida', 'filtro', 'unidad', 'programado', 'ejecutado', 'pct_ejecucion', 'suprimido']);
  });

  it('counts a monthly target in its month and a yearly one over its year up to the period end', () => {
    for (const [mes, month] of [
      ['1', '2024-01'],
      ['2', '2024-02'],
      ['3', '2024-03'],
    ]) {
      const target = row('2024', mes, 'pasaportes', '')!;
      expect(Number(target.ejecutado)).toBe(passportsIn([month]));
      expect(target.pct_ejecucion).toBe(((passportsIn([month]) / 10) * 100).toFixed(2));
    }
    const quarter = ['2024-01', '2024-02', '2024-03'];
    expect(Number(row('2024', '', 'pasaportes', 'oficina=central')!.ejecutado)).toBe(passportsIn(quarter, 'central'));
    expect(Number(row('2024', '', 'pasaportes', 'oficina=santa_ana')!.ejecutado)).toBe(passportsIn(quarter, 'santa_ana'));
    expect(Number(row('2024', '', 'resguardos', '')!.ejecutado)).toBe(SHELTERED.reduce((sum, [, , , count]) => sum + count, 0));
    expect(Number(row('2024', '2', 'retornados', '')!.ejecutado)).toBe(RETURNEES.filter(([month]) => month === '2024-02').reduce((sum, [, , , count]) => sum + count, 0));
  });

  it('publishes month by month what the year adds up (metas_mensual), so reports can print sums of published rows', () => {
    const central = publishedMonths.filter((month) => month.medida === 'pasaportes' && month.filtro === 'oficina=central');
    expect(central.map((month) => [month.mes, month.programado, Number(month.ejecutado)])).toEqual([
      ['2024-01', '', passportsIn(['2024-01'], 'central')],
      ['2024-02', '', passportsIn(['2024-02'], 'central')],
      ['2024-03', '', passportsIn(['2024-03'], 'central')],
    ]);
    const monthly = publishedMonths.filter((month) => month.medida === 'pasaportes' && month.filtro === '');
    expect(monthly.map((month) => month.programado)).toEqual(['10', '10', '10']);
  });
});

describe('metas on a protected population', () => {
  it('withholds a target that counts fewer than 5 people of a protected population, and the audit accepts the release', async () => {
    const target = row('2024', '', 'resguardos', 'nacionalidad=NIC')!;
    expect(target).toMatchObject({ ejecutado: '', pct_ejecucion: '', suprimido: 'true' });
    for (const month of publishedMonths.filter((candidate) => candidate.medida === 'resguardos' && candidate.filtro === 'nacionalidad=NIC')) {
      expect(month.ejecutado === '' || month.ejecutado === '0').toBe(true);
    }
    // The run publishes only when the attacker's audit finds no suppressed figure it can recover.
    expect(report.resultado).toBe('correcto');
    expect(report.divulgacion!.cifras_suprimidas).toBeGreaterThan(0);
  });

  it('unprotected, the same target would publish the two Nicaraguan women the monthly release suppresses', async () => {
    const [mart] = await warehouse.rows<{ ejecutado: bigint }>("select ejecutado from marts.metas_avance where medida = 'resguardos' and filtro = 'nacionalidad=NIC'");
    const nicaraguans = SHELTERED.filter(([, nationality]) => nationality === 'NIC').reduce((sum, [, , , count]) => sum + count, 0);
    expect(Number(mart.ejecutado)).toBe(nicaraguans);
    expect(nicaraguans).toBeGreaterThan(0);
    expect(nicaraguans).toBeLessThan(5);
    const sheltered = parseCsv(await readFile(join(paths.out, 'datos', 'resguardos_mensual.csv'), 'utf8'));
    const cell = sheltered.find((candidate) => candidate.mes === '2024-01' && candidate.nacionalidad === 'NIC');
    expect(cell?.suprimido).toBe('true');
  });
});
