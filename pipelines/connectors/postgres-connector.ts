import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { LandingSource } from '../contract/landing-sources.js';
import { ConnectorError, type Connector, type ConnectorState, type PullContext, type PullResult } from './connector.js';
import type { PostgresConnectorConfig } from './connector-config.js';
import { readCredential, redact, type Secret } from './credentials.js';
import { openDelivery } from './landing-writer.js';
import { createRecordMapper, untranslatedLines, type RecordMapper } from './source-mapping.js';
import { cellText, isWatermark, laterWatermark, shiftWatermark, versionHash, watermarkText, watermarkValue } from './postgres-sql.js';
import { WATERMARK_TYPES, type OperationalDatabase, type OperationalRow } from './postgres-tables.js';

interface MappedColumn {
  /** The contract column written in the delivery's header. */
  readonly contract: string;
  readonly source: string;
  readonly dataType: string;
}

/**
 * The PostgreSQL connector: reads a table incrementally by its watermark column, in keyset pages
 * ordered by (watermark, id), and writes the new or changed records, with their `id`, as one
 * delivery; a changed record thus replaces its earlier version through the contract's id rule.
 * Records up to `solape` seconds below the saved watermark are read again, so a transaction that
 * committed late is not missed; those already delivered unchanged (same version hash) are skipped.
 */
export function createPostgresConnector(config: PostgresConnectorConfig): Connector {
  return {
    tipo: 'postgres',
    async pull(context) {
      const connection = readCredential(config.conexion, `la conexión a PostgreSQL de ${context.source.name}`);
      const pool = new pg.Pool({
        connectionString: connection.reveal(),
        max: 1,
        connectionTimeoutMillis: 15_000,
        statement_timeout: 600_000,
        application_name: 'memoria',
        options: '-c TimeZone=UTC -c DateStyle=ISO',
      });
      // A server that ends an idle connection (a restart, or a shutdown while the ended pool's socket
      // still closes: pg-pool's end() does not wait for it) makes the pool emit 'error'; unheard, that
      // error would stop the whole service. A query on a broken connection still fails the pull.
      pool.on('error', () => {});
      const db = new Kysely<OperationalDatabase>({ dialect: new PostgresDialect({ pool }) });
      try {
        return await pullRecords(db, config, context);
      } catch (error) {
        throw asConnectorError(error, connection);
      } finally {
        await db.destroy();
      }
    },
  };
}

