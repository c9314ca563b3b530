{#- Foreigners sheltered at the CAIPEM by calendar year and region of origin (M49 region of the
    nationality): nationality by month would single out a handful of people. -#}
with

resguardos as (
    select * from {{ ref('resguardos_mensual') }}
),

paises as (
    select * from {{ ref('paises') }}
),

por_region as (
    select
        left(resguardos.mes, 4) as anio,
        coalesce(paises.region, 'no_reconocida') as region,
        cast(sum(resguardos.cantidad) as bigint) as cantidad
    from resguardos
    left join paises on resguardos.nacionalidad = paises.codigo
    group by all
)

select * from por_region
order by anio, region
