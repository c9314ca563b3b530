import { ConnectorError, type Connector, type PullContext, type PullResult } from './connector.js';
import type { HttpConnectorConfig } from './connector-config.js';
import { readCredential, type Secret } from './credentials.js';
import { fetchJson, safeUrl } from './http-fetch.js';
import { openDelivery } from './landing-writer.js';
import { createRecordMapper, untranslatedLines } from './source-mapping.js';

/** More pages than this means the API is not paginating as configured. */
const MAX_PAGES = 100_000;

/**
 * The HTTP/JSON connector: reads every page of a JSON API (page numbers, or a next-page link in the
 * body that must stay on the same origin, since the token travels with it), maps each record's
 * fields to the contract's columns (renamed, translated and reformatted as its `mapeo` says) and
 * writes one delivery. Each request has a timeout and is retried with back-off on 5xx, 429,
 * timeouts and network errors. A snapshot identical to the previous delivery writes nothing.
 */
export function createHttpConnector(config: HttpConnectorConfig): Connector {
  return {
    tipo: 'http',
    async pull(context) {
      const token = config.token ? readCredential(config.token, `el token de la API de ${context.source.name}`) : undefined;
      return pullPages(config, context, token);
    },
  };
}

async function pullPages(config: HttpConnectorConfig, context: PullContext, token: Secret | undefined): Promise<PullResult> {
  // Every contract column: a field the API does not send is an empty cell (an absent optional column).
  const columns = context.source.columns.map((column) => column.name);
  const writer = await openDelivery(context.folder, 'http', columns);
  const mapper = createRecordMapper(config.mapeo);
  const policy = { token, timeoutMs: config.tiempoEsperaMs, attempts: config.intentos, initialDelayMs: config.esperaInicialMs, signal: context.signal, log: context.log };
  const paging = config.paginacion;
  const first = new URL(config.url);
  let url: URL | undefined = first;
  let page = paging.primeraPagina;
  let pages = 0;
  try {
    while (url) {
      if (++pages > MAX_PAGES) throw new ConnectorError(`${safeUrl(first)}: más de ${MAX_PAGES} páginas; revise la paginación`, false);
      if (!paging.campoSiguiente) {
        url.searchParams.set(paging.parametroPagina, String(page));
        url.searchParams.set(paging.parametroTamano, String(paging.tamano));
      }
      const body = await fetchJson(url, policy);
      const records = recordsOf(body, config, url);
      for (const record of records) await writer.write(mapper.record(columns, (field) => cell(record, field, url!)));
      url = paging.campoSiguiente ? nextLink(body, paging.campoSiguiente, url, first) : records.length < paging.tamano ? undefined : new URL(url);
      page++;
    }
    const archivo = await writer.finish();
    context.log(`${writer.rows} registros en ${pages} páginas de ${safeUrl(first)}${archivo ? '' : ' (sin cambios desde la entrega anterior)'}`);
    for (const line of untranslatedLines(mapper, config.mapeo?.formatoFecha?.text)) context.log(line);
    return { archivo, filas: archivo ? writer.rows : 0 };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

function recordsOf(body: unknown, config: HttpConnectorConfig, url: URL): Record<string, unknown>[] {
  const data = config.campoDatos ? (body as Record<string, unknown> | null)?.[config.campoDatos] : body;
  if (!Array.isArray(data)) {
    throw new ConnectorError(`${safeUrl(url)}: la respuesta no trae una lista de registros${config.campoDatos ? ` en «${config.campoDatos}»` : ''}`, false);
  }
  return data as Record<string, unknown>[];
}

function cell(record: Record<string, unknown>, field: string, url: URL): string | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new ConnectorError(`${safeUrl(url)}: la lista de registros trae algo que no es un objeto`, false);
  const value = record[field];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new ConnectorError(`${safeUrl(url)}: el campo «${field}» trae un objeto o una lista, no un valor`, false);
}

function nextLink(body: unknown, field: string, current: URL, first: URL): URL | undefined {
  const link = (body as Record<string, unknown> | null)?.[field];
  if (link === null || link === undefined || link === '') return undefined;
  if (typeof link !== 'string') throw new ConnectorError(`${safeUrl(current)}: «${field}» debe ser una URL o null`, false);
  const next = new URL(link, current);
  if (next.origin !== first.origin) throw new ConnectorError(`${safeUrl(current)}: el enlace a la página siguiente sale de ${first.origin}; no se sigue (el token viajaría a otro servidor)`, false);
  return next;
}
