{#- Budget (presupuesto): every line of every delivery (raw.presupuesto) as received, with fondo and
    etapa folded, fecha and monto parsed; the raw text stays beside each parsed value. -#}
with

source as (
    select * from {{ source('raw', 'presupuesto') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        'presupuesto' as fuente,
        source.entrega_id,
        source.linea,

        source.fecha as fecha_texto,
        {{ fecha_dia('source.fecha') }} as fecha_dia,
        {{ fecha_mes('source.fecha') }} as mes,
        {{ fecha_granularidad('source.fecha') }} as granularidad,

        source.fondo as fondo_texto,
        {{ plegar_codigo('source.fondo') }} as fondo,
        source.etapa as etapa_texto,
        {{ plegar_codigo('source.etapa') }} as etapa,

        source.monto as monto_texto,
        {{ parsear_monto('source.monto') }} as monto,

        to_json(struct_pack(
            fecha := source.fecha,
            fondo := source.fondo,
            etapa := source.etapa,
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
