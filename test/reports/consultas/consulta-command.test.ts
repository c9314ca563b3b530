/**
 * `memoria consulta` on a copy of the demo warehouse (the published demo edition is in its ledger):
 * every usage error, answers whose figures equal the marts, the register, `--repetir` byte for byte,
 * a refusal, and the independent attacker given the edition plus answers designed to difference
 * protected cells — which finds nothing, and breaks the same answers left unprotected.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../orchestration/cli/main.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { protectRelease } from '../../../privacy/protected-release.js';
import { demoEditionPaths, parseCsv, readPublishedCsv, testTmpRoot } from '../../support/demo-edition.js';
import { attackReleases, readAnswer, readTruth, revealAnswer, type PublishedAnswer, type ReleaseVersion, type Row } from '../../privacy/release-attack.js';

const root = join(testTmpRoot, 'test-consulta');
// The catalog of dbt's views is the file's name: the copy keeps it.
const warehousePath = join(root, 'almacen', 'memoria.duckdb');
const file = (name: string) => join(root, name);

/** Runs `memoria consulta` on the copy with console output captured. */
async function consulta(...args: string[]) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await main(['consulta', '--warehouse', warehousePath, ...args]);
    return { code, stdout: log.mock.calls.flat().join('\n'), stderr: error.mock.calls.flat().join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

async function query<T = Row>(sql: string): Promise<T[]> {
  const warehouse = await openWarehouse(warehousePath, { readOnly: true });
  try {
    return await warehouse.rows<T>(sql);
  } finally {
    warehouse.close();
  }
}

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
const registered = async () => (await query<{ n: number }>(`select count(*)::integer as n from registro.consultas`).catch(() => [{ n: 0 }]))[0].n;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'almacen'), { recursive: true });
  await copyFile(demoEditionPaths.warehouse, warehousePath);
});

describe('memoria consulta: usage errors say what exists (exit 2) and register nothing', () => {
  const answer = ['--solicitud', 'prueba', '--out', file('error.csv')];
  const cases: [string, string[], string][] = [
    ['an unknown measure lists the sources and measures', ['--medida', 'pasaporte', ...answer], 'Fuentes: pasaportes, residencias'],
    ['an unknown column lists the columns', ['--medida', 'flujo', '--por', 'aduana', ...answer], 'Columnas de flujo: dia, mes, trimestre, anio, direccion, via, puesto, sexo, nacionalidad'],
    ['days of a protected population are not a column', ['--medida', 'retornados', '--por', 'dia', ...answer], 'Columnas de retornados: mes, trimestre, anio, via, sexo, grupo_edad, pais_procedencia'],
    ['a column of the records that the protected series does not keep', ['--medida', 'retornados', '--filtro', 'edad=7', ...answer], 'cuenta una población protegida'],
    ['an unknown code lists the codes', ['--medida', 'flujo', '--filtro', 'puesto=aduana_central', ...answer], 'Códigos de puesto: aies_soarg, anguiatu, el_amatillo'],
    ['an unknown code of a protected source', ['--medida', 'retornados', '--filtro', 'via=maritima', ...answer], 'Códigos de via: aerea, terrestre'],
    ['a malformed filter', ['--medida', 'flujo', '--filtro', 'puesto', ...answer], 'COLUMNA=CÓDIGO'],
    ['a column filtered twice', ['--medida', 'flujo', '--filtro', 'sexo=F', '--filtro', 'sexo=M', ...answer], 'repite la columna «sexo»'],
    ['two time columns', ['--medida', 'flujo', '--por', 'mes,anio', ...answer], 'una sola columna de tiempo'],
    ['a filter on time', ['--medida', 'flujo', '--filtro', 'mes=2023-06', ...answer], 'se elige con --desde y --hasta'],
    ['a measure that already restricts the column', ['--medida', 'autorizaciones_nna', '--filtro', 'tipo=regular', ...answer], 'ya restringe tipo'],
    ['a malformed month', ['--medida', 'flujo', '--desde', '2023-13', ...answer], '--desde debe ser un mes AAAA-MM'],
    ['a period that ends before it starts', ['--medida', 'flujo', '--desde', '2024-01', '--hasta', '2023-12', ...answer], 'después de terminar'],
    ['months after the data', ['--medida', 'flujo', '--hasta', '2030-12', ...answer], 'va más allá de los datos del almacén, que llegan a 2024-'],
    ['no measure', [...answer], 'falta --medida'],
    ['no request text', ['--medida', 'flujo', '--out', file('error.csv')], 'falta --solicitud'],
    ['no output file', ['--medida', 'flujo', '--solicitud', 'prueba'], 'falta --out'],
    ['an output that is neither CSV nor XLSX', ['--medida', 'flujo', '--solicitud', 'prueba', '--out', file('respuesta.pdf')], '--out debe terminar en .csv o .xlsx'],
    ['a threshold below the editions’', ['--medida', 'retornados', '--umbral', '3', ...answer], '--umbral debe ser un entero mayor o igual que 5'],
    ['a request number that is not one', ['--repetir', 'uno'], '--repetir espera el número'],
    ['a request number not in the register', ['--repetir', '999'], 'no hay solicitud 999 en el registro'],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const before = await registered();
      const result = await consulta(...args);
      expect(result.stderr).toContain(message);
      expect(result.code).toBe(2);
      expect(await registered()).toBe(before);
    });
  }

  it('a warehouse that does not exist', async () => {
    // The later --warehouse wins over the copy's.
    const result = await consulta('--warehouse', file('no-existe.duckdb'), '--lista');
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('no existe: ejecute antes «memoria run»') });
  });

  it('an option of another command', async () => {
    expect(await consulta('--medida', 'flujo', '--anio', '2023', ...answer)).toMatchObject({ code: 2 });
  });
});

