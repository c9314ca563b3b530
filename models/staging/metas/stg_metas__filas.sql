{#- POA targets (metas): every line of every delivery (raw.metas) as received, with the year, month,
    measure and programmed figure interpreted (not yet validated). The dimension columns that
    restrict a target are the measured source's own, so they arrive among the delivery's extra
    columns (`extras`): they stay there as JSON and int_metas__validadas reads them. -#}
with

source as (
    select * from {{ source('raw', 'metas') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        'metas' as fuente,
        source.entrega_id,
        source.linea,

        source.anio as anio_texto,
        case
            when {{ parsear_entero('source.anio') }} between 1900 and 2099
                then cast({{ parsear_entero('source.anio') }} as integer)
        end as anio,

        source.mes as mes_texto,
        case
            when {{ parsear_entero('source.mes') }} between 1 and 12
                then cast({{ parsear_entero('source.mes') }} as integer)
        end as mes,

        source.medida as medida_texto,
        {{ plegar_codigo('source.medida') }} as medida,

        source.programado as programado_texto,
        {{ parsear_entero('source.programado') }} as programado,

        {{ texto_limpio('source.unidad') }} as unidad,

        try_cast(source.extras as json) as extras,

        to_json(struct_pack(
            anio := source.anio,
            mes := source.mes,
            medida := source.medida,
            programado := source.programado,
            unidad := source.unidad,
            extras := try_cast(source.extras as json)
        )) as contenido
    from source
)

select * from renamed
