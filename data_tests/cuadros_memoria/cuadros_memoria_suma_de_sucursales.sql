{#- Tabla 9: the sucursal rows add up to `total_sucursales`, per sex and period. -#}
with

cuadros as (
    select * from {{ ref('cuadros_memoria') }}
    where cuadro = 'pasaportes_oficina'
),

sucursales as (
    select
        sum(m_anterior) as m_anterior, sum(f_anterior) as f_anterior, sum(total_anterior) as total_anterior,
        sum(m_actual) as m_actual, sum(f_actual) as f_actual, sum(total_actual) as total_actual
    from cuadros
    where tipo_fila = 'categoria' and codigo <> 'consulados'
),

subtotal as (
    select * from cuadros
    where codigo = 'total_sucursales'
)

select *
from subtotal
cross join sucursales
where subtotal.m_anterior <> coalesce(sucursales.m_anterior, 0)
    or subtotal.f_anterior <> coalesce(sucursales.f_anterior, 0)
    or subtotal.total_anterior <> coalesce(sucursales.total_anterior, 0)
    or subtotal.m_actual <> coalesce(sucursales.m_actual, 0)
    or subtotal.f_actual <> coalesce(sucursales.f_actual, 0)
    or subtotal.total_actual <> coalesce(sucursales.total_actual, 0)
