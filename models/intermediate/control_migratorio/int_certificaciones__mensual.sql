{#- Migration-record certifications and no-restriction certificates, per month: the lines still
    standing after the corrections, added up. -#}
with

corregidas as (
    select * from {{ ref('int_certificaciones__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

mensual as (
    select
        mes,
        tipo,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from vigentes
    group by
        mes,
        tipo,
        sexo
)

select * from mensual
