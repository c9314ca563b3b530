{#- Monthly budget by fund and stage, over the whole history in the warehouse. -#}
with

mensual as (
    select * from {{ ref('int_presupuesto__mensual') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        fondo,
        etapa,
        monto
    from mensual
)

select * from publicada
order by mes, fondo, etapa
