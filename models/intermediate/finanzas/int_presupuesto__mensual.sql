{#- Budget per month, fund and stage: the amounts still standing after the corrections. -#}
with

corregidas as (
    select * from {{ ref('int_presupuesto__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        fondo,
        etapa,
        cast(sum(monto) as decimal(18, 2)) as monto
    from vigentes
    group by
        mes,
        fondo,
        etapa
)

select * from mensual
