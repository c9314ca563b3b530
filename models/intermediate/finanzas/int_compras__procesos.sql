{#- Procurement processes as they stand after every delivery: one row per process id. -#}
{{ config(materialized='view') }}

with

corregidas as (
    select * from {{ ref('int_compras__corregidas') }}
),

procesos as (
    select
        id,
        fecha_dia,
        mes,
        granularidad,
        metodo,
        rubro,
        estado_proceso,
        monto,
        entrega_id,
        archivo
    from corregidas
    where estado = 'vigente'
)

select * from procesos
