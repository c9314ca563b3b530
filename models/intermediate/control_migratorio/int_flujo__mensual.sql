{#- Migration flow: entries and exits registered at the border posts, per month: the lines still
    standing after the corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_flujo__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        direccion,
        via,
        puesto,
        sexo,
        nacionalidad,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        direccion,
        via,
        puesto,
        sexo,
        nacionalidad
)

select * from mensual
