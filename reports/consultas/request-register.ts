/**
 * The register of public-information requests (`registro.consultas` in the warehouse): every
 * request `memoria consulta` received, answered or refused, with its text, its parameters, when
 * and by whom, the answer file's SHA-256 and the ledger publications it was protected against, so
 * that `--repetir N` gives the same bytes from the same data and anyone can check a file handed out.
 */
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { RequestParameters } from './answer-request.js';

export type RequestStatus = 'respondida' | 'rechazada';

export interface RegisteredRequest {
  readonly numero: number;
  /** ISO 8601 in UTC, seconds precision. */
  readonly fecha: string;
  readonly solicitud: string;
  readonly solicitante: string | null;
  /** The operating-system account that ran the command. */
  readonly usuario: string;
  readonly parametros: RequestParameters;
  readonly archivo: string | null;
  readonly sha256: string | null;
  readonly estado: RequestStatus;
  /** Why it was refused. */
  readonly motivo: string | null;
  /** Its figures in the publication ledger (protected sources), null otherwise. */
  readonly publicacion: string | null;
  /** The ledger's publications it was protected against. */
  readonly publicaciones_previas: readonly string[];
  /** SHA-256 of its true figures: tells whether the data changed since. */
  readonly huella_datos: string | null;
}

const SCHEMA = `
  create schema if not exists registro;
  create table if not exists registro.consultas (
    numero integer primary key, fecha varchar not null, solicitud varchar not null, solicitante varchar, usuario varchar not null,
    parametros varchar not null, archivo varchar, sha256 varchar, estado varchar not null, motivo varchar, publicacion varchar,
    publicaciones_previas varchar not null, huella_datos varchar
  );`;

async function registerExists(warehouse: Warehouse): Promise<boolean> {
  const found = await warehouse.rows<{ n: number }>(`select count(*)::integer as n from information_schema.tables where table_schema = 'registro' and table_name = 'consultas'`);
  return found[0].n > 0;
}

/** Returns the number the next request gets (1 for the first). */
export async function nextRequestNumber(warehouse: Warehouse): Promise<number> {
  if (!(await registerExists(warehouse))) return 1;
  const rows = await warehouse.rows<{ n: number }>('select coalesce(max(numero), 0)::integer + 1 as n from registro.consultas');
  return rows[0].n;
}

/** Records a request (inside the caller's transaction, with its ledger figures). */
export async function registerRequest(warehouse: Warehouse, request: RegisteredRequest): Promise<void> {
  await warehouse.run(SCHEMA);
  await warehouse.run('insert into registro.consultas values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    request.numero,
    request.fecha,
    request.solicitud,
    request.solicitante,
    request.usuario,
    JSON.stringify(request.parametros),
    request.archivo,
    request.sha256,
    request.estado,
    request.motivo,
    request.publicacion,
    JSON.stringify(request.publicaciones_previas),
    request.huella_datos,
  ]);
}

interface RegisterRow extends Omit<RegisteredRequest, 'parametros' | 'publicaciones_previas'> {
  readonly parametros: string;
  readonly publicaciones_previas: string;
}

/** Returns every registered request, in number order (none before the first). */
export async function readRegister(warehouse: Warehouse): Promise<RegisteredRequest[]> {
  if (!(await registerExists(warehouse))) return [];
  const rows = await warehouse.rows<RegisterRow>('select * from registro.consultas order by numero');
  return rows.map((row) => ({ ...row, parametros: JSON.parse(row.parametros) as RequestParameters, publicaciones_previas: JSON.parse(row.publicaciones_previas) as string[] }));
}
