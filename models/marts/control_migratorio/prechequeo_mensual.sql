{#- Monthly series: Land pre-checks, exit authorisations of minors and mobile controls. One row per
    month and combination that has data, over the whole history in the warehouse (not only the
    reporting period). -#}
with

mensual as (
    select * from {{ ref('int_prechequeo__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        tipo,
        puesto,
        sexo,
        cantidad
    from mensual
)

select * from publicada
order by mes, tipo, puesto, sexo
