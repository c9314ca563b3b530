{#- Foreigners sheltered at the CAIPEM, per month: the lines still standing after the corrections,
    added up. -#}
with

corregidas as (
    select * from {{ ref('int_resguardos__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        nacionalidad,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        nacionalidad,
        sexo
)

select * from mensual