describe('memoria consulta: answers', () => {
  it('counts an unprotected source by day and post, with labels, equal to the monthly mart', async () => {
    const result = await consulta(
      '--medida',
      'flujo',
      '--por',
      'dia,puesto',
      '--desde',
      '2023-06',
      '--hasta',
      '2023-08',
      '--solicitud',
      'Movimientos por día y puesto, junio a agosto de 2023',
      '--out',
      file('flujo-dia.csv'),
    );
    expect(result.code, result.stderr).toBe(0);
    const rows = parseCsv((await readFile(file('flujo-dia.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    expect(Object.keys(rows[0])).toEqual(['dia', 'dia_etiqueta', 'puesto', 'puesto_etiqueta', 'cantidad', 'suprimido']);
    const mart = await query<{ mes: string; puesto: string; cantidad: number }>(
      `select mes, puesto, sum(cantidad)::integer as cantidad from marts.flujo_mensual where mes between '2023-06' and '2023-08' group by all`,
    );
    const byMonthAndPost = new Map<string, number>();
    for (const row of rows.filter((candidate) => candidate.dia !== 'total')) {
      const key = `${row.dia.slice(0, 7)} ${row.puesto}`;
      byMonthAndPost.set(key, (byMonthAndPost.get(key) ?? 0) + Number(row.cantidad));
    }
    expect(byMonthAndPost).toEqual(new Map(mart.map((row) => [`${row.mes} ${row.puesto}`, row.cantidad])));
    const total = rows.find((row) => row.dia === 'total')!;
    expect(Number(total.cantidad)).toBe(mart.reduce((sum, row) => sum + row.cantidad, 0));
    expect(rows.find((row) => row.puesto === 'aies_soarg')!.puesto_etiqueta).toContain('San Óscar Arnulfo Romero');
    expect(rows[0].dia_etiqueta).toBe('1 de junio de 2023');
    const metadata = JSON.parse(await readFile(file('flujo-dia.json'), 'utf8'));
    expect(metadata).toMatchObject({
      numero: expect.any(Number),
      solicitud: 'Movimientos por día y puesto, junio a agosto de 2023',
      medida: { clave: 'flujo', fuente: 'flujo', unidad: 'movimientos (entradas y salidas), no personas' },
      periodo: { desde: '2023-06', hasta: '2023-08' },
      corte_datos: '2024-05-31',
      control_divulgacion: { aplicado: false },
    });
    expect(metadata.fuente).toMatch(/^Fuente: DGME/);
  });

  it('counts a protected source by the columns of its series: the figures it publishes are the marts’ sums', async () => {
    const result = await consulta(
      '--medida',
      'retornados',
      '--por',
      'via,sexo',
      '--desde',
      '2023-06',
      '--hasta',
      '2024-03',
      '--solicitud',
      'Personas retornadas por vía y sexo',
      '--out',
      file('retornados-via.csv'),
    );
    expect(result.code, result.stderr).toBe(0);
    const rows = parseCsv((await readFile(file('retornados-via.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    const mart = await query<{ via: string; sexo: string; cantidad: number }>(
      `select via, sexo, sum(cantidad)::integer as cantidad from marts.retornados_mensual where mes between '2023-06' and '2024-03' group by all`,
    );
    for (const row of rows.filter((candidate) => candidate.via !== 'total')) {
      const truth = mart.find((candidate) => candidate.via === row.via && candidate.sexo === row.sexo)!.cantidad;
      expect(row.suprimido === 'true' ? '' : Number(row.cantidad), `${row.via} ${row.sexo}`).toBe(row.suprimido === 'true' ? '' : truth);
    }
    expect(rows.find((row) => row.via === 'aerea' && row.sexo === 'F')!.via_etiqueta).toBe('Aéreo');
    const total = rows.find((row) => row.via === 'total');
    if (total) expect(Number(total.cantidad)).toBe(mart.reduce((sum, row) => sum + row.cantidad, 0));
  });

  it('writes an XLSX answer with the table, the request, the definitions and the legend', async () => {
    const result = await consulta(
      '--medida',
      'pasaportes',
      '--por',
      'oficina,sexo',
      '--filtro',
      'oficina_tipo=sucursal',
      '--desde',
      '2023-01',
      '--hasta',
      '2023-12',
      '--solicitud',
      '¿Cuántos pasaportes se emitieron en cada sucursal en 2023, por sexo?',
      '--solicitante',
      'Periodista de prueba',
      '--out',
      file('pasaportes.xlsx'),
    );
    expect(result.code, result.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file('pasaportes.xlsx'))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cuadro', 'Solicitud', 'Definiciones', 'Signos']);
    const text = (name: string) => workbook.getWorksheet(name)!.getSheetValues().flat().map(String).join(' | ');
    expect(text('Solicitud')).toContain('¿Cuántos pasaportes se emitieron en cada sucursal en 2023, por sexo?');
    expect(text('Solicitud')).toContain('Periodista de prueba');
    expect(text('Cuadro')).toContain('Santa Ana');
    const total = (await query<{ n: number }>(`select sum(cantidad)::integer as n from marts.pasaportes_mensual where mes between '2023-01' and '2023-12' and oficina_tipo = 'sucursal'`))[0].n;
    expect(workbook.getWorksheet('Cuadro')!.getSheetValues().flat()).toContain(total);
  });

  it('refuses, with the reason, a rare nationality published only within «otras», and registers the refusal', async () => {
    const merged = (await query<{ valor: string }>(`select distinct unnest(json_extract_string(agrupadas, '$[*]')) as valor from privacidad.publicaciones order by 1`)).map((row) => row.valor);
    expect(merged.length).toBeGreaterThan(0);
    const before = await registered();
    const result = await consulta('--medida', 'residencias', '--filtro', `nacionalidad=${merged[0]}`, '--solicitud', `Residencias de ${merged[0]}`, '--out', file('rara.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('agrupado en «otras»');
    expect(await registered()).toBe(before + 1);
    const [last] = await query<{ estado: string; motivo: string; sha256: string | null }>('select estado, motivo, sha256 from registro.consultas order by numero desc limit 1');
    expect(last).toMatchObject({ estado: 'rechazada', sha256: null });
    expect(last.motivo).toContain('otras');
  });
});

describe('memoria consulta: the register', () => {
  it('records every answer with its text, parameters, requester and the file’s SHA-256, and lists them', async () => {
    const register = await query<{ numero: number; solicitud: string; solicitante: string | null; parametros: string; archivo: string; sha256: string; estado: string; usuario: string }>(
      'select * from registro.consultas order by numero',
    );
    const xlsx = register.find((row) => row.archivo === 'pasaportes.xlsx')!;
    expect(xlsx).toMatchObject({ estado: 'respondida', solicitante: 'Periodista de prueba', sha256: await sha256(file('pasaportes.xlsx')) });
    expect(JSON.parse(xlsx.parametros)).toMatchObject({ medida: 'pasaportes', por: ['oficina', 'sexo'], filtro: { oficina_tipo: 'sucursal' }, desde: '2023-01', hasta: '2023-12', formato: 'xlsx' });
    expect(register.every((row) => row.usuario.length > 0)).toBe(true);
    const listing = await consulta('--lista');
    expect(listing.code).toBe(0);
    for (const row of register) expect(listing.stdout).toContain(`«${row.solicitud}»`);
    expect(listing.stdout).toContain('rechazada');
  });

  it('repeats an earlier answer byte for byte, CSV and XLSX, even after later answers', async () => {
    const register = await query<{ numero: number; archivo: string; sha256: string }>(`select numero, archivo, sha256 from registro.consultas where estado = 'respondida' order by numero`);
    for (const row of register.filter((candidate) => ['retornados-via.csv', 'pasaportes.xlsx'].includes(candidate.archivo))) {
      const copy = file(`repetida-${row.archivo}`);
      const result = await consulta('--repetir', String(row.numero), '--out', copy);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('idéntica');
      expect(await sha256(copy)).toBe(row.sha256);
      expect(await readFile(copy)).toEqual(await readFile(file(row.archivo)));
    }
  });
});

describe('memoria consulta: disclosure control against the edition and every earlier answer', () => {
  const period = { actual: ['2023-06', '2024-03'], anterior: ['2022-06', '2023-03'] } as const;
  // Answers designed to difference protected cells: the finest grid asked directly, nested
  // periods and filters whose differences isolate a month, and grids crossing the published ones.
  const requests: string[][] = [
    ['--medida', 'retornados', '--por', 'mes,via,sexo,grupo_edad,pais_procedencia', '--desde', '2023-06', '--hasta', '2023-08'],
    ['--medida', 'retornados', '--por', 'mes,via,sexo,grupo_edad', '--desde', '2023-06', '--hasta', '2023-08'],
    ['--medida', 'retornados', '--por', 'pais_procedencia', '--filtro', 'via=terrestre', '--desde', '2023-06', '--hasta', '2023-08'],
    ['--medida', 'retornados', '--por', 'pais_procedencia', '--filtro', 'via=terrestre', '--desde', '2023-06', '--hasta', '2023-07'],
    ['--medida', 'retornados', '--por', 'trimestre,grupo_edad', '--desde', '2023-06', '--hasta', '2023-12'],
    ['--medida', 'resguardos', '--por', 'nacionalidad,sexo', '--desde', '2023-06', '--hasta', '2024-03'],
    ['--medida', 'resguardos', '--por', 'nacionalidad', '--desde', '2023-06', '--hasta', '2024-02'],
    ['--medida', 'derivaciones', '--por', 'institucion', '--filtro', 'sexo=F', '--desde', '2023-06', '--hasta', '2024-03'],
  ];
  let release: ReleaseVersion;

  beforeAll(async () => {
    const answers: PublishedAnswer[] = [];
    for (const [index, request] of requests.entries()) {
      const out = file(`ataque-${index + 1}.csv`);
      const result = await consulta(...request, '--solicitud', `Solicitud de diferenciación ${index + 1}`, '--out', out);
      expect(result.code, result.stderr).toBeLessThanOrEqual(1);
      if (result.code === 0) answers.push(await readAnswer(out));
    }
    const truth = await readTruth((sql) => query<Row>(sql));
    release = { version: '1', period, load: readPublishedCsv, truth, answers };
  }, 600_000);

  it('suppresses what the answers would give away, so that the attacker recovers nothing', { timeout: 600_000 }, async () => {
    expect(release.answers!.length).toBeGreaterThanOrEqual(6);
    expect(release.answers!.some((answer) => answer.rows.some((row) => row.suprimido === 'true'))).toBe(true);
    expect(await attackReleases([release])).toEqual([]);
  });

  it('a later edition sees the answers in the ledger: its release and the answers together leave the attacker nothing', { timeout: 600_000 }, async () => {
    const warehouse = await openWarehouse(warehousePath, { readOnly: true });
    let later;
    try {
      later = await protectRelease(warehouse, reportingPeriod('2023-06', '2024-03'), 5);
    } finally {
      warehouse.close();
    }
    expect(later.summary.cifras_anteriores).toBeGreaterThan(0);
    const load = async (name: string) => {
      const table = later.tables.get(name);
      if (!table) return readPublishedCsv(name);
      return table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? ''])));
    };
    expect(await attackReleases([{ ...release, load }])).toEqual([]);
  });

  it('the same answers with their true figures let the attacker recover protected cells (the attack is real)', { timeout: 600_000 }, async () => {
    const revealed = await Promise.all(release.answers!.map((answer) => revealAnswer(release, answer)));
    expect((await attackReleases([{ ...release, answers: revealed }])).length).toBeGreaterThan(0);
  });
});
