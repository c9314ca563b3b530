{#- Migration flow: entries and exits registered at the border posts: every delivered line checked
    against the landing contract. Closed-list values become their codes (synonyms resolved); open-
    list codes are kept, known or not (puesto_conocido, nacionalidad_conocido). `motivo` is NULL
    when the line is valid, otherwise every reason, in Spanish, that sends it to quarantine.
    Incremental: a delivery is validated once, when it arrives (its lines never change). -#}
{{ config(materialized='incremental', incremental_strategy='append') }}

with

filas as (
    select * from {{ ref('stg_flujo__filas') }}
    {%- if is_incremental() %}
    where entrega_id > {{ maximo_existente('entrega_id') }}
    {%- endif %}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('direccion', 'filas.direccion') }} as direccion_codigo,
        {{ codigo_cerrado('via_flujo', 'filas.via') }} as via_codigo,
        {{ codigo_cerrado('sexo', 'filas.sexo') }} as sexo_codigo
    from filas
),

validadas as (
    select
        fuente,
        entrega_id,
        linea,
        id,
        fecha_texto,
        fecha_dia,
        mes,
        granularidad,
        fecha_normalizada,
        cantidad,
        direccion_codigo as direccion,
        via_codigo as via,
        puesto,
        sexo_codigo as sexo,
        nacionalidad,
        {{ codigo_abierto_conocido('puestos_fronterizos', 'codificadas.puesto') }} as puesto_conocido,
        {{ codigo_abierto_conocido('paises', 'codificadas.nacionalidad') }} as nacionalidad_conocido,
        contenido,
        {{ motivo_fila([
            motivo_fecha(),
            motivo_cantidad(),
            motivo_lista_cerrada('direccion', 'direccion', 'direccion_codigo'),
            motivo_lista_cerrada('via', 'via_flujo', 'via_codigo'),
            motivo_obligatorio('puesto'),
            motivo_lista_cerrada('sexo', 'sexo', 'sexo_codigo')
        ]) }} as motivo,
        {{ siguiente_lote() }} as lote
    from codificadas
)

select * from validadas
