{#- Migration flow: entries and exits registered at the border posts: the fate of every valid line
    under the contract's keys and corrections (later deliveries replace earlier rows with the same
    key, repeated ids within a delivery are quarantined, a month never counts both by day and by
    month). See macros/entregas/resolver_entregas.sql. Incremental: a build recomputes only the
    months its new deliveries touch, and writes only their new lines and the lines whose fate
    changed, each replacing its older row. -#}
{{ config(materialized='incremental', incremental_strategy='reemplazo_por_lote', unique_key=['entrega_id', 'linea']) }}

{{ resolver_entregas(
    validadas=ref('int_flujo__validadas'),
    clave=['fecha_normalizada', 'direccion', 'via', 'puesto', 'sexo', 'nacionalidad'],
    usa_id=true,
    dimensiones=['direccion', 'via', 'puesto', 'sexo', 'nacionalidad'],
    cambio_granularidad=true,
    id_repetido_en_entrega='id_repetido_en_entrega'
) }}
