{#- Monthly series: Foreigners sheltered at the CAIPEM. One row per month and combination that has
    data, over the whole history in the warehouse (not only the reporting period). -#}
with

mensual as (
    select * from {{ ref('int_resguardos__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        nacionalidad,
        sexo,
        cantidad
    from mensual
)

select * from publicada
order by mes, nacionalidad, sexo
