import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findSource } from '../../../pipelines/contract/landing-sources.js';
import { parseConnectorConfig, type HttpConnectorConfig } from '../../../pipelines/connectors/connector-config.js';
import { createHttpConnector } from '../../../pipelines/connectors/http-connector.js';
import { parseCsv, testTmpRoot } from '../../support/demo-edition.js';

const TOKEN = 'tok-PNI-7f3a9c-no-se-muestra';
const root = join(testTmpRoot, 'test-http-conector');
const folder = join(root, 'landing', 'pni');
const source = findSource('pni')!;
const records = [
  { codigo: '5.5.2.a', anio: 2024, valor: 120, institucion: 'mtps' },
  { codigo: '5.5.2.a', anio: 2023, valor: 95, institucion: 'mtps' },
  { codigo: '0.1.1.a', anio: 2024, valor: 1, institucion: null },
  { codigo: '1.2.3.b', anio: 2024, valor: 7.5, institucion: 'conapina' },
  { codigo: '2.1.1.a', anio: 2024, valor: 0, institucion: 'minsal, sede "central"' },
];

/** Failures the server injects, by request path and page: how many times to fail and how. */
let failures: Map<string, { times: number; mode: 'status' | 'hang' | 'garbage'; status?: number }>;
let requests: { url: string; authorization?: string }[];
let server: Server;
let base: string;
const logs: string[] = [];

function handle(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url!, base);
  requests.push({ url: url.pathname + url.search, authorization: request.headers.authorization });
  if (request.headers.authorization !== `Bearer ${TOKEN}`) {
    response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'no autorizado' }));
    return;
  }
  const page = Number(url.searchParams.get('pagina') ?? 1);
  const size = Number(url.searchParams.get('por_pagina') ?? 2);
  const key = `${url.pathname}#${page}`;
  const failure = failures.get(key);
  if (failure && failure.times > 0) {
    failure.times--;
    if (failure.mode === 'hang') return; // never answers: the client's timeout must fire
    if (failure.mode === 'garbage') return void response.writeHead(200).end('<html>mantenimiento</html>');
    return void response.writeHead(failure.status ?? 503).end(`fallo con el token ${TOKEN}`);
  }
  if (url.pathname === '/enlaces') {
    const next = page < 3 ? `/enlaces?pagina=${page + 1}` : null;
    return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ datos: records.slice((page - 1) * 2, page * 2), siguiente: next }));
  }
  if (url.pathname === '/fuera') {
    return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ datos: records.slice(0, 2), siguiente: 'http://198.51.100.1/robar' }));
  }
  if (url.pathname === '/sistema') {
    return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ datos: systemRecords.slice((page - 1) * size, page * size) }));
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ datos: records.slice((page - 1) * size, page * size), total: records.length }));
}

/** Records in the reporting system's own terms: its field names, institution numbers, UTC timestamps. */
const systemRecords = [
  { codigo: '5.5.2.a', periodo: 2024, logro: 120, inst_id: 7, reportado_en: '2024-03-16T03:00:00Z' },
  { codigo: '0.1.1.a', periodo: 2024, logro: 1, inst_id: 12, reportado_en: '2024-03-16T18:30:00Z' },
  // An institution number the mapping does not know and a date in another format pass through unchanged.
  { codigo: '1.2.3.b', periodo: 2024, logro: 7, inst_id: 99, reportado_en: '16/03/2024' },
];

const config = (overrides: Record<string, unknown> = {}) =>
  parseConnectorConfig(
    {
      tipo: 'http',
      url: `${base}/pni`,
      token_env: 'MEMORIA_TOKEN_PRUEBA',
      campo_datos: 'datos',
      paginacion: { tamano: 2 },
      columnas: { indicador: 'codigo' },
      tiempo_espera_segundos: 0.3,
      intentos: 3,
      espera_inicial_segundos: 0.01,
      ...overrides,
    },
    source,
    'conector',
    (message) => {
      throw new Error(message);
    },
  ) as HttpConnectorConfig;

const pull = (overrides?: Record<string, unknown>) => createHttpConnector(config(overrides)).pull({ source, folder, signal: new AbortController().signal, log: (line) => void logs.push(line) });

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  process.env.MEMORIA_TOKEN_PRUEBA = TOKEN;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  delete process.env.MEMORIA_TOKEN_PRUEBA;
  // Nothing the connector printed or wrote may carry the token.
  expect(logs.join('\n')).not.toContain(TOKEN);
});
beforeEach(async () => {
  failures = new Map();
  requests = [];
  await rm(root, { recursive: true, force: true });
});

