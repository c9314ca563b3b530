{#- Monthly series: Migration-record certifications and no-restriction certificates. One row per
    month and combination that has data, over the whole history in the warehouse (not only the
    reporting period). -#}
with

mensual as (
    select * from {{ ref('int_certificaciones__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        tipo,
        sexo,
        cantidad
    from mensual
)

select * from publicada
order by mes, tipo, sexo
