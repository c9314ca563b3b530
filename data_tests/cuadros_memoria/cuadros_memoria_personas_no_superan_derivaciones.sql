{#- People referred (Tabla 22) never exceed referrals (Tabla 23), per sex and period, and someone
    was referred whenever a referral was made: a count of people that breaks this counted records. -#}
with

personas as (
    select * from {{ ref('cuadros_memoria') }}
    where cuadro = 'derivaciones_personas' and codigo = 'total'
),

derivaciones as (
    select * from {{ ref('cuadros_memoria') }}
    where cuadro = 'derivaciones_institucion' and codigo = 'total'
)

select
    personas.*
from personas
cross join derivaciones
where personas.m_anterior > derivaciones.m_anterior
    or personas.f_anterior > derivaciones.f_anterior
    or personas.m_actual > derivaciones.m_actual
    or personas.f_actual > derivaciones.f_actual
    or (personas.total_anterior = 0) <> (derivaciones.total_anterior = 0)
    or (personas.total_actual = 0) <> (derivaciones.total_actual = 0)
