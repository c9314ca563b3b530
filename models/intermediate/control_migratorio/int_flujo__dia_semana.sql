{#- Migration flow by day of the week: the lines sent by day that still stand after the
    corrections, added up per month, weekday, direction, route, border post and sex. Incremental
    as int_flujo__mensual: the months int_flujo__corregidas recomputed since this model's last
    build (a higher `lote`) are replaced whole, so a new month reads that month and not the
    history; a recomputed month left with no line sent by day (all of it now sent by month, or
    corrected away) is marked by a row without cantidad, removed after the insert
    (macros/entregas/meses_recalculados.sql). -#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='mes',
    post_hook='delete from {{ this }} where cantidad is null'
) }}

{%- set meses = meses_recalculados(ref('int_flujo__corregidas')) if is_incremental() else [] %}

with

-- Not materialized: read three times, a materialized copy would hold the whole history (issue #17).
corregidas as not materialized (
    select * from {{ ref('int_flujo__corregidas') }}
),

diarias as (
    select * from corregidas
    where estado = 'vigente'
        and fecha_dia is not null
    {%- if is_incremental() %}
        and {{ mes_en(meses) }}
    {%- endif %}
),

por_dia_semana as (
    select
        mes,
        cast(isodow(fecha_dia) as integer) as dia_semana,
        direccion,
        via,
        puesto,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad,
        (select max(corregidas.lote) from corregidas) as lote
    from diarias
    group by
        mes,
        dia_semana,
        direccion,
        via,
        puesto,
        sexo
)

{%- if is_incremental() %},

-- A recomputed month with no line sent by day any more: this row makes delete+insert empty it.
meses_vaciados as (
    {{ meses_vaciados(meses, 'por_dia_semana', ['dia_semana', 'direccion', 'via', 'puesto', 'sexo'], {'dia_semana': 'integer'}) }}
),

con_vaciados as (
    select * from por_dia_semana

    union all

    select * from meses_vaciados
)

select * from con_vaciados

{%- else %}

select * from por_dia_semana

{%- endif %}
