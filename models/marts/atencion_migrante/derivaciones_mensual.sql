{#- Monthly series: Returned Salvadorans referred to other institutions. One row per month and
    combination that has data, over the whole history in the warehouse (not only the reporting
    period). -#}
with

mensual as (
    select * from {{ ref('int_derivaciones__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        institucion,
        sexo,
        cantidad
    from mensual
)

select * from publicada
order by mes, institucion, sexo
