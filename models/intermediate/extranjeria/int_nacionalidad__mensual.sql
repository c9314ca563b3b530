{#- Recoveries, renunciations, nationalisations and naturalisations of Salvadoran nationality, per
    month: the lines still standing after the corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_nacionalidad__corregidas') }}
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
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        tramite,
        sexo
)

select * from mensual
