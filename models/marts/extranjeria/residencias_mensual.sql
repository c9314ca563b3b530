{#- Monthly series: Residence resolutions (calidades migratorias) granted to foreigners. One row per
    month and combination that has data, over the whole history in the warehouse (not only the
    reporting period). -#}
with

mensual as (
    select * from {{ ref('int_residencias__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        calidad,
        sexo,
        nacionalidad,
        cantidad
    from mensual
)

select * from publicada
order by mes, calidad, sexo, nacionalidad
