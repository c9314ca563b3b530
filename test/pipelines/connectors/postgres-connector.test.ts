import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Kysely, PostgresDialect, type ColumnType } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSource } from '../../../pipelines/contract/landing-sources.js';
import type { ConnectorState, PullResult } from '../../../pipelines/connectors/connector.js';
import { parseConnectorConfig, type PostgresConnectorConfig } from '../../../pipelines/connectors/connector-config.js';
import { createPostgresConnector } from '../../../pipelines/connectors/postgres-connector.js';
import { shiftWatermark } from '../../../pipelines/connectors/postgres-sql.js';
import { parseCsv, testTmpRoot } from '../../support/demo-edition.js';
import { startPostgres, type PostgresServer } from './support/postgres-server.js';

/** The operational table of the test, typed as Kysely wants it (insert with text, read as Date). */
interface RetornadosTable {
  id: number;
  fecha: ColumnType<Date, string, string>;
  via: string;
  sexo: string;
  edad: number | null;
  pais_procedencia: string | null;
  actualizado_en: ColumnType<Date, string, string>;
}

/** An operational table in the system's own terms: its column names, 1/2 for sex, A/T for the route, DD/MM/AAAA dates as text. */
interface GamiCasosTable {
  id_caso: string;
  fec_ingreso: string;
  tipo_via: string;
  sexo_id: number;
  edad: number | null;
  modificado: ColumnType<Date, string, string>;
}

const root = join(testTmpRoot, 'test-postgres-conector');
const folder = join(root, 'landing', 'retornados');
const source = findSource('retornados')!;
let server: PostgresServer;
let db: Kysely<{ retornados: RetornadosTable; gami_casos: GamiCasosTable }>;
const timings: Record<string, number> = {};

const config = parseConnectorConfig(
  { tipo: 'postgres', conexion_env: 'MEMORIA_PG_PRUEBA', tabla: 'retornados', marca_agua: 'actualizado_en', solape_segundos: 60, lote: 2 },
  source,
  'conector',
  (message) => {
    throw new Error(message);
  },
) as PostgresConnectorConfig;

const pull = async (state?: ConnectorState): Promise<PullResult> => {
  const start = performance.now();
  const result = await createPostgresConnector(config).pull({ source, folder, state, signal: new AbortController().signal, log: () => {} });
  timings[`extracción ${Object.keys(timings).length}`] = Math.round(performance.now() - start);
  return result;
};
const delivered = async (result: PullResult) => parseCsv(await readFile(join(folder, result.archivo!), 'utf8'));

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  const start = performance.now();
  server = await startPostgres();
  timings['arranque de PostgreSQL'] = Math.round(performance.now() - start);
  process.env.MEMORIA_PG_PRUEBA = server.url;
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  // pg-pool's end() resolves before its sockets close: the server stopped in afterAll may still end one.
  pool.on('error', () => {});
  db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  await db.schema
    .createTable('retornados')
    .addColumn('id', 'integer', (column) => column.primaryKey())
    .addColumn('fecha', 'date', (column) => column.notNull())
    .addColumn('via', 'text', (column) => column.notNull())
    .addColumn('sexo', 'text', (column) => column.notNull())
    .addColumn('edad', 'integer')
    .addColumn('pais_procedencia', 'text')
    .addColumn('actualizado_en', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('gami_casos')
    .addColumn('id_caso', 'text', (column) => column.primaryKey())
    .addColumn('fec_ingreso', 'text', (column) => column.notNull())
    .addColumn('tipo_via', 'text', (column) => column.notNull())
    .addColumn('sexo_id', 'smallint', (column) => column.notNull())
    .addColumn('edad', 'integer')
    .addColumn('modificado', 'timestamp', (column) => column.notNull())
    .execute();
});

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
  delete process.env.MEMORIA_PG_PRUEBA;
  console.log(`Tiempos PostgreSQL (ms): ${JSON.stringify(timings)}`);
});

