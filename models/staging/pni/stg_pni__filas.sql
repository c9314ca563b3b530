{#- PNI tracker (pni): every line of every delivery (raw.pni) as received: the indicator's value
    for a year, as reported by an institution. The column `fuente` of the file (who reported) is
    renamed `fuente_reporte`, since `fuente` names the landing source everywhere in the warehouse. -#}
with

source as (
    select * from {{ source('raw', 'pni') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        'pni' as fuente,
        source.entrega_id,
        source.linea,

        source.indicador as indicador_texto,
        {{ plegar_codigo('source.indicador') }} as indicador,

        source.anio as anio_texto,
        case
            when {{ parsear_entero('source.anio') }} between 1900 and 2099
                then cast({{ parsear_entero('source.anio') }} as integer)
        end as anio,

        source.valor as valor_texto,
        {{ parsear_monto('source.valor') }} as valor,

        source.institucion as institucion_texto,
        {{ plegar_codigo('source.institucion') }} as institucion,

        {{ texto_limpio('source.fuente') }} as fuente_reporte,

        source.fecha as fecha_texto,
        {{ fecha_dia('source.fecha') }} as fecha_dia,
        {{ fecha_mes('source.fecha') }} as mes,
        {{ fecha_granularidad('source.fecha') }} as granularidad,

        to_json(struct_pack(
            indicador := source.indicador,
            anio := source.anio,
            valor := source.valor,
            institucion := source.institucion,
            fuente := source.fuente,
            fecha := source.fecha,
            extras := try_cast(source.extras as json)
        )) as contenido
    from source
)

select * from renamed
