{#- Lines the CSV reader could not split into the header's columns (raw.filas_malformadas). -#}
with

source as (
    select * from {{ source('raw', 'filas_malformadas') }}
    {{- solo_entregas_de_la_tanda() }}
),

renamed as (
    select
        cast(source.entrega_id as integer) as entrega_id,
        cast(source.linea as integer) as linea,
        source.motivo,
        source.contenido
    from source
)

select * from renamed
