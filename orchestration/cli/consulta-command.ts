import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import { basename, extname, resolve } from 'node:path';
import { defaults } from '../../pipelines/paths.js';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { acquireWarehouseLock, defaultLockWaitMs, describeHolder, WarehouseBusyError } from '../../pipelines/warehouse/warehouse-lock.js';
import { AnswerRefused } from '../../privacy/answer-protection.js';
import { readPublications, recordPublication } from '../../privacy/publication-ledger.js';
import { buildAnswer } from '../../reports/consultas/answer-builder.js';
import { answerBytes, writeAnswerFiles } from '../../reports/consultas/answer-files.js';
import { parseFilters, RequestUsageError, type RequestParameters } from '../../reports/consultas/answer-request.js';
import { nextRequestNumber, readRegister, registerRequest, type RegisteredRequest } from '../../reports/consultas/request-register.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../privacy/privacy-threshold.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';

/** `memoria consulta`: answers a request, lists the register or repeats an answer. Returns the exit code. */
export async function consultaCommand(options: CommandOptions): Promise<number> {
  const warehousePath = resolve(String(options.warehouse ?? defaults.warehouse));
  if (!existsSync(warehousePath)) return usage(`el almacén ${warehousePath} no existe: ejecute antes «memoria run»`);
  if (options.lista) return listRegister(warehousePath);
  if (options.repetir !== undefined) return repeatAnswer(warehousePath, String(options.repetir), options.out as string | undefined);

  let parameters: RequestParameters;
  try {
    parameters = requestParameters(options);
  } catch (error) {
    if (error instanceof RequestUsageError) return usage(error.message);
    throw error;
  }
  const solicitud = String(options.solicitud ?? '').trim();
  const out = resolve(String(options.out));
  const solicitante = options.solicitante === undefined ? null : String(options.solicitante).trim() || null;

  let lock;
  try {
    lock = await acquireWarehouseLock(warehousePath, {
      command: 'memoria consulta',
      waitMs: defaultLockWaitMs(),
      onWait: (holder) => console.error(`El almacén está en uso por ${describeHolder(holder)}; esperando a que termine.`),
    });
  } catch (error) {
    if (!(error instanceof WarehouseBusyError)) throw error;
    console.error(`memoria: ${error.message}.`);
    return exitCodes.failed;
  }
  const warehouse = await openWarehouse(warehousePath);
  try {
    const numero = await nextRequestNumber(warehouse);
    const fecha = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const publications = await readPublications(warehouse);
    const base = { numero, fecha, solicitud, solicitante, usuario: userInfo().username, parametros: parameters, publicaciones_previas: publications };
    let built;
    try {
      built = await buildAnswer(warehouse, parameters, { numero, solicitud, solicitante, fecha });
    } catch (error) {
      if (error instanceof RequestUsageError) return usage(error.message);
      if (!(error instanceof AnswerRefused)) throw error;
      await registerRequest(warehouse, { ...base, archivo: null, sha256: null, estado: 'rechazada', motivo: error.message, publicacion: null, huella_datos: null });
      console.error(`memoria: solicitud ${numero} rechazada: ${error.message}. Queda en el registro.`);
      return exitCodes.failed;
    }
    const bytes = await answerBytes(built.document, parameters.formato);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // The figures go into the ledger with the register row, in one transaction: an answer handed out is an answer every later release sees.
    await warehouse.run('begin transaction');
    try {
      const protection = built.protection;
      const publicacion = protection ? await recordPublication(warehouse, protection.system, `consulta-${numero}`, fecha, protection.merged, protection.cells) : undefined;
      await registerRequest(warehouse, {
        ...base,
        archivo: basename(out),
        sha256,
        estado: 'respondida',
        motivo: null,
        publicacion: publicacion ?? null,
        huella_datos: built.dataFingerprint,
      });
      await warehouse.run('commit');
    } catch (error) {
      await warehouse.run('rollback');
      throw error;
    }
    const written = await writeAnswerFiles(built.document, out);
    const rows = built.document.filas;
    const suppressed = rows.filter((row) => row.suprimido).length;
    console.log(
      [
        `Solicitud ${numero} respondida: ${written.files.join(' y ')}`,
        `  ${rows.length} fila${rows.length === 1 ? '' : 's'}${built.document.protegida ? `, ${suppressed} suprimida${suppressed === 1 ? '' : 's'} (x) por el control de divulgación` : ''}${built.document.total === null ? ', sin fila de total' : `, total ${built.document.total}`}`,
        `  SHA-256 ${written.sha256}`,
      ].join('\n'),
    );
    return exitCodes.ok;
  } finally {
    warehouse.close();
    await lock.release();
  }
}