describe('the HTTP/JSON connector', () => {
  it('reads every page with the bearer token and writes one delivery under the landing contract', async () => {
    const result = await pull();
    expect(requests.map((request) => request.url)).toEqual(['/pni?pagina=1&por_pagina=2', '/pni?pagina=2&por_pagina=2', '/pni?pagina=3&por_pagina=2']);
    expect(requests.every((request) => request.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(result).toMatchObject({ filas: 5, archivo: expect.stringMatching(/_http\.csv$/) });
    const text = await readFile(join(folder, result.archivo!), 'utf8');
    // Every contract column of pni, renamed where «columnas» says so; what the API does not send stays empty.
    expect(text.split('\n')[0]).toBe('indicador,anio,valor,institucion,fuente,fecha');
    expect(parseCsv(text).map(({ indicador, anio, valor, institucion, fuente }) => [indicador, anio, valor, institucion, fuente])).toEqual([
      ['5.5.2.a', '2024', '120', 'mtps', ''],
      ['5.5.2.a', '2023', '95', 'mtps', ''],
      ['0.1.1.a', '2024', '1', '', ''],
      ['1.2.3.b', '2024', '7.5', 'conapina', ''],
      ['2.1.1.a', '2024', '0', 'minsal, sede "central"', ''],
    ]);
    expect(text).not.toContain(TOKEN);
  });

  it('retries a 503 and a request that times out, with back-off, and still reads every page once', async () => {
    failures.set('/pni#2', { times: 1, mode: 'status', status: 503 });
    failures.set('/pni#3', { times: 1, mode: 'hang' });
    const result = await pull();
    expect(result.filas).toBe(5);
    expect(requests.map((request) => request.url.replace('&por_pagina=2', ''))).toEqual(['/pni?pagina=1', '/pni?pagina=2', '/pni?pagina=2', '/pni?pagina=3', '/pni?pagina=3']);
    expect(logs.filter((line) => line.includes('se reintenta'))).toEqual([expect.stringContaining('respondió 503'), expect.stringContaining('sin respuesta completa en 0.3 s')]);
  });

  it('gives up after its attempts with a transient Spanish error and leaves nothing in the landing folder', async () => {
    failures.set('/pni#2', { times: 99, mode: 'status', status: 500 });
    const failure = await pull().catch((error) => error);
    expect(failure).toMatchObject({ transitorio: true, message: expect.stringMatching(/respondió 500 .*después de 3 intentos/) });
    expect(failure.message).not.toContain(TOKEN);
    expect(await readdir(folder)).toEqual([]);
  });

  it('fails at once, not transient, on 401 (naming the token, not showing it) and on a body that is not JSON', async () => {
    process.env.MEMORIA_TOKEN_PRUEBA = 'otro-token-equivocado';
    try {
      const failure = await pull().catch((error) => error);
      expect(failure).toMatchObject({ transitorio: false, message: expect.stringContaining('401') });
      expect(failure.message).toContain('revise el token');
      expect(failure.message).not.toContain('otro-token-equivocado');
      expect(requests).toHaveLength(1);
    } finally {
      process.env.MEMORIA_TOKEN_PRUEBA = TOKEN;
    }
    failures.set('/pni#1', { times: 1, mode: 'garbage' });
    await expect(pull()).rejects.toMatchObject({ transitorio: false, message: expect.stringContaining('no es JSON') });
  });

  it('follows next-page links on the same server and refuses one that leaves it (the token would travel)', async () => {
    const linked = await pull({ url: `${base}/enlaces`, paginacion: { campo_siguiente: 'siguiente', tamano: 2 } });
    expect(linked.filas).toBe(5);
    expect(requests.map((request) => request.url)).toEqual(['/enlaces', '/enlaces?pagina=2', '/enlaces?pagina=3']);
    await expect(pull({ url: `${base}/fuera`, paginacion: { campo_siguiente: 'siguiente', tamano: 2 } })).rejects.toMatchObject({ message: expect.stringContaining('sale de') });
    expect(requests.at(-1)?.url).toBe('/fuera');
  });

  it('writes nothing when the snapshot is identical to its previous delivery', async () => {
    const first = await pull();
    const second = await pull();
    expect(first.archivo).toBeDefined();
    expect(second).toMatchObject({ archivo: undefined, filas: 0 });
    expect(await readdir(folder)).toEqual([first.archivo]);
  });

  it('needs its token variable and says which one is missing', async () => {
    delete process.env.MEMORIA_TOKEN_PRUEBA;
    try {
      await expect(pull()).rejects.toMatchObject({ transitorio: false, message: 'falta la variable de entorno MEMORIA_TOKEN_PRUEBA (el token de la API de pni)' });
    } finally {
      process.env.MEMORIA_TOKEN_PRUEBA = TOKEN;
    }
  });
});

describe('the HTTP/JSON connector with a «mapeo»', () => {
  const mapeo = {
    columnas: { indicador: 'codigo', anio: 'periodo', valor: 'logro', institucion: 'inst_id', fecha: 'reportado_en' },
    valores: { institucion: { '7': 'mtps', '12': 'rnpn' } },
    formato_fecha: 'AAAA-MM-DDThh:mm:ss',
  };

  it('renames the JSON fields, translates codes and reads UTC timestamps as the day in El Salvador', async () => {
    const result = await pull({ url: `${base}/sistema`, columnas: undefined, mapeo });
    expect(result.filas).toBe(3);
    expect(parseCsv(await readFile(join(folder, result.archivo!), 'utf8'))).toEqual([
      { indicador: '5.5.2.a', anio: '2024', valor: '120', institucion: 'mtps', fuente: '', fecha: '2024-03-15' },
      { indicador: '0.1.1.a', anio: '2024', valor: '1', institucion: 'rnpn', fuente: '', fecha: '2024-03-16' },
      { indicador: '1.2.3.b', anio: '2024', valor: '7', institucion: '99', fuente: '', fecha: '16/03/2024' },
    ]);
    expect(logs).toEqual(
      expect.arrayContaining([
        expect.stringContaining('institucion: 1 valores sin traducción en mapeo.valores (p. ej. «99»)'),
        expect.stringContaining('fecha: 1 fechas sin el formato AAAA-MM-DDThh:mm:ss (p. ej. «16/03/2024»)'),
      ]),
    );
  });

  it('without the date format, a UTC timestamp would reach the warehouse as it came, which no contract date format reads', async () => {
    const result = await pull({ url: `${base}/sistema`, columnas: undefined, mapeo: { ...mapeo, formato_fecha: undefined } });
    expect(parseCsv(await readFile(join(folder, result.archivo!), 'utf8')).map((row) => row.fecha)).toEqual(['2024-03-16T03:00:00Z', '2024-03-16T18:30:00Z', '16/03/2024']);
  });
});