describe('the PostgreSQL connector', () => {
  let first: PullResult;
  let second: PullResult;

  it('delivers every record on the first run, with its id, and remembers the watermark and the records at its boundary', async () => {
    await db
      .insertInto('retornados')
      .values([
        { id: 1, fecha: '2024-01-03', via: 'aerea', sexo: 'M', edad: 30, pais_procedencia: 'usa', actualizado_en: '2024-05-01 10:00:00-06' },
        { id: 2, fecha: '2024-01-04', via: 'aerea', sexo: 'F', edad: 8, pais_procedencia: 'MEX', actualizado_en: '2024-05-01 10:01:00-06' },
        { id: 3, fecha: '2024-01-05', via: 'terrestre', sexo: 'M', edad: null, pais_procedencia: 'MEX', actualizado_en: '2024-05-01 10:02:00-06' },
        { id: 4, fecha: '2024-01-05', via: 'aerea', sexo: 'F', edad: 41, pais_procedencia: 'USA', actualizado_en: '2024-05-01 10:03:00.000001-06' },
        { id: 5, fecha: '2024-01-06', via: 'aerea', sexo: 'M', edad: 19, pais_procedencia: 'USA', actualizado_en: '2024-05-01 10:03:00.000001-06' },
      ])
      .execute();
    first = await pull();
    expect(first.archivo).toMatch(/^\d{4}-\d{2}-\d{2}_\d{6}_\d{3}_postgres\.csv$/);
    const rows = await delivered(first);
    expect(rows.map((row) => row.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows[0]).toEqual({ fecha: '2024-01-03', id: '1', via: 'aerea', sexo: 'M', edad: '30', pais_procedencia: 'usa' });
    expect(rows[2].edad).toBe('');
    // The watermark keeps PostgreSQL's microseconds (UTC); the boundary holds what lies within 60 s below it.
    expect(first.state?.marca).toBe('2024-05-01T16:03:00.000001');
    expect(Object.keys(first.state!.frontera).sort()).toEqual(['4', '5']);
  });

  it('then delivers only new and changed records: updates, late commits below the watermark, the same watermark value at the boundary', async () => {
    await db.updateTable('retornados').set({ via: 'terrestre', actualizado_en: '2024-05-01 10:10:00-06' }).where('id', '=', 2).execute();
    // Changed without moving its watermark (a writer that reuses the timestamp): its version hash differs.
    await db.updateTable('retornados').set({ edad: 42 }).where('id', '=', 4).execute();
    await db
      .insertInto('retornados')
      .values([
        // Committed after the first run with the boundary's exact watermark value...
        { id: 6, fecha: '2024-01-07', via: 'aerea', sexo: 'F', edad: 25, pais_procedencia: 'USA', actualizado_en: '2024-05-01 10:03:00.000001-06' },
        // ...and 30 s below it (a long transaction that committed late): both are read again through the overlap.
        { id: 7, fecha: '2024-01-07', via: 'aerea', sexo: 'M', edad: 33, pais_procedencia: 'GTM', actualizado_en: '2024-05-01 10:02:30-06' },
        { id: 8, fecha: '2024-01-08', via: 'terrestre', sexo: 'F', edad: 2, pais_procedencia: 'MEX', actualizado_en: '2024-05-01 10:11:00-06' },
      ])
      .execute();
    second = await pull(first.state);
    const rows = await delivered(second);
    expect(rows.map((row) => row.id).sort()).toEqual(['2', '4', '6', '7', '8']);
    expect(rows.find((row) => row.id === '2')?.via).toBe('terrestre');
    expect(rows.find((row) => row.id === '4')?.edad).toBe('42');
    expect(second.state?.marca).toBe('2024-05-01T16:11:00.000000');
    expect(Buffer.compare(Buffer.from(second.archivo!), Buffer.from(first.archivo!))).toBe(1);
  });

  it('writes nothing when nothing changed, and keeps the watermark', async () => {
    const third = await pull(second.state);
    expect(third).toMatchObject({ archivo: undefined, filas: 0 });
    expect(third.state).toEqual(second.state);
  });

  it('reads the same records again when the saved state did not advance (the run did not commit)', async () => {
    // The uncommitted delivery is still in the landing folder and will load: an identical file is not written twice.
    expect(await pull(first.state)).toMatchObject({ archivo: undefined, filas: 0 });
    await rm(join(folder, second.archivo!));
    const again = await pull(first.state);
    expect((await delivered(again)).map((row) => row.id).sort()).toEqual(['2', '4', '6', '7', '8']);
  });

  it('fails with a Spanish message, transient, when the server cannot be reached, without showing the connection string', async () => {
    process.env.MEMORIA_PG_PRUEBA = 'postgres://memoria:clave-muy-secreta@127.0.0.1:1/postgres';
    try {
      const failure = await pull().catch((error) => error);
      expect(failure).toMatchObject({ transitorio: true, message: expect.stringContaining('no se pudo conectar') });
      expect(failure.message).not.toContain('clave-muy-secreta');
    } finally {
      process.env.MEMORIA_PG_PRUEBA = server.url;
    }
  });

  it('refuses a watermark column that is not a timestamp, and a missing table, as permanent errors', async () => {
    const wrong = { ...config, marcaAgua: 'edad' };
    await expect(createPostgresConnector(wrong).pull({ source, folder, signal: new AbortController().signal, log: () => {} })).rejects.toMatchObject({
      transitorio: false,
      message: expect.stringContaining('debe ser timestamp o timestamptz'),
    });
    const missing = { ...config, tabla: 'no_existe' };
    await expect(createPostgresConnector(missing).pull({ source, folder, signal: new AbortController().signal, log: () => {} })).rejects.toMatchObject({
      transitorio: false,
      message: expect.stringContaining('no existe la tabla no_existe'),
    });
  });
});

describe('the PostgreSQL connector with a «mapeo»', () => {
  const mapped = join(root, 'landing-mapeo', 'retornados');
  const gami = (mapeo?: unknown) =>
    parseConnectorConfig({ tipo: 'postgres', conexion_env: 'MEMORIA_PG_PRUEBA', tabla: 'gami_casos', columna_id: 'id_caso', marca_agua: 'modificado', mapeo }, source, 'conector', (message) => {
      throw new Error(message);
    }) as PostgresConnectorConfig;
  const mapeo = {
    columnas: { fecha: 'fec_ingreso', via: 'tipo_via', sexo: 'sexo_id' },
    valores: { sexo: { '1': 'M', '2': 'F' }, via: { A: 'aerea', T: 'terrestre' } },
    formato_fecha: 'DD/MM/AAAA',
  };

  it("renames the table's columns, translates its 1/2 sex codes and reads its DD/MM/AAAA dates into the contract", async () => {
    await db
      .insertInto('gami_casos')
      .values([
        { id_caso: 'C-1', fec_ingreso: '03/01/2024', tipo_via: 'A', sexo_id: 1, edad: 30, modificado: '2024-05-01 10:00:00' },
        { id_caso: 'C-2', fec_ingreso: '4/1/2024', tipo_via: 't', sexo_id: 2, edad: null, modificado: '2024-05-01 10:01:00' },
        // A code and a date the mapping does not know pass through: the warehouse quarantines them with their reason.
        { id_caso: 'C-3', fec_ingreso: '05-01-2024', tipo_via: 'A', sexo_id: 3, edad: 8, modificado: '2024-05-01 10:02:00' },
      ])
      .execute();
    const lines: string[] = [];
    const result = await createPostgresConnector(gami(mapeo)).pull({ source, folder: mapped, signal: new AbortController().signal, log: (line) => void lines.push(line) });
    expect(result.filas).toBe(3);
    const text = await readFile(join(mapped, result.archivo!), 'utf8');
    expect(text.split('\n')[0]).toBe('fecha,id,via,sexo,edad');
    expect(parseCsv(text)).toEqual([
      { fecha: '2024-01-03', id: 'C-1', via: 'aerea', sexo: 'M', edad: '30' },
      { fecha: '2024-01-04', id: 'C-2', via: 'terrestre', sexo: 'F', edad: '' },
      { fecha: '05-01-2024', id: 'C-3', via: 'aerea', sexo: '3', edad: '8' },
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('sexo: 1 valores sin traducción en mapeo.valores (p. ej. «3»)'),
        expect.stringContaining('fecha: 1 fechas sin el formato DD/MM/AAAA (p. ej. «05-01-2024»)'),
      ]),
    );
    // Nothing changed: the translated versions hash as before, nothing is delivered twice.
    expect(await createPostgresConnector(gami(mapeo)).pull({ source, folder: mapped, state: result.state, signal: new AbortController().signal, log: () => {} })).toMatchObject({
      archivo: undefined,
      filas: 0,
    });
  });

  it('without the mapping cannot read the same table (no contract column by its name), and says where to declare it', async () => {
    await expect(createPostgresConnector(gami()).pull({ source, folder: mapped, signal: new AbortController().signal, log: () => {} })).rejects.toMatchObject({
      transitorio: false,
      message: 'la tabla gami_casos no tiene la columna obligatoria fecha; indíquela en mapeo.columnas',
    });
    // Renamed only, its codes would reach the warehouse as 1 and 2, which the contract's closed list of sexo refuses.
    const renamedOnly = await createPostgresConnector(gami({ columnas: mapeo.columnas })).pull({ source, folder: join(mapped, 'solo-columnas'), signal: new AbortController().signal, log: () => {} });
    expect(parseCsv(await readFile(join(mapped, 'solo-columnas', renamedOnly.archivo!), 'utf8')).map((row) => [row.fecha, row.sexo])).toEqual([
      ['03/01/2024', '1'],
      ['4/1/2024', '2'],
      ['05-01-2024', '3'],
    ]);
  });

  it('reads from the start when the saved state is not its own (the source was a folder with exports before)', async () => {
    const folderState = { marca: '2024-03-31_cierre.csv', frontera: { '2024-03-31_cierre.csv': '123:456:789:1:abcd' } };
    // Taken as a watermark, it would fail the source on every run.
    expect(() => shiftWatermark(folderState.marca, -300)).toThrow('marca de agua con formato inesperado');
    const result = await createPostgresConnector(gami(mapeo)).pull({ source, folder: join(mapped, 'antes-carpeta'), state: folderState, signal: new AbortController().signal, log: () => {} });
    expect(result).toMatchObject({ filas: 3, state: { marca: '2024-05-01T10:02:00.000000' } });
  });

  it('still reads the older «columnas» beside the connector settings', async () => {
    const older = parseConnectorConfig(
      { tipo: 'postgres', conexion_env: 'MEMORIA_PG_PRUEBA', tabla: 'gami_casos', columna_id: 'id_caso', marca_agua: 'modificado', columnas: mapeo.columnas },
      source,
      'conector',
      (message) => {
        throw new Error(message);
      },
    ) as PostgresConnectorConfig;
    const result = await createPostgresConnector(older).pull({ source, folder: join(mapped, 'columnas'), signal: new AbortController().signal, log: () => {} });
    expect(parseCsv(await readFile(join(mapped, 'columnas', result.archivo!), 'utf8'))[0]).toEqual({ fecha: '03/01/2024', id: 'C-1', via: 'A', sexo: '1', edad: '30' });
  });
});
