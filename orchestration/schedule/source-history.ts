import type { SourceOutcome } from '../run/run-log.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';

/** The latest outcomes of one source, read for `memoria status` (times in UTC, ISO). */
export interface SourceHistory {
  readonly fuente: string;
  readonly conector: string;
  readonly ultimoCorrecto?: string;
  readonly ultimoFallo?: string;
  readonly errorUltimoFallo?: string;
  readonly ultimaEjecucion: string;
  readonly ultimoResultado: SourceOutcome;
}

/** Returns each logged source's last success, last failure and last outcome (run log); empty when nothing was logged. */
export async function readSourceHistory(warehouse: Warehouse): Promise<SourceHistory[]> {
  const [{ present }] = await warehouse.rows<{ present: number }>("select count(*)::integer as present from duckdb_tables() where schema_name = 'registro' and table_name = 'ejecuciones_fuentes'");
  if (!present) return [];
  const rows = await warehouse.rows<Record<string, string | null>>(`
    with fuentes as (
      select f.*, e.fin, row_number() over (partition by f.fuente order by e.fin desc, e.ejecucion_id desc) as orden
      from registro.ejecuciones_fuentes f join registro.ejecuciones e using (ejecucion_id))
    select fuente,
      max(conector) filter (where orden = 1) as conector,
      strftime(max(fin) filter (where resultado in ('correcto', 'sin_novedades')), '%Y-%m-%dT%H:%M:%S.%gZ') as ultimo_correcto,
      strftime(max(fin) filter (where resultado = 'fallido'), '%Y-%m-%dT%H:%M:%S.%gZ') as ultimo_fallo,
      arg_max(error, fin) filter (where resultado = 'fallido') as error_ultimo_fallo,
      strftime(max(fin), '%Y-%m-%dT%H:%M:%S.%gZ') as ultima_ejecucion,
      max(resultado) filter (where orden = 1) as ultimo_resultado
    from fuentes group by fuente order by fuente`);
  return rows.map((row) => ({
    fuente: row.fuente!,
    conector: row.conector!,
    ultimoCorrecto: row.ultimo_correcto ?? undefined,
    ultimoFallo: row.ultimo_fallo ?? undefined,
    errorUltimoFallo: row.error_ultimo_fallo ?? undefined,
    ultimaEjecucion: row.ultima_ejecucion!,
    ultimoResultado: row.ultimo_resultado as SourceOutcome,
  }));
}
