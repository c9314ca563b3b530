{#- Recoveries, renunciations, nationalisations and naturalisations of Salvadoran nationality: every
    delivered line checked against the landing contract. Closed-list values become their codes
    (synonyms resolved); open-list codes are kept, known or not (none here). `motivo` is NULL when
    the line is valid, otherwise every reason, in Spanish, that sends it to quarantine. -#}
with

filas as (
    select * from {{ ref('stg_nacionalidad__filas') }}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('tramite_nacionalidad', 'filas.tramite') }} as tramite_codigo,
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
        tramite_codigo as tramite,
        sexo_codigo as sexo,
        contenido,
        {{ motivo_fila([
            motivo_fecha(),
            motivo_cantidad(),
            motivo_lista_cerrada('tramite', 'tramite_nacionalidad', 'tramite_codigo'),
            motivo_lista_cerrada('sexo', 'sexo', 'sexo_codigo')
        ]) }} as motivo
    from codificadas
)

select * from validadas
