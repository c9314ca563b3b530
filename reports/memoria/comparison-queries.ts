import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { sqlString, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { TextRow } from '../../privacy/protected-release.js';
import type { ComparisonRow, CuadroRow, RowKind } from '../../presentation/marts/mart-rows.js';
import type { CuadroSource, MartSource } from './service-catalogue.js';
import { MEASURES, measureWhere } from './service-measures.js';
import { percentSql } from './sql-fragments.js';

/** A comparison table ready to print: its rows and whether it splits by sex (M / F columns). */
export interface ComparisonTable {
  readonly id: string;
  readonly titulo: string;
  /** Header of the category column (`Oficina`, `Calidad migratoria`, …). */
  readonly encabezado: string;
  readonly porSexo: boolean;
  readonly filas: readonly ComparisonRow[];
}

const count = (text: string | null | undefined) => (text === null || text === undefined || text === '' ? null : Number(text));

/** Returns the rows of the protected `cuadros_memoria` (all values text) as typed rows, in print order. */
export function cuadroRows(rows: readonly TextRow[]): CuadroRow[] {
  return rows
    .map((row) => ({
      cuadro: row.cuadro!,
      codigo: row.codigo!,
      categoria: row.categoria ?? row.codigo!,
      tipo_fila: (row.tipo_fila ?? 'categoria') as RowKind,
      titulo: row.titulo ?? '',
      orden: Number(row.orden),
      m_anterior: count(row.m_anterior),
      f_anterior: count(row.f_anterior),
      total_anterior: count(row.total_anterior),
      m_actual: count(row.m_actual),
      f_actual: count(row.f_actual),
      total_actual: count(row.total_actual),
      variacion: count(row.variacion),
      variacion_pct: row.variacion_pct ?? null,
    }))
    .sort((a, b) => a.orden - b.orden);
}

/** Returns a table of `cuadros_memoria` as a printable comparison. */
export function cuadroTable(source: CuadroSource, rows: readonly CuadroRow[]): ComparisonTable {
  const filas = rows.filter((row) => row.cuadro === source.cuadro);
  return { id: source.cuadro, titulo: filas[0]?.titulo ?? source.cuadro, encabezado: source.encabezado, porSexo: true, filas };
}

/**
 * Returns a comparison computed from a monthly mart: one row per category with data in either
 * period (or a single row), M / F only when every row of both periods says the sex, a total row
 * when there is more than one category.
 */
export async function martComparison(warehouse: Warehouse, period: ReportingPeriod, source: MartSource): Promise<ComparisonTable> {
  const measure = MEASURES[source.medida];
  const category = source.categoria;
  const labels = !category
    ? `select ${sqlString(source.medida)} as codigo, ${sqlString(source.titulo)} as categoria, 1 as orden`
    : 'lista' in category
      ? `select codigo, etiqueta as categoria, orden from referencia.codigos where lista = ${sqlString(category.lista)}`
      : 'select codigo, etiqueta as categoria, orden from referencia.puestos_fronterizos';
  const anterior = `mes between '${period.desdeAnterior}' and '${period.hastaAnterior}'`;
  const actual = `mes between '${period.desde}' and '${period.hasta}'`;
  const sql = `
    with base as (
      select ${category ? `coalesce(${category.columna}, 'sin_dato')` : sqlString(source.medida)} as codigo, sexo, mes, cantidad
      from marts.${measure.mart}
      where (${anterior} or ${actual})${measureWhere(measure) ? ` and ${measureWhere(measure)}` : ''}
    ),
    sumas as (
      select
        codigo,
        sum(cantidad) filter (where ${anterior} and sexo = 'M') as m_anterior,
        sum(cantidad) filter (where ${anterior} and sexo = 'F') as f_anterior,
        coalesce(sum(cantidad) filter (where ${anterior}), 0) as total_anterior,
        sum(cantidad) filter (where ${actual} and sexo = 'M') as m_actual,
        sum(cantidad) filter (where ${actual} and sexo = 'F') as f_actual,
        coalesce(sum(cantidad) filter (where ${actual}), 0) as total_actual,
        bool_and(coalesce(sexo in ('M', 'F'), false)) as con_sexo
      from base
      group by rollup (codigo)
    ),
    etiquetas as (${labels})
    select
      coalesce(sumas.codigo, 'total') as codigo,
      case when sumas.codigo is null then 'Total' else coalesce(etiquetas.categoria, sumas.codigo) end as categoria,
      case when sumas.codigo is null then 'total' else 'categoria' end as tipo_fila,
      coalesce(m_anterior, 0) as m_anterior, coalesce(f_anterior, 0) as f_anterior, total_anterior,
      coalesce(m_actual, 0) as m_actual, coalesce(f_actual, 0) as f_actual, total_actual,
      total_actual - total_anterior as variacion,
      ${percentSql('total_actual - total_anterior', 'total_anterior')} as variacion_pct,
      con_sexo
    from sumas
    left join etiquetas on etiquetas.codigo = sumas.codigo
    order by sumas.codigo is null, coalesce(etiquetas.orden, 999), sumas.codigo`;
  const rows = await warehouse.rows<ComparisonRow & { con_sexo: boolean }>(sql);
  const categories = rows.filter((row) => row.tipo_fila === 'categoria');
  const porSexo = rows.length > 0 && rows.every((row) => row.con_sexo);
  const filas = (categories.length > 1 ? rows : categories).map(({ con_sexo: _, ...row }) => (porSexo ? row : { ...row, m_anterior: null, f_anterior: null, m_actual: null, f_actual: null }));
  return { id: source.id, titulo: source.titulo, encabezado: source.encabezado, porSexo, filas };
}
