{#- Residence resolutions (calidades migratorias) granted to foreigners: every line of every
    delivery (raw.residencias) as received, with its codes folded and its fecha and cantidad parsed;
    the raw text stays beside each parsed value so that reasons can quote it. No line is dropped
    here: validation happens in int_residencias__validadas. -#}
with

source as (
    select * from {{ source('raw', 'residencias') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        'residencias' as fuente,
        source.entrega_id,
        source.linea,
        {{ texto_limpio('source.id') }} as id,

        source.fecha as fecha_texto,
        {{ fecha_dia('source.fecha') }} as fecha_dia,
        {{ fecha_mes('source.fecha') }} as mes,
        {{ fecha_granularidad('source.fecha') }} as granularidad,

        source.cantidad as cantidad_texto,
        {{ parsear_cantidad('source.cantidad') }} as cantidad,

        source.calidad as calidad_texto,
        {{ plegar_codigo('source.calidad') }} as calidad,
        source.sexo as sexo_texto,
        {{ plegar_codigo('source.sexo') }} as sexo,
        source.nacionalidad as nacionalidad_texto,
        {{ plegar_iso('source.nacionalidad') }} as nacionalidad,

        to_json(struct_pack(
            fecha := source.fecha,
            cantidad := source.cantidad,
            id := source.id,
            calidad := source.calidad,
            sexo := source.sexo,
            nacionalidad := source.nacionalidad,
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
