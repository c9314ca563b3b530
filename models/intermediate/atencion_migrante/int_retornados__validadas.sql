{#- Returned Salvadorans received by the GAMI: every delivered line checked against the landing
    contract. Closed-list values become their codes (synonyms resolved); open-list codes are kept,
    known or not (pais_procedencia_conocido). `motivo` is NULL when the line is valid, otherwise
    every reason, in Spanish, that sends it to quarantine. -#}
with

filas as (
    select * from {{ ref('stg_retornados__filas') }}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('via_retorno', 'filas.via') }} as via_codigo,
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
        via_codigo as via,
        sexo_codigo as sexo,
        edad,
        pais_procedencia,
        {{ codigo_abierto_conocido('paises', 'codificadas.pais_procedencia') }} as pais_procedencia_conocido,
        contenido,
        {{ motivo_fila([
            motivo_fecha(),
            motivo_cantidad(),
            motivo_lista_cerrada('via', 'via_retorno', 'via_codigo'),
            motivo_lista_cerrada('sexo', 'sexo', 'sexo_codigo'),
            motivo_entero('edad', 'edad inválida (debe ser un número entero de años, escrito solo con dígitos)')
        ]) }} as motivo
    from codificadas
)

select * from validadas
