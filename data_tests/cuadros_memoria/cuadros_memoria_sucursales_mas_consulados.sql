{#- Tabla 9: `total_sucursales` + `consulados` = `total`, per sex and period; the three rows exist. -#}
with

cuadros as (
    select * from {{ ref('cuadros_memoria') }}
    where cuadro = 'pasaportes_oficina'
),

filas as (
    select
        count(*) filter (where codigo in ('total_sucursales', 'consulados', 'total')) as filas_presentes,
        sum(m_anterior) filter (where codigo in ('total_sucursales', 'consulados')) as m_anterior,
        sum(m_anterior) filter (where codigo = 'total') as m_anterior_total,
        sum(f_anterior) filter (where codigo in ('total_sucursales', 'consulados')) as f_anterior,
        sum(f_anterior) filter (where codigo = 'total') as f_anterior_total,
        sum(m_actual) filter (where codigo in ('total_sucursales', 'consulados')) as m_actual,
        sum(m_actual) filter (where codigo = 'total') as m_actual_total,
        sum(f_actual) filter (where codigo in ('total_sucursales', 'consulados')) as f_actual,
        sum(f_actual) filter (where codigo = 'total') as f_actual_total
    from cuadros
)

select *
from filas
where filas_presentes <> 3
    or m_anterior <> m_anterior_total
    or f_anterior <> f_anterior_total
    or m_actual <> m_actual_total
    or f_actual <> f_actual_total
