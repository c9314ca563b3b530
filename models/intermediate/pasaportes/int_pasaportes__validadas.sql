{#- Passports issued by the sucursales and the consulates: every delivered line checked against the
    landing contract. Closed-list values become their codes (synonyms resolved); open-list codes are
    kept, known or not (oficina_conocido). `motivo` is NULL when the line is valid, otherwise every
    reason, in Spanish, that sends it to quarantine. -#}
with

filas as (
    select * from {{ ref('stg_pasaportes__filas') }}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('oficina_tipo', 'filas.oficina_tipo') }} as oficina_tipo_codigo,
        {{ codigo_cerrado('sexo', 'filas.sexo') }} as sexo_codigo,
        {{ codigo_cerrado('tramite_pasaporte', 'filas.tramite') }} as tramite_codigo,
        {{ codigo_cerrado('canal', 'filas.canal') }} as canal_codigo
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
        oficina_tipo_codigo as oficina_tipo,
        oficina,
        sexo_codigo as sexo,
        tramite_codigo as tramite,
        canal_codigo as canal,
        {{ codigo_abierto_conocido('oficinas', 'codificadas.oficina', {'oficina_tipo': 'codificadas.oficina_tipo_codigo'}) }} as oficina_conocido,
        contenido,
        {{ motivo_fila([
            motivo_fecha(),
            motivo_cantidad(),
            motivo_lista_cerrada('oficina_tipo', 'oficina_tipo', 'oficina_tipo_codigo'),
            motivo_obligatorio('oficina'),
            motivo_lista_cerrada('sexo', 'sexo', 'sexo_codigo'),
            motivo_lista_cerrada('tramite', 'tramite_pasaporte', 'tramite_codigo', obligatoria=false),
            motivo_lista_cerrada('canal', 'canal', 'canal_codigo', obligatoria=false)
        ]) }} as motivo
    from codificadas
)

select * from validadas
