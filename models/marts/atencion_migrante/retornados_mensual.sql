{#- Monthly series: Returned Salvadorans received by the GAMI, published with the age group (`nna`
    under 18, `adulto`, `sin_dato`) instead of the age: one row per month and combination that has
    data, over the whole history in the warehouse. -#}
with

mensual as (
    select * from {{ ref('int_retornados__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        via,
        sexo,
        {{ grupo_edad('edad') }} as grupo_edad,
        pais_procedencia,
        cast(sum(cantidad) as bigint) as cantidad
    from mensual
    group by all
)

select * from publicada
order by mes, via, sexo, grupo_edad, pais_procedencia
