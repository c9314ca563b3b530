/**
 * The budget of a stretch of months (a month, a quarter) and of its year to the stretch's end, per
 * fund and stage, from `presupuesto_mensual`: one query for the bulletin and the quarterly report.
 */

/** A fund's stage over the stretch (`tramo`) and the year to its end (`acumulado`): exact decimal text, null when not sent. */
export interface BudgetStretchRow {
  readonly fondo: string;
  readonly etiqueta: string;
  readonly etapa: string;
  readonly tramo: string | null;
  readonly acumulado: string | null;
}

/**
 * Returns the query of the rows of `desde`..`hasta` (months of one year): the four stages as sent,
 * and the two derived ones computed month by month as `presupuesto_periodo` does — `modificaciones`
 * (modificado − aprobado in each month that sent a modificado) and `vigente` (each month's
 * modificado where sent, else its aprobado). A sum over months cannot be derived from the stage sums
 * alone when only some months sent a modificado. Stages nothing was sent for have no row.
 */
export function budgetStretchQuery(desde: string, hasta: string): string {
  const start = `${hasta.slice(0, 4)}-01`;
  return `
    with meses as (
      select mes, fondo,
        sum(monto) filter (where etapa = 'aprobado') as aprobado,
        sum(monto) filter (where etapa = 'modificado') as modificado,
        sum(monto) filter (where etapa = 'comprometido') as comprometido,
        sum(monto) filter (where etapa = 'devengado') as devengado
      from marts.presupuesto_mensual
      where mes between '${start}' and '${hasta}'
      group by mes, fondo
    ),
    etapas as (
      select mes, fondo, 'aprobado' as etapa, aprobado as monto from meses
      union all select mes, fondo, 'modificado', modificado from meses
      union all select mes, fondo, 'modificaciones', modificado - coalesce(aprobado, 0) from meses
      union all select mes, fondo, 'vigente', coalesce(modificado, aprobado) from meses
      union all select mes, fondo, 'comprometido', comprometido from meses
      union all select mes, fondo, 'devengado', devengado from meses
    )
    select p.fondo, coalesce(f.etiqueta, p.fondo) as etiqueta, p.etapa,
      sum(p.monto) filter (where p.mes >= '${desde}')::varchar as tramo,
      sum(p.monto)::varchar as acumulado
    from etapas p
    left join referencia.codigos f on f.lista = 'fondo' and f.codigo = p.fondo
    group by p.fondo, f.etiqueta, f.orden, p.etapa
    having count(p.monto) > 0
    order by f.orden, p.fondo, p.etapa`;
}
