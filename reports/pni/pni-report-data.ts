/**
 * What the PNI progress report prints, read from the built warehouse: every indicator of the
 * catalogue with its META, responsible institutions and period, its published pni_avance row of
 * the reporting year (or of its last year when its period has ended), the context figures the
 * warehouse computes beside some indicators, the statuses of earlier years by axis and the
 * reporting completeness by institution. Decimals arrive as exact text (DECIMAL cast to VARCHAR).
 */
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { ProtectedRelease } from '../../privacy/protected-release.js';
import { protectedSources } from '../../privacy/protected-sources.js';
import type { PniAvanceEjeRow, PniReportesInstitucionRow } from '../../presentation/marts/mart-rows.js';
import type { PniStatus } from '../../presentation/pni/pni-statuses.js';
import type { TipoMeta } from './pni-catalogue.js';

/** An indicator's status in a year (`pni_avance.estado`). */
export type Estado = PniStatus;

/** Where an indicator stands in the reporting year: inside its period, not started, or ended. */
export type Situacion = 'en_periodo' | 'no_iniciado' | 'concluido';

/** One published pni_avance row (after disclosure control). */
export interface PniProgress {
  readonly anio: number;
  readonly meta: string | null;
  readonly valor: string | null;
  readonly pctMeta: string | null;
  readonly metaALaFecha: string | null;
  readonly estado: Estado;
  /** `operacional`, or the reporting institutions' acronyms, `, `-separated; null without a value. */
  readonly fuente: string | null;
  /** What the institutions reported, on the same basis as `valor`. */
  readonly valorReportado: string | null;
  /** Acronyms of the institutions whose reports make `valorReportado`. */
  readonly reportadoPor: string | null;
  /** The disclosure control withheld the value. */
  readonly suprimido: boolean;
  readonly anioCerrado: boolean;
}

/** A figure the warehouse computes beside an indicator without measuring it (seed pni_operacionales, `uso` = `contexto`). */
export interface PniContext {
  /** The year's figure; null when the disclosure control withheld it. */
  readonly valor: string | null;
  /** What it counts, from the mapping rows (`Derivaciones de personas retornadas al RNPN`). */
  readonly descripcion: string;
  /** The landing sources it is summed from (for the «Fuente:» line and the unit). */
  readonly fuentes: readonly string[];
  readonly desde: string;
  readonly hasta: string;
}

/** One indicator of the catalogue as the report lists it. */
export interface PniIndicatorRow {
  readonly indicador: string;
  readonly eje: number;
  readonly texto: string;
  readonly metaTexto: string;
  readonly anioInicio: number;
  readonly anioFin: number;
  readonly tipoMeta: TipoMeta;
  /** The PNI's figure (per year, per month, period total, percentage, 1); null when undefined. */
  readonly valorMeta: string | null;
  readonly unidad: string;
  readonly unidadesEnteras: boolean;
  readonly anioMeta: number | null;
  /** Responsible institutions' acronyms (their name when they have none), in the PNI's order. */
  readonly responsables: string;
  readonly situacion: Situacion;
  /** The reporting year's row, the last year's when the period has ended; null when not started. */
  readonly progress: PniProgress | null;
  readonly context: PniContext | null;
}

/** Statuses of one axis in one year (pni_avance_eje), the columns the report reads. */
export type PniAxisRow = Pick<PniAvanceEjeRow, 'eje' | 'eje_nombre' | 'anio' | 'indicadores' | 'cumplidas' | 'en_curso' | 'en_riesgo' | 'rezagadas' | 'sin_datos' | 'pct_al_dia'>;

/** Reporting completeness of one institution in the reporting year (pni_reportes_institucion), the columns the report reads. */
export type PniReportingRow = Pick<PniReportesInstitucionRow, 'institucion' | 'institucion_nombre' | 'indicadores_a_cargo' | 'indicadores_reportados' | 'indicadores_pendientes' | 'pct_reportados'>;

export interface PniReportData {
  readonly period: ReportingPeriod;
  /** The reporting year (the year of `hasta`). */
  readonly anio: number;
  /** Months of the reporting year up to `hasta` (12 when the year has ended). */
  readonly meses: number;
  /** The axes' names, in order. */
  readonly ejes: readonly { eje: number; nombre: string }[];
  /** Every indicator of the catalogue, in the PNI's order. */
  readonly indicators: readonly PniIndicatorRow[];
  /** Statuses by axis of the years before the reporting year. */
  readonly earlierYears: readonly PniAxisRow[];
  readonly reporting: readonly PniReportingRow[];
  /** The indicators whose value the warehouse computes, and from what (seed pni_operacionales, `uso` = `valor`). */
  readonly operational: readonly PniMapping[];
  /** The indicators beside which the warehouse shows a context figure, and what it counts (`uso` = `contexto`). */
  readonly contextual: readonly PniMapping[];
}

