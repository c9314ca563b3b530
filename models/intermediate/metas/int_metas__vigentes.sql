{#- The POA targets as they stand after every delivery: one row per target (anio, mes, medida,
    filtro). Lines of one delivery with the same key add up; the unit is the last one named. -#}
{{ config(materialized='view') }}

with

corregidas as (
    select * from {{ ref('int_metas__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

metas as (
    select
        anio,
        mes,
        medida,
        filtro,
        any_value(filtro_etiqueta) as filtro_etiqueta,
        arg_max(unidad, linea) as unidad,
        cast(sum(programado) as bigint) as programado
    from vigentes
    group by
        anio,
        mes,
        medida,
        filtro
)

select * from metas
