{#- Totals of the measures about protected populations over the spans the reports print: the
    reporting and comparison periods (also by sex), the bulletin's year to date and the same months
    a year earlier, and each calendar year up to the reporting month (the PNI's years). Published so
    that every figure the PDFs print is also open data; the disclosure control sees each row. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

hechos as (
    {{ medidas_protegidas() }}
),

actual as (
    select * from periodos
    where periodo = 'actual'
),

anterior as (
    select * from periodos
    where periodo = 'anterior'
),

anios as (
    select distinct cast(left(hechos.mes, 4) as integer) as anio
    from hechos
    cross join actual
    where hechos.mes <= actual.hasta_mes
),

ventanas as (
    select periodo as ventana, desde_mes as desde, hasta_mes as hasta, true as por_sexo from periodos
    union all
    select 'acumulado' as ventana, left(hasta_mes, 4) || '-01' as desde, hasta_mes as hasta, false as por_sexo from actual
    union all
    select 'acumulado_anterior' as ventana, left(hasta_mes, 4) || '-01' as desde, hasta_mes as hasta, false as por_sexo from anterior
    union all
    select
        'anio' as ventana,
        cast(anios.anio as varchar) || '-01' as desde,
        case when anios.anio = year(actual.hasta) then actual.hasta_mes else cast(anios.anio as varchar) || '-12' end as hasta,
        false as por_sexo
    from anios
    cross join actual
),

medidas as (
    select distinct medida from hechos
),

sexos as (
    select '' as sexo, false as solo_por_sexo
    union all
    select 'M' as sexo, true as solo_por_sexo
    union all
    select 'F' as sexo, true as solo_por_sexo
),

totales as (
    select
        ventanas.ventana,
        ventanas.desde,
        ventanas.hasta,
        medidas.medida,
        sexos.sexo,
        cast(coalesce(sum(hechos.cantidad), 0) as bigint) as cantidad,
        count(hechos.mes) as filas
    from ventanas
    cross join medidas
    inner join sexos on ventanas.por_sexo or not sexos.solo_por_sexo
    left join hechos
        on medidas.medida = hechos.medida
        and hechos.mes between ventanas.desde and ventanas.hasta
        and (sexos.sexo = '' or sexos.sexo = hechos.sexo)
    group by all
),

-- A span without any row is a known zero: not published, like an absent row of a monthly series.
publicados as (
    select
        ventana,
        desde,
        hasta,
        medida,
        nullif(sexo, '') as sexo,
        cantidad
    from totales
    where filas > 0
)

select * from publicados
order by medida, desde, hasta, ventana, sexo nulls first