/** Reads the request's options into its parameters; throws RequestUsageError. */
function requestParameters(options: CommandOptions): RequestParameters {
  if (options.medida === undefined) throw new RequestUsageError('falta --medida FUENTE');
  if (options.solicitud === undefined || String(options.solicitud).trim() === '') throw new RequestUsageError('falta --solicitud TEXTO (el texto de la solicitud recibida)');
  if (options.out === undefined) throw new RequestUsageError('falta --out ARCHIVO.csv o ARCHIVO.xlsx');
  const extension = extname(String(options.out)).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') throw new RequestUsageError(`--out debe terminar en .csv o .xlsx, no «${basename(String(options.out))}»`);
  const umbral = options.umbral === undefined ? DEFAULT_PRIVACY_THRESHOLD : Number(options.umbral);
  // An answer may protect more than the editions, never less: a lower threshold would publish cells they suppressed.
  if (!Number.isInteger(umbral) || umbral < DEFAULT_PRIVACY_THRESHOLD) {
    throw new RequestUsageError(`--umbral debe ser un entero mayor o igual que ${DEFAULT_PRIVACY_THRESHOLD}, el umbral de las ediciones, no «${options.umbral}»`);
  }
  const filtros = options.filtro === undefined ? [] : Array.isArray(options.filtro) ? options.filtro : [String(options.filtro)];
  return {
    medida: String(options.medida),
    por:
      options.por === undefined
        ? []
        : String(options.por)
            .split(',')
            .map((column) => column.trim())
            .filter(Boolean),
    filtro: parseFilters(filtros),
    desde: options.desde === undefined ? null : String(options.desde),
    hasta: options.hasta === undefined ? null : String(options.hasta),
    formato: extension === '.csv' ? 'csv' : 'xlsx',
    umbral,
  };
}

/** `--lista`: prints the register. */
async function listRegister(warehousePath: string): Promise<number> {
  const register = await withReadOnly(warehousePath, readRegister);
  if (register.length === 0) {
    console.log('No hay solicitudes registradas en este almacén.');
    return exitCodes.ok;
  }
  console.log(`Registro de solicitudes de información (${register.length}):`);
  for (const request of register) console.log(requestLine(request));
  return exitCodes.ok;
}

/** Returns a request as the register's listing shows it. */
export function requestLine(request: RegisteredRequest): string {
  const p = request.parametros;
  const asked = [
    p.medida,
    p.por.length ? `por ${p.por.join(',')}` : '',
    ...Object.entries(p.filtro).map(([column, code]) => `${column}=${code}`),
    p.desde || p.hasta ? `${p.desde ?? '…'}..${p.hasta ?? '…'}` : 'todo el historial',
  ].filter(Boolean);
  const outcome = request.estado === 'respondida' ? `${request.archivo} (SHA-256 ${request.sha256!.slice(0, 16)}…)` : `motivo: ${request.motivo}`;
  return [
    `${String(request.numero).padStart(4)}  ${request.fecha.replace('T', ' ').replace('Z', ' UTC')}  ${request.estado}  ${asked.join(' ')}`,
    `      solicitud: «${request.solicitud}»; solicitante: ${request.solicitante ?? 'no consta'}; ejecutó: ${request.usuario}`,
    `      ${outcome}`,
  ].join('\n');
}

/** `--repetir N`: writes answer N again from the same data, and checks it is the same file. */
async function repeatAnswer(warehousePath: string, numberText: string, out: string | undefined): Promise<number> {
  if (!/^\d+$/.test(numberText)) return usage(`--repetir espera el número de una solicitud del registro, no «${numberText}»`);
  const outcome = await withReadOnly(warehousePath, async (warehouse) => {
    const register = await readRegister(warehouse);
    const request = register.find((candidate) => candidate.numero === Number(numberText));
    if (!request)
      return { usage: `no hay solicitud ${numberText} en el registro (${register.length ? `números 1 a ${register[register.length - 1].numero}` : 'vacío'}; vea «memoria consulta --lista»)` };
    if (request.estado !== 'respondida') return { failed: `la solicitud ${request.numero} fue rechazada (${request.motivo}); no hay respuesta que repetir` };
    const built = await buildAnswer(warehouse, request.parametros, { ...request, publications: request.publicaciones_previas });
    if (built.dataFingerprint !== request.huella_datos)
      return { failed: `los datos del almacén cambiaron desde la respuesta ${request.numero} (${request.fecha}): no se puede reproducir tal como se entregó` };
    return { request, document: built.document };
  });
  if ('usage' in outcome) return usage(outcome.usage!);
  if ('failed' in outcome) {
    console.error(`memoria: ${outcome.failed}.`);
    return exitCodes.failed;
  }
  const { request, document } = outcome;
  const target = resolve(out ?? request.archivo!);
  if (extname(target).toLowerCase() !== `.${request.parametros.formato}`) return usage(`--out debe ser un .${request.parametros.formato}, como la respuesta original`);
  const written = await writeAnswerFiles(document, target);
  if (written.sha256 !== request.sha256) {
    console.error(`memoria: la respuesta ${request.numero} escrita de nuevo en ${target} no es idéntica a la registrada (SHA-256 ${written.sha256}, registrado ${request.sha256}).`);
    return exitCodes.failed;
  }
  console.log(`Solicitud ${request.numero} reproducida en ${written.files.join(' y ')}: idéntica a la entregada el ${request.fecha} (SHA-256 ${written.sha256}).`);
  return exitCodes.ok;
}

async function withReadOnly<T>(warehousePath: string, work: (warehouse: Warehouse) => Promise<T>): Promise<T> {
  const warehouse = await openWarehouse(warehousePath, { readOnly: true });
  try {
    return await work(warehouse);
  } finally {
    warehouse.close();
  }
}

function usage(message: string): number {
  console.error(`memoria: ${message}.\nUse «memoria help consulta» para ver la ayuda.`);
  return exitCodes.usage;
}
