{#- Land pre-checks, exit authorisations of minors and mobile controls, per month: the lines still
    standing after the corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_prechequeo__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        tipo,
        puesto,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        tipo,
        puesto,
        sexo
)

select * from mensual
