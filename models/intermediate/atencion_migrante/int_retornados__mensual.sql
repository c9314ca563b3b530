{#- Returned Salvadorans received by the GAMI, per month: the lines still standing after the
    corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_retornados__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        via,
        sexo,
        edad,
        pais_procedencia,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        via,
        sexo,
        edad,
        pais_procedencia
)

select * from mensual
