{#- The delivery register (raw.entregas): one row per file loaded, renamed and typed. -#}
with

source as (
    select * from {{ source('raw', 'entregas') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        cast(source.entrega_id as integer) as entrega_id,
        source.fuente,
        source.archivo,
        source.sha256,
        cast(source.bytes as bigint) as bytes,
        source.formato,
        source.codificacion,
        source.delimitador,
        cast(source.filas as bigint) as filas,
        source.columnas_extra,
        source.archivo_guardado,
        cast(source.cargada_en as timestamp) as cargada_en
    from source
)

select * from renamed