/** What the warehouse sums for an indicator (several mapping rows joined). */
export interface PniMapping {
  readonly indicador: string;
  readonly descripcion: string;
  readonly fuentes: readonly string[];
}

interface CatalogueRow {
  indicador: string;
  eje: number;
  texto: string;
  meta_texto: string;
  anio_inicio: number;
  anio_fin: number;
  tipo_meta: TipoMeta;
  valor_meta: string | null;
  unidad: string;
  unidades_enteras: boolean;
  anio_meta: number | null;
  responsables: string;
}

interface MappingRow {
  indicador: string;
  fuente: string;
  columna: string | null;
  codigo: string | null;
  uso: string;
  descripcion: string;
}

/** Returns the months a PNI figure of `year` adds up: the year, up to `hasta` in the reporting year (as the disclosure control registers it). */
function yearSpan(year: number, period: ReportingPeriod): [string, string] {
  return [`${year}-01`, year === Number(period.hasta.slice(0, 4)) ? period.hasta : `${year}-12`];
}

/** Returns the report's data for the period's reporting year. */
export async function loadPniReportData(warehouse: Warehouse, period: ReportingPeriod, release: ProtectedRelease): Promise<PniReportData> {
  const anio = Number(period.hasta.slice(0, 4));
  const siglas = new Map(
    (await warehouse.rows<{ codigo: string; sigla: string }>(`select codigo, coalesce(sigla, nombre, upper(codigo)) as sigla from referencia.instituciones`)).map((row) => [row.codigo, row.sigla]),
  );
  const sigla = (code: string) => siglas.get(code) ?? code.toUpperCase();
  const acronyms = (codes: string | null) =>
    codes === null
      ? null
      : codes
          .split(', ')
          .map((code) => (code === 'operacional' ? code : sigla(code)))
          .sort()
          .join(', ');

  const catalogue = await warehouse.rows<CatalogueRow>(`
    with responsables as (
        select indicador, string_agg(coalesce(instituciones.sigla, instituciones.nombre, upper(institucion)), ', ' order by responsables.rowid) as responsables
        from referencia.pni_responsables as responsables
        left join referencia.instituciones as instituciones on responsables.institucion = instituciones.codigo
        group by indicador
    )
    select
        indicadores.indicador, indicadores.eje, indicadores.indicador_texto as texto, coalesce(indicadores.meta_texto, '') as meta_texto,
        indicadores.anio_inicio, indicadores.anio_fin, metas.tipo_meta, metas.valor_meta::varchar as valor_meta, metas.unidad,
        metas.unidades_enteras, metas.anio_meta, coalesce(responsables.responsables, '') as responsables
    from referencia.pni_indicadores as indicadores
    inner join referencia.pni_metas as metas on indicadores.indicador = metas.indicador
    left join responsables on indicadores.indicador = responsables.indicador
    order by indicadores.orden`);

  // The published rows: values the disclosure control withheld are blank.
  const published = release.tables.get('pni_avance')?.rows ?? [];
  const reportedBy = new Map(
    (
      await warehouse.rows<{ indicador: string; anio: number; instituciones: string }>(`
    select indicador, anio, array_to_string(instituciones, ', ') as instituciones from intermediate.int_pni__valores_anuales`)
    ).map((row) => [`${row.indicador}|${row.anio}`, row.instituciones]),
  );
  const progressOf = (indicador: string, year: number): PniProgress | null => {
    const row = published.find((candidate) => candidate.indicador === indicador && Number(candidate.anio) === year);
    if (!row) return null;
    return {
      anio: year,
      meta: row.meta,
      valor: row.valor,
      pctMeta: row.pct_meta,
      metaALaFecha: row.meta_a_la_fecha,
      estado: row.estado as Estado,
      fuente: acronyms(row.fuente),
      valorReportado: row.valor_reportado,
      reportadoPor: acronyms(reportedBy.get(`${indicador}|${year}`) ?? null),
      suprimido: row.suprimido === 'true',
      anioCerrado: row.anio_cerrado === 'true',
    };
  };

  const mappings = await warehouse.rows<MappingRow>(`
    select indicador, fuente, nullif(columna, '') as columna, nullif(codigo, '') as codigo, uso, descripcion
    from referencia.pni_operacionales order by indicador, fuente, columna, codigo`);
  const contextValues = new Map(
    (
      await warehouse.rows<{ indicador: string; anio: number; valor: string }>(`
    select indicador, anio, valor::varchar as valor from intermediate.int_pni__operacionales where uso = 'contexto'`)
    ).map((row) => [`${row.indicador}|${row.anio}`, row.valor]),
  );
  const contextOf = (indicador: string, year: number): PniContext | null => {
    const parts = mappings.filter((mapping) => mapping.indicador === indicador && mapping.uso === 'contexto');
    const valor = contextValues.get(`${indicador}|${year}`);
    if (parts.length === 0 || valor === undefined) return null;
    const [desde, hasta] = yearSpan(year, period);
    // A context figure summed from a protected source is printed only when the disclosure control
    // published every yearly figure it adds up (it registers them all: protected-release.ts).
    const withheld = parts.some((mapping) => {
      if (!protectedSources.some((source) => source.source === mapping.fuente)) return false;
      const figure = release.system.find({ source: mapping.fuente, desde, hasta, filter: mapping.columna ? { [mapping.columna]: mapping.codigo! } : {} });
      // The control registers every yearly figure of every mapping (registerPniValues); none was
      // registered only where no cell matches, a known zero that hides nothing.
      if (!figure) return false;
      return figure.suppressed;
    });
    return {
      valor: withheld ? null : valor,
      descripcion: joinDescriptions(parts.map((mapping) => mapping.descripcion)),
      fuentes: [...new Set(parts.map((mapping) => mapping.fuente))],
      desde,
      hasta,
    };
  };

  const indicators = catalogue.map((row): PniIndicatorRow => {
    const situacion: Situacion = row.anio_inicio > anio ? 'no_iniciado' : row.anio_fin < anio ? 'concluido' : 'en_periodo';
    const year = situacion === 'concluido' ? row.anio_fin : anio;
    return {
      indicador: row.indicador,
      eje: Number(row.eje),
      texto: row.texto,
      metaTexto: row.meta_texto,
      anioInicio: Number(row.anio_inicio),
      anioFin: Number(row.anio_fin),
      tipoMeta: row.tipo_meta,
      valorMeta: row.valor_meta,
      unidad: row.unidad,
      unidadesEnteras: row.unidades_enteras,
      anioMeta: row.anio_meta === null ? null : Number(row.anio_meta),
      responsables: row.responsables,
      situacion,
      progress: situacion === 'no_iniciado' ? null : progressOf(row.indicador, year),
      context: situacion === 'no_iniciado' ? null : contextOf(row.indicador, year),
    };
  });
  const missing = indicators.filter((row) => row.situacion !== 'no_iniciado' && !row.progress);
  if (missing.length) throw new Error(`pni_avance no tiene fila para ${missing.map((row) => row.indicador).join(', ')}`);

  const ejes = await warehouse.rows<{ eje: number; nombre: string }>(`select eje, nombre from referencia.pni_ejes order by eje`);
  const earlierYears = await warehouse.rows<PniAxisRow>(`
    select eje, eje_nombre, anio, indicadores, cumplidas, en_curso, en_riesgo, rezagadas, sin_datos, pct_al_dia::varchar as pct_al_dia
    from marts.pni_avance_eje where anio < ${anio} order by anio, eje`);
  const reporting = await warehouse.rows<PniReportingRow>(`
    select institucion, institucion_nombre, indicadores_a_cargo, indicadores_reportados, indicadores_pendientes, pct_reportados::varchar as pct_reportados
    from marts.pni_reportes_institucion
    where anio = ${anio} and indicadores_a_cargo > 0
    order by indicadores_a_cargo desc, institucion`);
  const mapped = (uso: string): PniMapping[] =>
    [...new Set(mappings.filter((mapping) => mapping.uso === uso).map((mapping) => mapping.indicador))].map((indicador) => {
      const parts = mappings.filter((mapping) => mapping.indicador === indicador && mapping.uso === uso);
      return { indicador, descripcion: joinDescriptions(parts.map((mapping) => mapping.descripcion)), fuentes: [...new Set(parts.map((mapping) => mapping.fuente))] };
    });
  const month = Number(period.hasta.slice(5, 7));
  return {
    period,
    anio,
    meses: month,
    ejes: ejes.map((row) => ({ eje: Number(row.eje), nombre: row.nombre })),
    indicators,
    earlierYears,
    reporting,
    operational: mapped('valor'),
    contextual: mapped('contexto'),
  };
}

/** Returns the descriptions of several mapping rows as one phrase (`A, b y c`). */
function joinDescriptions(descriptions: readonly string[]): string {
  const parts = descriptions.map((text, index) => (index === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1)));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} y ${parts.at(-1)}` : parts[0];
}
