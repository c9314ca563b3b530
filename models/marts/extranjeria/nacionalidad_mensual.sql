{#- Monthly series: Recoveries, renunciations, nationalisations and naturalisations of Salvadoran
    nationality. One row per month and combination that has data, over the whole history in the
    warehouse (not only the reporting period). -#}
with

mensual as (
    select * from {{ ref('int_nacionalidad__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        tramite,
        sexo,
        cantidad
    from mensual
)

select * from publicada
order by mes, tramite, sexo
