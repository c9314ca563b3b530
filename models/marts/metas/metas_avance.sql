{#- The operating plan's physical targets against what was done (outputs.md, `metas_avance`): one
    row per POA target inside the reporting period — a monthly target of one of its months, a
    yearly target of one of its years. `ejecutado` is the measured source's count over the target's
    month, or over its year up to `hasta`, restricted by `filtro`; empty when the source sent no data
    for any of those months. `programado_a_la_fecha` is the part of the target due by `hasta`: the
    whole target once its month or year has ended, the year's target × months elapsed / 12 during
    the year (the PNI's pro-rating, outputs.md). -#}
with

metas as (
    select * from {{ ref('int_metas__vigentes') }}
),

ejecucion as (
    select * from {{ ref('int_metas__ejecucion_mensual') }}
),

periodos as (
    select * from {{ ref('int_periodos') }}
    where periodo = 'actual'
),

en_el_periodo as (
    select
        metas.*,
        case
            when metas.mes is not null then make_date(metas.anio, metas.mes, 1)
            else make_date(metas.anio, 1, 1)
        end as desde,
        case
            when metas.mes is not null then make_date(metas.anio, metas.mes, 1)
            else least(make_date(metas.anio, 12, 1), periodos.hasta)
        end as hasta,
        case
            when metas.mes is not null or metas.anio < year(periodos.hasta) then 12
            else month(periodos.hasta)
        end as meses_transcurridos
    from metas
    cross join periodos
    where
        (metas.mes is not null and make_date(metas.anio, metas.mes, 1) between periodos.desde and periodos.hasta)
        or (metas.mes is null and metas.anio between year(periodos.desde) and year(periodos.hasta))
),

con_ejecucion as (
    select
        en_el_periodo.anio,
        en_el_periodo.mes,
        en_el_periodo.medida,
        en_el_periodo.filtro,
        en_el_periodo.filtro_etiqueta,
        en_el_periodo.unidad,
        en_el_periodo.programado,
        en_el_periodo.meses_transcurridos,
        sum(ejecucion.ejecutado) as ejecutado,
        cast(count(ejecucion.mes) as integer) as meses_con_datos
    from en_el_periodo
    left join ejecucion
        on en_el_periodo.medida = ejecucion.medida
        and en_el_periodo.filtro = ejecucion.filtro
        and ejecucion.mes between en_el_periodo.desde and en_el_periodo.hasta
    group by all
),

avance as (
    select
        anio,
        mes,
        medida,
        filtro,
        filtro_etiqueta,
        unidad,
        programado,
        cast(ejecutado as bigint) as ejecutado,
        {{ porcentaje('ejecutado', 'programado') }} as pct_ejecucion,
        case
            when mes is not null then cast(programado as decimal(18, 2))
            else cast(round(cast(programado as decimal(18, 2)) * meses_transcurridos / 12, 2) as decimal(18, 2))
        end as programado_a_la_fecha,
        meses_con_datos
    from con_ejecucion
)

select * from avance
order by anio, mes nulls last, medida, filtro
