{#- Migration flow: entries and exits registered at the border posts, per month: the lines still
    standing after the corrections, added up. Incremental: the months int_flujo__corregidas
    recomputed since this model's last build (a higher `lote`) are replaced whole; a month left
    with no line standing is marked by a row without cantidad, removed after the insert
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

vigentes as (
    select * from corregidas
    where estado = 'vigente'
    {%- if is_incremental() %}
        and {{ mes_en(meses) }}
    {%- endif %}
),

mensual as (
    select
        mes,
        direccion,
        via,
        puesto,
        sexo,
        nacionalidad,
        cast(sum(cantidad) as bigint) as cantidad,
        (select max(corregidas.lote) from corregidas) as lote
    from vigentes
    group by
        mes,
        direccion,
        via,
        puesto,
        sexo,
        nacionalidad
)

{%- if is_incremental() %},

-- A recomputed month with no line standing any more: this row makes delete+insert empty it.
meses_vaciados as (
    {{ meses_vaciados(meses, 'mensual', ['direccion', 'via', 'puesto', 'sexo', 'nacionalidad']) }}
),

con_vaciados as (
    select * from mensual

    union all

    select * from meses_vaciados
)

select * from con_vaciados

{%- else %}

select * from mensual

{%- endif %}
