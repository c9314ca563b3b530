{#- Residence resolutions by month, calidad and sex, every nationality together: the register's
    monthly totals, published in full while the breakdown by nationality is protected. -#}
with

residencias as (
    select * from {{ ref('residencias_mensual') }}
),

por_calidad as (
    select
        mes,
        calidad,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from residencias
    group by all
)

select * from por_calidad
order by mes, calidad, sexo
