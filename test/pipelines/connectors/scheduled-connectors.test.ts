import { createServer, type Server } from 'node:http';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Kysely, PostgresDialect, type ColumnType } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSchedule, type ScheduleConfig } from '../../../orchestration/schedule/schedule-config.js';
import { memoryScheduleLog } from '../../../orchestration/schedule/schedule-log.js';
import { createCycleRunner } from '../../../orchestration/schedule/scheduled-run.js';
import { Scheduler } from '../../../orchestration/schedule/scheduler.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { testTmpRoot } from '../../support/demo-edition.js';
import { startPostgres, type PostgresServer } from './support/postgres-server.js';
import { startFromBaseWarehouse } from '../../support/base-warehouse.js';

interface RetornadosTable {
  id: string;
  fecha: ColumnType<Date, string, string>;
  via: string;
  sexo: string;
  actualizado_en: ColumnType<Date, string, string>;
}

const TOKEN = 'tok-horario-5d1e-nunca-en-el-registro';
const root = join(testTmpRoot, 'test-horario-conectores');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb') };
const pni = [
  { indicador: '5.5.2.a', anio: 2024, valor: 120, institucion: 'mtps' },
  { indicador: '5.5.2.a', anio: 2023, valor: 95, institucion: 'mtps' },
  { indicador: '0.1.1.a', anio: 2024, valor: 1, institucion: 'rnpn' },
];
let http: Server;
let api = { failing: false, delayMs: 0, requests: 0 };
let server: PostgresServer;
let db: Kysely<{ retornados: RetornadosTable }>;
let config: ScheduleConfig;
const log = memoryScheduleLog();
const timings: Record<string, number> = {};

/** Runs one cycle of every scheduled source through a fresh scheduler (as `memoria schedule --una-vez`). */
async function cycle(name: string, during?: (scheduler: Scheduler) => Promise<void>) {
  const scheduler = new Scheduler(config, log, createCycleRunner(config, log));
  const start = performance.now();
  const outcome = scheduler.runAll();
  await during?.(scheduler);
  const result = await outcome;
  timings[name] = Math.round(performance.now() - start);
  return result;
}

const query = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => {
  const warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
  try {
    return await warehouse.rows<T>(sql);
  } finally {
    warehouse.close();
  }
};
const watermark = async () => (await query<{ marca: string }>(`select marca from registro.marcas_agua where fuente = 'retornados'`))[0]?.marca;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(paths.landing, { recursive: true });
  await startFromBaseWarehouse(paths.warehouse);
  const start = performance.now();
  server = await startPostgres();
  timings['arranque de PostgreSQL'] = Math.round(performance.now() - start);
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  // pg-pool's end() resolves before its sockets close: the server stopped in afterAll may still end one.
  pool.on('error', () => {});
  db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  await db.schema
    .createTable('retornados')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('fecha', 'date', (column) => column.notNull())
    .addColumn('via', 'text', (column) => column.notNull())
    .addColumn('sexo', 'text', (column) => column.notNull())
    .addColumn('actualizado_en', 'timestamptz', (column) => column.notNull())
    .execute();
  await db
    .insertInto('retornados')
    .values([
      { id: 'R1', fecha: '2024-01-10', via: 'aerea', sexo: 'M', actualizado_en: '2024-05-01 10:00:00-06' },
      { id: 'R2', fecha: '2024-01-11', via: 'aerea', sexo: 'F', actualizado_en: '2024-05-01 10:05:00-06' },
      { id: 'R3', fecha: '2024-02-01', via: 'terrestre', sexo: 'F', actualizado_en: '2024-05-01 10:05:00-06' },
    ])
    .execute();
  http = createServer((request, response) => {
    api.requests++;
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return void response.writeHead(401).end();
    if (api.failing) return void response.writeHead(503).end(`caído; token recibido ${TOKEN}`);
    const page = Number(new URL(request.url!, 'http://x').searchParams.get('pagina'));
    setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ datos: pni.slice((page - 1) * 2, page * 2) })), api.delayMs);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  process.env.MEMORIA_PG_HORARIO = server.url;
  process.env.MEMORIA_TOKEN_HORARIO = TOKEN;
  config = parseSchedule(
    {
      entrada: paths.landing,
      almacen: paths.warehouse,
      edicion: paths.out,
      periodo: { desde: '2024-01', hasta: '2024-03' },
      reintentos: { intentos: 1 },
      fuentes: {
        retornados: { cron: '*/30 * * * *', conector: { tipo: 'postgres', conexion_env: 'MEMORIA_PG_HORARIO', tabla: 'retornados', marca_agua: 'actualizado_en', solape_segundos: 60 } },
        pni: {
          cron: '0 7 * * 1',
          conector: {
            tipo: 'http',
            url: `http://127.0.0.1:${(http.address() as { port: number }).port}/pni`,
            token_env: 'MEMORIA_TOKEN_HORARIO',
            campo_datos: 'datos',
            paginacion: { tamano: 2 },
            intentos: 2,
            espera_inicial_segundos: 0.01,
            tiempo_espera_segundos: 5,
          },
        },
      },
    },
    join(root, 'horario.json'),
  );
});

