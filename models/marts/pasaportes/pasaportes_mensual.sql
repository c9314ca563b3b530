{#- Monthly series: Passports issued by the sucursales and the consulates. One row per month and
    combination that has data, over the whole history in the warehouse (not only the reporting
    period). -#}
with

mensual as (
    select * from {{ ref('int_pasaportes__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        oficina_tipo,
        oficina,
        sexo,
        tramite,
        canal,
        cantidad
    from mensual
)

select * from publicada
order by mes, oficina_tipo, oficina, sexo, tramite, canal
