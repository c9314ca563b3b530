{#- Passports issued by the sucursales and the consulates: every line of every delivery
    (raw.pasaportes) as received, with its codes folded and its fecha and cantidad parsed; the raw
    text stays beside each parsed value so that reasons can quote it. No line is dropped here:
    validation happens in int_pasaportes__validadas. -#}
with

source as (
    select * from {{ source('raw', 'pasaportes') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        'pasaportes' as fuente,
        source.entrega_id,
        source.linea,
        {{ texto_limpio('source.id') }} as id,

        source.fecha as fecha_texto,
        {{ fecha_dia('source.fecha') }} as fecha_dia,
        {{ fecha_mes('source.fecha') }} as mes,
        {{ fecha_granularidad('source.fecha') }} as granularidad,

        source.cantidad as cantidad_texto,
        {{ parsear_cantidad('source.cantidad') }} as cantidad,

        source.oficina_tipo as oficina_tipo_texto,
        {{ plegar_codigo('source.oficina_tipo') }} as oficina_tipo,
        source.oficina as oficina_texto,
        {{ plegar_codigo('source.oficina') }} as oficina,
        source.sexo as sexo_texto,
        {{ plegar_codigo('source.sexo') }} as sexo,
        source.tramite as tramite_texto,
        {{ plegar_codigo('source.tramite') }} as tramite,
        source.canal as canal_texto,
        {{ plegar_codigo('source.canal') }} as canal,

        to_json(struct_pack(
            fecha := source.fecha,
            cantidad := source.cantidad,
            id := source.id,
            oficina_tipo := source.oficina_tipo,
            oficina := source.oficina,
            sexo := source.sexo,
            tramite := source.tramite,
            canal := source.canal,
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
