{#- Monthly series: Migration flow: entries and exits registered at the border posts. One row per
    month and combination that has data, over the whole history in the warehouse (not only the
    reporting period). -#}
with

mensual as (
    select * from {{ ref('int_flujo__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        direccion,
        via,
        puesto,
        sexo,
        nacionalidad,
        cantidad
    from mensual
)

select * from publicada
order by mes, direccion, via, puesto, sexo, nacionalidad
