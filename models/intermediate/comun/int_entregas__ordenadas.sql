{#- Deliveries in the order the contract applies them: by the byte order of the file name
    (`archivo`), then by `entrega_id` (the same name delivered twice applies in load order).
    DuckDB compares VARCHAR byte by byte, which is the contract's order. -#}
with

entregas as (
    select * from {{ ref('stg_entregas__entregas') }}
),

ordenadas as (
    select
        entrega_id,
        fuente,
        archivo,
        row_number() over (partition by fuente order by archivo, entrega_id) as orden_entrega,
        cargada_en
    from entregas
)

select * from ordenadas
