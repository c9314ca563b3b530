{#- Every table's `total` row equals the published monthly series summed over each period: the
    Memoria and the open data tell the same story. A count of people (Tabla 22) is not a sum of
    months; cuadros_memoria_personas_no_superan_derivaciones checks it. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

cuadros as (
    select * from {{ ref('cuadros_memoria') }}
    where codigo = 'total'
        and cuadro not in (select cuadro from {{ ref('cuadros') }} where columna = 'persona')
),

series as (
    select 'pasaportes_oficina' as cuadro, mes, cantidad from {{ ref('pasaportes_mensual') }}
    union all
    select 'residencias_calidad', mes, cantidad from {{ ref('residencias_mensual') }}
    union all
    select 'nacionalidad_tramite', mes, cantidad from {{ ref('nacionalidad_mensual') }}
    union all
    select 'flujo_direccion', mes, cantidad from {{ ref('flujo_mensual') }}
    union all
    select 'flujo_via', mes, cantidad from {{ ref('flujo_mensual') }}
    union all
    select 'retornados_via', mes, cantidad from {{ ref('retornados_mensual') }}
    union all
    select 'derivaciones_institucion', mes, cantidad from {{ ref('derivaciones_mensual') }}
),

sumas as (
    select
        series.cuadro,
        coalesce(sum(series.cantidad) filter (where periodos.periodo = 'anterior'), 0) as total_anterior,
        coalesce(sum(series.cantidad) filter (where periodos.periodo = 'actual'), 0) as total_actual
    from series
    inner join periodos
        on series.mes between periodos.desde_mes and periodos.hasta_mes
    group by series.cuadro
)

select
    cuadros.cuadro,
    cuadros.total_anterior,
    sumas.total_anterior as total_anterior_series,
    cuadros.total_actual,
    sumas.total_actual as total_actual_series
from cuadros
left join sumas
    on cuadros.cuadro = sumas.cuadro
where cuadros.total_anterior <> coalesce(sumas.total_anterior, 0)
    or cuadros.total_actual <> coalesce(sumas.total_actual, 0)
