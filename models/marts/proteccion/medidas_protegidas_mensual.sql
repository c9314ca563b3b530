{#- Monthly totals of the measures about protected populations, the figures the Memoria and the
    bulletin print month by month: published whole (after disclosure control) while the finer
    monthly grids have suppressed cells. The measures and their filters are those of
    reports/memoria/service-measures.ts; the disclosure control checks every row against them. -#}
with

retornados as (
    select * from {{ ref('retornados_mensual') }}
),

resguardos as (
    select * from {{ ref('resguardos_mensual') }}
),

derivaciones as (
    select * from {{ ref('derivaciones_mensual') }}
),

prechequeo as (
    select * from {{ ref('prechequeo_mensual') }}
),

residencias as (
    select * from {{ ref('residencias_mensual') }}
),

por_medida as (
    select mes, 'retornados' as medida, sum(cantidad) as cantidad from retornados group by mes
    union all
    select mes, 'resguardos' as medida, sum(cantidad) as cantidad from resguardos group by mes
    union all
    select mes, 'derivaciones' as medida, sum(cantidad) as cantidad from derivaciones group by mes
    union all
    select mes, 'autorizaciones_nna' as medida, sum(cantidad) as cantidad from prechequeo where tipo = 'autorizacion_salida_nna' group by mes
    union all
    select mes, 'residencias' as medida, sum(cantidad) as cantidad from residencias group by mes
),

publicada as (
    select
        mes,
        medida,
        cast(cantidad as bigint) as cantidad
    from por_medida
)

select * from publicada
order by mes, medida
