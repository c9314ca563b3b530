{#- Procurement (compras): every line of every delivery (raw.compras) as received, one per
    procurement process, with its codes folded, fecha and monto parsed. -#}
with

source as (
    select * from {{ source('raw', 'compras') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        'compras' as fuente,
        source.entrega_id,
        source.linea,
        source.id as id_texto,
        {{ texto_limpio('source.id') }} as id,

        source.fecha as fecha_texto,
        {{ fecha_dia('source.fecha') }} as fecha_dia,
        {{ fecha_mes('source.fecha') }} as mes,
        {{ fecha_granularidad('source.fecha') }} as granularidad,

        source.metodo as metodo_texto,
        {{ plegar_codigo('source.metodo') }} as metodo,
        source.rubro as rubro_texto,
        {{ plegar_codigo('source.rubro') }} as rubro,
        source.estado as estado_texto,
        {{ plegar_codigo('source.estado') }} as estado,

        source.monto as monto_texto,
        {{ parsear_monto('source.monto') }} as monto,

        to_json(struct_pack(
            id := source.id,
            fecha := source.fecha,
            metodo := source.metodo,
            rubro := source.rubro,
            estado := source.estado,
            monto := source.monto,
            extras := try_cast(source.extras as json)
        )) as contenido
    from source
),

normalized as (
    select
        *,
        coalesce(strftime(fecha_dia, '%Y-%m-%d'), strftime(mes, '%Y-%m')) as fecha_normalizada
    from renamed
)

select * from normalized
