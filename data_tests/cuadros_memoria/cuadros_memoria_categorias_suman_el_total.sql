{#- Every table: its category rows add up to its `total` row, per sex and period, and every table
    has exactly one `total` row. A table of people (`columna = 'persona'`, Tabla 22) has only its
    total: people referred to several institutions do not add up by institution. -#}
with

cuadros as (
    select * from {{ ref('cuadros_memoria') }}
),

categorias as (
    select
        cuadro,
        sum(m_anterior) as m_anterior, sum(f_anterior) as f_anterior, sum(total_anterior) as total_anterior,
        sum(m_actual) as m_actual, sum(f_actual) as f_actual, sum(total_actual) as total_actual
    from cuadros
    where tipo_fila = 'categoria'
    group by cuadro
),

totales as (
    select * from cuadros
    where codigo = 'total'
),

comparados as (
    select
        coalesce(totales.cuadro, categorias.cuadro) as cuadro,
        count(totales.codigo) over (partition by coalesce(totales.cuadro, categorias.cuadro)) as filas_total,
        totales.m_anterior - coalesce(categorias.m_anterior, 0) as dif_m_anterior,
        totales.f_anterior - coalesce(categorias.f_anterior, 0) as dif_f_anterior,
        totales.total_anterior - coalesce(categorias.total_anterior, 0) as dif_total_anterior,
        totales.m_actual - coalesce(categorias.m_actual, 0) as dif_m_actual,
        totales.f_actual - coalesce(categorias.f_actual, 0) as dif_f_actual,
        totales.total_actual - coalesce(categorias.total_actual, 0) as dif_total_actual
    from totales
    full outer join categorias
        on totales.cuadro = categorias.cuadro
    where coalesce(totales.cuadro, categorias.cuadro) not in (
        select cuadro from {{ ref('cuadros') }} where columna = 'persona'
    )
)

select *
from comparados
where filas_total <> 1
    or dif_m_anterior <> 0 or dif_f_anterior <> 0 or dif_total_anterior <> 0
    or dif_m_actual <> 0 or dif_f_actual <> 0 or dif_total_actual <> 0
