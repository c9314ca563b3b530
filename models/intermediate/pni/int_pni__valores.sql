{#- PNI values as they stand after every delivery: one row per indicator, year and reporting
    institution. The indicator's value for a year is the sum over institutions (outputs.md). -#}
{{ config(materialized='view') }}

with

corregidas as (
    select * from {{ ref('int_pni__corregidas') }}
),

vigentes as (
    select * from corregidas
    where estado = 'vigente'
),

valores as (
    select
        indicador,
        anio,
        institucion,
        cast(sum(valor) as decimal(18, 2)) as valor,
        string_agg(distinct fuente_reporte, '; ' order by fuente_reporte) as fuente_reporte
    from vigentes
    group by
        indicador,
        anio,
        institucion
)

select * from valores
