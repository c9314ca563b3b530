{#- Visas, stay extensions and PEI endorsements, per month: the lines still standing after the
    corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_visas__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        tramite,
        sexo,
        nacionalidad,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        tramite,
        sexo,
        nacionalidad
)

select * from mensual
