{#- Procurement: every delivered line checked against the landing contract (id and fecha present,
    metodo, rubro and estado in their closed lists, monto a well-formed amount). `motivo` is NULL
    when the line is valid, otherwise every reason, in Spanish, that sends it to quarantine. -#}
with

filas as (
    select * from {{ ref('stg_compras__filas') }}
),

codificadas as (
    select
        filas.*,
        {{ codigo_cerrado('metodo', 'filas.metodo') }} as metodo_codigo,
        {{ codigo_cerrado('rubro', 'filas.rubro') }} as rubro_codigo,
        {{ codigo_cerrado('estado', 'filas.estado') }} as estado_codigo
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
        metodo_codigo as metodo,
        rubro_codigo as rubro,
        estado_codigo as estado_proceso,
        monto,
        contenido,
        {{ motivo_fila([
            motivo_obligatorio('id'),
            motivo_fecha(),
            motivo_lista_cerrada('metodo', 'metodo', 'metodo_codigo'),
            motivo_lista_cerrada('rubro', 'rubro', 'rubro_codigo'),
            motivo_lista_cerrada('estado', 'estado', 'estado_codigo'),
            motivo_monto('monto')
        ]) }} as motivo
    from codificadas
)

select * from validadas
