{#- Returned Salvadorans received by the GAMI: every line of every delivery (raw.retornados) as
    received, with its codes folded and its fecha and cantidad parsed; the raw text stays beside
    each parsed value so that reasons can quote it. No line is dropped here: validation happens in
    int_retornados__validadas. -#}
with

source as (
    select * from {{ source('raw', 'retornados') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        'retornados' as fuente,
        source.entrega_id,
        source.linea,
        {{ texto_limpio('source.id') }} as id,
        -- The person the record is about (an anonymised key): not a dimension, never published.
        {{ texto_limpio('source.persona') }} as persona,

        source.fecha as fecha_texto,
        {{ fecha_dia('source.fecha') }} as fecha_dia,
        {{ fecha_mes('source.fecha') }} as mes,
        {{ fecha_granularidad('source.fecha') }} as granularidad,

        source.cantidad as cantidad_texto,
        {{ parsear_cantidad('source.cantidad') }} as cantidad,

        source.via as via_texto,
        {{ plegar_codigo('source.via') }} as via,
        source.sexo as sexo_texto,
        {{ plegar_codigo('source.sexo') }} as sexo,
        source.edad as edad_texto,
        {{ parsear_entero('source.edad') }} as edad,
        source.pais_procedencia as pais_procedencia_texto,
        {{ plegar_iso('source.pais_procedencia') }} as pais_procedencia,

        to_json(struct_pack(
            fecha := source.fecha,
            cantidad := source.cantidad,
            id := source.id,
            via := source.via,
            sexo := source.sexo,
            edad := source.edad,
            pais_procedencia := source.pais_procedencia,
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
