{#- Residence resolutions (calidades migratorias) granted to foreigners, per month: the lines still
    standing after the corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_residencias__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        calidad,
        sexo,
        nacionalidad,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        calidad,
        sexo,
        nacionalidad
)

select * from mensual
