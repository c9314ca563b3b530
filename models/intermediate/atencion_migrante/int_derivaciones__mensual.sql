{#- Returned Salvadorans referred to other institutions, per month: the lines still standing after
    the corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_derivaciones__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        institucion,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        institucion,
        sexo
)

select * from mensual
