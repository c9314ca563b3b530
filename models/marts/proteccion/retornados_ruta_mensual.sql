{#- Returned Salvadorans by month, route and sex: the monthly totals the disclosure control keeps
    readable while the finer grid (age group, country) is suppressed where small. -#}
with

retornados as (
    select * from {{ ref('retornados_mensual') }}
),

por_ruta as (
    select
        mes,
        via,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from retornados
    group by all
)

select * from por_ruta
order by mes, via, sexo
