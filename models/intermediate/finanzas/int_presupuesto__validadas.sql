{#- Budget: every delivered line checked against the landing contract (fecha is a month, fondo and
    etapa in their closed lists, monto a well-formed amount). `motivo` is NULL when the line is
    valid, otherwise every reason, in Spanish, that sends it to quarantine. -#}
with

filas as (
    select * from {{ ref('stg_presupuesto__filas') }}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('fondo', 'filas.fondo') }} as fondo_codigo,
        {{ codigo_cerrado('etapa', 'filas.etapa') }} as etapa_codigo
    from filas
),

validadas as (
    select
        fuente,
        entrega_id,
        linea,
        fecha_texto,
        mes,
        granularidad,
        fecha_normalizada,
        fondo_codigo as fondo,
        etapa_codigo as etapa,
        monto,
        contenido,
        {{ motivo_fila([
            motivo_fecha(solo_mes=true),
            motivo_lista_cerrada('fondo', 'fondo', 'fondo_codigo'),
            motivo_lista_cerrada('etapa', 'etapa', 'etapa_codigo'),
            motivo_monto('monto')
        ]) }} as motivo
    from codificadas
)

select * from validadas
