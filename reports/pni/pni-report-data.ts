/**
 * What the PNI progress report prints, read from the built warehouse: the year's pni_avance with
 * the catalogue's texts, the statuses by axis and the reporting completeness by institution.
 * Decimals arrive as exact text (DECIMAL cast to VARCHAR).
 */
import type { ReportingPeriod } from '../../pipelines/run/reporting-period.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { ProtectedRelease } from '../privacy/protected-release.js';

export type Estado = 'cumplida' | 'en_curso' | 'en_riesgo' | 'rezagada' | 'sin_datos';

/** One indicator's row of the reporting year (pni_avance + catalogue). */
export interface PniProgressRow {
  readonly indicador: string;
  readonly eje: number;
  readonly indicador_texto: string;
  readonly tipo_meta: string;
  readonly unidad: string;
  readonly meta: string | null;
  readonly valor: string | null;
  readonly pct_meta: string | null;
  readonly meta_a_la_fecha: string | null;
  readonly estado: Estado;
  /** `operacional` or institution acronyms (sigla, else the code upper-cased), `, `-separated. */
  readonly fuente: string | null;
}

/** Statuses of one axis in one year (pni_avance_eje). */
export interface PniAxisRow {
  readonly eje: number;
  readonly eje_nombre: string;
  readonly anio: number;
  readonly indicadores: number;
  readonly cumplidas: number;
  readonly en_curso: number;
  readonly en_riesgo: number;
  readonly rezagadas: number;
  readonly sin_datos: number;
  readonly pct_al_dia: string | null;
}

/** Reporting completeness of one institution in the reporting year (pni_reportes_institucion). */
export interface PniReportingRow {
  readonly institucion: string;
  readonly institucion_nombre: string;
  readonly indicadores_a_cargo: number;
  readonly indicadores_reportados: number;
  readonly indicadores_pendientes: number;
  readonly pct_reportados: string | null;
}

export interface PniReportData {
  readonly period: ReportingPeriod;
  /** The reporting year (the year of `hasta`). */
  readonly anio: number;
  /** Months of the reporting year up to `hasta` (12 when the year has ended). */
  readonly meses: number;
  readonly axes: readonly PniAxisRow[];
  readonly progress: readonly PniProgressRow[];
  readonly reporting: readonly PniReportingRow[];
  /** The operational indicators and what they are computed from (seed pni_operacionales). */
  readonly operational: readonly { indicador: string; descripcion: string }[];
}

/** Returns the report's data for the period's reporting year. */
export async function loadPniReportData(warehouse: Warehouse, period: ReportingPeriod, release: ProtectedRelease): Promise<PniReportData> {
  const anio = Number(period.hasta.slice(0, 4));
  const axes = await warehouse.rows<PniAxisRow>(`
    select eje, eje_nombre, anio, indicadores, cumplidas, en_curso, en_riesgo, rezagadas, sin_datos, pct_al_dia::varchar as pct_al_dia
    from marts.pni_avance_eje order by eje, anio`);
  const computed = await warehouse.rows<PniProgressRow>(`
    with siglas as (
        select codigo, coalesce(sigla, upper(codigo)) as sigla from referencia.instituciones
    )
    select
        avance.indicador, avance.eje, indicadores.indicador_texto, avance.tipo_meta, avance.unidad,
        avance.meta::varchar as meta, avance.valor::varchar as valor, avance.pct_meta::varchar as pct_meta,
        avance.meta_a_la_fecha::varchar as meta_a_la_fecha, avance.estado,
        case
            when avance.fuente = 'operacional' then 'operacional'
            else (
                select string_agg(coalesce(siglas.sigla, upper(codigos.codigo)), ', ' order by coalesce(siglas.sigla, upper(codigos.codigo)))
                from unnest(string_split(avance.fuente, ', ')) as codigos(codigo)
                left join siglas on siglas.codigo = codigos.codigo
            )
        end as fuente
    from marts.pni_avance as avance
    inner join referencia.pni_indicadores as indicadores on avance.indicador = indicadores.indicador
    where avance.anio = ${anio}
    order by indicadores.orden`);
  // Values the disclosure control left blank are printed blank.
  const published = new Map((release.tables.get('pni_avance')?.rows ?? []).map((row) => [`${row.indicador}|${row.anio}`, row]));
  const progress = computed.map((row) => {
    const shown = published.get(`${row.indicador}|${anio}`);
    return shown?.suprimido === 'true' ? { ...row, valor: null, pct_meta: null } : row;
  });
  const reporting = await warehouse.rows<PniReportingRow>(`
    select institucion, institucion_nombre, indicadores_a_cargo, indicadores_reportados, indicadores_pendientes, pct_reportados::varchar as pct_reportados
    from marts.pni_reportes_institucion
    where anio = ${anio} and indicadores_a_cargo > 0
    order by indicadores_a_cargo desc, institucion`);
  const operational = await warehouse.rows<{ indicador: string; descripcion: string }>(`
    select indicador, string_agg(descripcion, '; ' order by descripcion) as descripcion
    from referencia.pni_operacionales group by indicador order by indicador`);
  const month = Number(period.hasta.slice(5, 7));
  return { period, anio, meses: month, axes, progress, reporting, operational };
}
