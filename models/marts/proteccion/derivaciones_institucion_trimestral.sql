{#- Referrals of returned people by calendar quarter and receiving institution, both sexes
    together: readable where the monthly cells by sex are small. -#}
with

derivaciones as (
    select * from {{ ref('derivaciones_mensual') }}
),

por_trimestre as (
    select
        {{ trimestre('mes') }} as trimestre,
        institucion,
        cast(sum(cantidad) as bigint) as cantidad
    from derivaciones
    group by all
)

select * from por_trimestre
order by trimestre, institucion
