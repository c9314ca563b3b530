{#- Passports issued by the sucursales and the consulates, per month: the lines still standing after
    the corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_pasaportes__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        oficina_tipo,
        oficina,
        sexo,
        tramite,
        canal,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        oficina_tipo,
        oficina,
        sexo,
        tramite,
        canal
)

select * from mensual
