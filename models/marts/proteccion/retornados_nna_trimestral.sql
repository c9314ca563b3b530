{#- Returned children and adolescents (under 18) by calendar quarter and sex: a grain coarse enough
    to publish what the monthly cells must hide. -#}
with

retornados as (
    select * from {{ ref('retornados_mensual') }}
    where grupo_edad = 'nna'
),

por_trimestre as (
    select
        {{ trimestre('mes') }} as trimestre,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from retornados
    group by all
)

select * from por_trimestre
order by trimestre, sexo
