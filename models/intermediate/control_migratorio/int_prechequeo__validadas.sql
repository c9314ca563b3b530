{#- Land pre-checks, exit authorisations of minors and mobile controls: every delivered line checked
    against the landing contract. Closed-list values become their codes (synonyms resolved); open-
    list codes are kept, known or not (puesto_conocido). `motivo` is NULL when the line is valid,
    otherwise every reason, in Spanish, that sends it to quarantine. -#}
with

filas as (
    select * from {{ ref('stg_prechequeo__filas') }}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('tipo_prechequeo', 'filas.tipo') }} as tipo_codigo,
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
        tipo_codigo as tipo,
        puesto,
        sexo_codigo as sexo,
        {{ codigo_abierto_conocido('puestos_fronterizos', 'codificadas.puesto') }} as puesto_conocido,
        contenido,
        {{ motivo_fila([
            motivo_fecha(),
            motivo_cantidad(),
            motivo_lista_cerrada('tipo', 'tipo_prechequeo', 'tipo_codigo'),
            motivo_lista_cerrada('sexo', 'sexo', 'sexo_codigo', obligatoria=false)
        ]) }} as motivo
    from codificadas
)

select * from validadas
