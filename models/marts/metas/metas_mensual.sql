{#- The POA targets month by month: for every measure and restriction (`filtro`) with a target in
    the reporting period, and every month of that target's year, the month's own target (monthly
    targets; empty under a yearly one) and what the measure counted that month (up to `hasta`,
    empty when the source sent nothing). The bulletin, the quarterly report and the dashboards add
    these rows up for a month, a quarter or a year to date, so every figure they print about the
    plan is a sum of published rows. A month with neither figure has no row. -#}
with

metas as (
    select * from {{ ref('int_metas__vigentes') }}
),

ejecucion as (
    select * from {{ ref('int_metas__ejecucion_mensual') }}
),

avance as (
    select * from {{ ref('metas_avance') }}
),

lineas as (
    select distinct
        medida,
        filtro,
        anio
    from avance
),

meses as (
    select
        lineas.medida,
        lineas.filtro,
        lineas.anio,
        cast(numeros.mes as integer) as mes
    from lineas
    cross join range(1, 13) as numeros (mes)
),

mensual as (
    select
        meses.medida,
        meses.filtro,
        strftime(make_date(meses.anio, meses.mes, 1), '%Y-%m') as mes,
        metas.programado,
        ejecucion.ejecutado
    from meses
    left join metas
        on meses.medida = metas.medida
        and meses.filtro = metas.filtro
        and meses.anio = metas.anio
        and meses.mes = metas.mes
    left join ejecucion
        on meses.medida = ejecucion.medida
        and meses.filtro = ejecucion.filtro
        and make_date(meses.anio, meses.mes, 1) = ejecucion.mes
    where metas.programado is not null or ejecucion.ejecutado is not null
)

select * from mensual
order by medida, filtro, mes
