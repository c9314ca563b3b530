{#- Returned Salvadorans referred to other institutions: every delivered line checked against the
    landing contract. Closed-list values become their codes (synonyms resolved); open-list codes are
    kept, known or not (institucion_conocido). `motivo` is NULL when the line is valid, otherwise
    every reason, in Spanish, that sends it to quarantine. -#}
with

filas as (
    select * from {{ ref('stg_derivaciones__filas') }}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('sexo', 'filas.sexo') }} as sexo_codigo
    from filas
),

validadas as (
    select
        fuente,
        entrega_id,
        linea,
        id,
        persona,
        fecha_texto,
        fecha_dia,
        mes,
        granularidad,
        fecha_normalizada,
        cantidad,
        institucion,
        sexo_codigo as sexo,
        {{ codigo_abierto_conocido('instituciones', 'codificadas.institucion') }} as institucion_conocido,
        contenido,
        {{ motivo_fila([
            motivo_fecha(),
            motivo_cantidad(),
            motivo_obligatorio('institucion'),
            motivo_lista_cerrada('sexo', 'sexo', 'sexo_codigo')
        ]) }} as motivo
    from codificadas
)

select * from validadas