async function pullRecords(db: Kysely<OperationalDatabase>, config: PostgresConnectorConfig, context: PullContext): Promise<PullResult> {
  const mapper = createRecordMapper(config.mapeo, { id: config.columnaId });
  const { columns, watermarkType } = await describeTable(db, config, context.source, mapper);
  const header = columns.map((column) => column.contract);
  // The state another connector saved for the source (a folder's exports) is no watermark: read from the start.
  const saved = context.state && isWatermark(context.state.marca) ? context.state : undefined;
  const lower = saved ? shiftWatermark(saved.marca, -config.solapeSegundos) : undefined;
  const writer = await openDelivery(context.folder, 'postgres', header);
  const seen: { id: string; marca: string; hash: string }[] = [];
  let newest = saved?.marca;
  try {
    let after: { marca: string; id: string } | undefined;
    for (;;) {
      if (context.signal.aborted) throw new ConnectorError('se interrumpió la extracción: el servicio se está deteniendo', true);
      const page = await readPage(db, config, columns, { lower, after, watermarkType });
      for (const row of page) {
        // The version hash is taken over the translated values: what the delivery holds.
        const values = columns.map((column) => mapper.value(column.contract, row[column.contract] ?? null));
        const hash = versionHash(values, row.registro_marca);
        seen.push({ id: row.registro_id, marca: row.registro_marca, hash });
        newest = laterWatermark(newest, row.registro_marca);
        if (saved?.frontera[row.registro_id] !== hash) await writer.write(values);
      }
      if (page.length < config.lote) break;
      const last = page[page.length - 1];
      after = { marca: last.registro_marca, id: last.registro_id };
    }
    const archivo = await writer.finish();
    context.log(`${writer.rows} registros nuevos o cambiados de ${config.tabla} (${seen.length} leídos desde ${lower ?? 'el principio'})`);
    for (const line of untranslatedLines(mapper, config.mapeo?.formatoFecha?.text)) context.log(line);
    return { archivo, filas: archivo ? writer.rows : 0, state: newest ? boundaryState(newest, seen, config.solapeSegundos) : undefined };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** The new state: the watermark and every record version within the overlap window below it. */
function boundaryState(marca: string, seen: { id: string; marca: string; hash: string }[], overlapSeconds: number): ConnectorState {
  const cutoff = shiftWatermark(marca, -overlapSeconds);
  const frontera: Record<string, string> = {};
  for (const record of seen) if (record.marca >= cutoff) frontera[record.id] = record.hash;
  return { marca, frontera };
}

async function readPage(
  db: Kysely<OperationalDatabase>,
  config: PostgresConnectorConfig,
  columns: readonly MappedColumn[],
  at: { lower?: string; after?: { marca: string; id: string }; watermarkType: string },
): Promise<OperationalRow[]> {
  const watermark = sql.ref(config.marcaAgua);
  const id = sql.ref(config.columnaId);
  const conditions = [sql`${watermark} is not null`];
  if (at.lower !== undefined) conditions.push(sql`${watermark} >= ${watermarkValue(at.lower, at.watermarkType)}`);
  if (at.after) conditions.push(sql`(${watermark}, ${id}) > (${watermarkValue(at.after.marca, at.watermarkType)}, ${at.after.id})`);
  const selected = [
    sql`${id}::text as registro_id`,
    sql`${watermarkText(config.marcaAgua, at.watermarkType)} as registro_marca`,
    ...columns.map((column) => sql`${cellText(column.source, column.dataType)} as ${sql.id(column.contract)}`),
  ];
  const table = config.esquema ? sql.table(`${config.esquema}.${config.tabla}`) : sql.table(config.tabla);
  const result = await sql<OperationalRow>`select ${sql.join(selected)} from ${table}
    where ${sql.join(conditions, sql` and `)} order by ${watermark}, ${id} limit ${config.lote}`.execute(db);
  return result.rows;
}

/** Reads the table's column types and maps contract columns to table columns (`mapeo.columnas`, or by name). */
async function describeTable(db: Kysely<OperationalDatabase>, config: PostgresConnectorConfig, source: LandingSource, mapper: RecordMapper) {
  const rows = await db
    .selectFrom('information_schema.columns')
    .select(['column_name', 'data_type'])
    .where('table_name', '=', config.tabla)
    .where('table_schema', '=', config.esquema ?? sql<string>`current_schema()`)
    .execute();
  const types = new Map(rows.map((row) => [row.column_name, row.data_type]));
  const where = `${config.esquema ? `${config.esquema}.` : ''}${config.tabla}`;
  if (types.size === 0) throw new ConnectorError(`no existe la tabla ${where} (o el usuario no puede verla)`, false);
  const watermarkType = types.get(config.marcaAgua);
  if (!watermarkType) throw new ConnectorError(`la tabla ${where} no tiene la columna de marca de agua ${config.marcaAgua}`, false);
  if (!(WATERMARK_TYPES as readonly string[]).includes(watermarkType)) {
    throw new ConnectorError(`la marca de agua ${where}.${config.marcaAgua} es ${watermarkType}; debe ser timestamp o timestamptz`, false);
  }
  if (!types.has(config.columnaId)) throw new ConnectorError(`la tabla ${where} no tiene la columna de identificador ${config.columnaId}`, false);
  const columns: MappedColumn[] = [];
  for (const column of source.columns) {
    const mapped = mapper.sourceColumn(column.name);
    const dataType = types.get(mapped);
    if (dataType) columns.push({ contract: column.name, source: mapped, dataType });
    else if (mapper.renamed(column.name)) throw new ConnectorError(`la tabla ${where} no tiene la columna ${mapped} (para ${column.name})`, false);
    else if (column.required) throw new ConnectorError(`la tabla ${where} no tiene la columna obligatoria ${column.name}; indíquela en mapeo.columnas`, false);
  }
  return { columns, watermarkType };
}

/** PostgreSQL error classes worth retrying: connection problems, shutdowns, resource limits, serialization. */
const TRANSIENT_SQLSTATE = /^(08|53|57P0|40001|40P01)/;

function asConnectorError(error: unknown, connection: Secret): ConnectorError {
  if (error instanceof ConnectorError) return new ConnectorError(redact(error.message, [connection]), error.transitorio);
  const failure = error as { code?: string; message?: string };
  const network = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(failure.code ?? '');
  const timeout = /timeout/i.test(failure.message ?? '');
  const transient = network || timeout || TRANSIENT_SQLSTATE.test(failure.code ?? '');
  const reason = network ? `no se pudo conectar (${failure.code})` : (failure.message ?? String(error));
  return new ConnectorError(redact(`PostgreSQL: ${reason}`, [connection]), transient);
}