afterAll(async () => {
  http?.closeAllConnections();
  await new Promise((resolve) => http?.close(resolve));
  await db?.destroy();
  await server?.stop();
  delete process.env.MEMORIA_PG_HORARIO;
  delete process.env.MEMORIA_TOKEN_HORARIO;
  console.log(`Tiempos del horario con PostgreSQL y HTTP (ms): ${JSON.stringify(timings)}`);
});

describe('scheduled PostgreSQL and HTTP sources, through the whole pipeline', () => {
  let firstMark: string;

  it('pulls both into the landing folder, loads them, publishes, and commits the watermark with the run', async () => {
    const outcome = await cycle('ciclo 1 (dbt)');
    expect(outcome?.resultado, log.lines.join('\n')).toBe('correcto');
    expect(await query(`select id, via from raw.retornados order by id`)).toEqual([
      { id: 'R1', via: 'aerea' },
      { id: 'R2', via: 'aerea' },
      { id: 'R3', via: 'terrestre' },
    ]);
    expect(await query(`select indicador, anio, valor from raw.pni order by anio, indicador`)).toHaveLength(3);
    expect(await query(`select fuente, conector, resultado, filas_extraidas, filas_cargadas from registro.ejecuciones_fuentes order by fuente`)).toEqual([
      { fuente: 'pni', conector: 'http', resultado: 'correcto', filas_extraidas: 3, filas_cargadas: 3 },
      { fuente: 'retornados', conector: 'postgres', resultado: 'correcto', filas_extraidas: 3, filas_cargadas: 3 },
    ]);
    firstMark = await watermark();
    expect(firstMark).toBe('2024-05-01T16:05:00.000000');
  });

  it('does not advance the watermark when the run fails, and says why in the run log', async () => {
    await db.updateTable('retornados').set({ via: 'terrestre', actualizado_en: '2024-05-01 10:20:00-06' }).where('id', '=', 'R2').execute();
    await db
      .insertInto('retornados')
      .values([
        { id: 'R4', fecha: '2024-03-05', via: 'aerea', sexo: 'M', actualizado_en: '2024-05-01 10:05:00-06' }, // the boundary's value, committed late
        { id: 'R5', fecha: '2024-03-06', via: 'aerea', sexo: 'F', actualizado_en: '2024-05-01 10:21:00-06' },
      ])
      .execute();
    await mkdir(join(paths.landing, 'pasaportes'), { recursive: true });
    await writeFile(join(paths.landing, 'pasaportes', '2024-05-01_rota.csv'), 'fecha\n2024-05-01\n');
    const outcome = await cycle('ciclo 2 (falla en la extracción)');
    expect(outcome?.resultado).toBe('fallido');
    expect(await watermark()).toBe(firstMark);
    expect(await query(`select count(*)::integer as filas from raw.retornados`)).toEqual([{ filas: 3 }]);
    const [last] = await query<{ resultado: string; error: string }>(`select resultado, error from registro.ejecuciones order by fin desc limit 1`);
    expect(last).toEqual({ resultado: 'fallido', error: 'se rechazó el archivo pasaportes/2024-05-01_rota.csv' });
  });

  it('then delivers the changed and late records once: the change replaces the earlier version by its id, nothing is doubled or lost', async () => {
    await rm(join(paths.landing, 'pasaportes'), { recursive: true });
    api.failing = true; // the API is down this time: its source fails, the others still publish
    const outcome = await cycle('ciclo 3 (dbt)');
    api.failing = false;
    expect(outcome?.resultado, log.lines.join('\n')).toBe('correcto');
    expect(outcome?.fuentes).toEqual([
      { fuente: 'pni', resultado: 'fallido', transitorio: true, error: expect.stringMatching(/respondió 503 .*después de 2 intentos/) },
      { fuente: 'retornados', resultado: 'correcto', transitorio: false, error: undefined },
    ]);
    expect(await query(`select id, via from intermediate.int_retornados__corregidas where estado = 'vigente' order by id`)).toEqual([
      { id: 'R1', via: 'aerea' },
      { id: 'R2', via: 'terrestre' },
      { id: 'R3', via: 'terrestre' },
      { id: 'R4', via: 'aerea' },
      { id: 'R5', via: 'aerea' },
    ]);
    expect(await query(`select id, via from intermediate.int_retornados__corregidas where estado = 'reemplazada' order by id`)).toEqual([{ id: 'R2', via: 'aerea' }]);
    expect(await query(`select sum(cantidad)::integer as personas from marts.retornados_mensual`)).toEqual([{ personas: 5 }]);
    expect(await watermark()).toBe('2024-05-01T16:21:00.000000');
  });

  it('on stop during a pull records the run as interrupted and changes nothing else', async () => {
    await db.insertInto('retornados').values({ id: 'R6', fecha: '2024-03-07', via: 'aerea', sexo: 'M', actualizado_en: '2024-05-01 11:00:00-06' }).execute();
    api.delayMs = 3000;
    const requests = api.requests;
    const outcome = await cycle('ciclo 4 (interrumpido)', async (scheduler) => {
      while (api.requests === requests) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await scheduler.stop(30_000)).toEqual({ abandoned: false });
    });
    api.delayMs = 0;
    expect(outcome).toMatchObject({
      resultado: 'interrumpido',
      fuentes: [
        { fuente: 'retornados', resultado: 'fallido' },
        { fuente: 'pni', resultado: 'fallido' },
      ],
    });
    const [last] = await query<{ ejecucion_id: string; resultado: string }>(`select ejecucion_id, resultado from registro.ejecuciones order by fin desc limit 1`);
    expect(last.resultado).toBe('interrumpido');
    // Nothing was loaded, so no source counts as extracted in this run (status must not call them up to date).
    expect(await query(`select fuente, resultado from registro.ejecuciones_fuentes where ejecucion_id = '${last.ejecucion_id}' order by fuente`)).toEqual([
      { fuente: 'pni', resultado: 'fallido' },
      { fuente: 'retornados', resultado: 'fallido' },
    ]);
    expect(await watermark()).toBe('2024-05-01T16:21:00.000000');
  });

  it('never writes the token into the service log, the run log or the landing files', async () => {
    expect(log.lines.join('\n')).not.toContain(TOKEN);
    const logged = await query<{ texto: string }>(`select string_agg(e::varchar || f::varchar, ' ') as texto from registro.ejecuciones e join registro.ejecuciones_fuentes f using (ejecucion_id)`);
    expect(logged[0].texto).toContain('503');
    expect(logged[0].texto).not.toContain(TOKEN);
    for (const folder of ['retornados', 'pni']) {
      for (const name of await readdir(join(paths.landing, folder))) expect(await readFile(join(paths.landing, folder, name), 'utf8')).not.toContain(TOKEN);
    }
  });
});
