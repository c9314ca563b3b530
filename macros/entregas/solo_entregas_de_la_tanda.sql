{#- A large load is built in batches of deliveries (`tandas`, orchestration/run/build-batches.ts):
    each batch's dbt run sees the deliveries up to its last one (var `entrega_hasta`, a delivery
    id), as if they had been the only ones received so far; the last batch, and every other build,
    sees them all. Every staging model reads its raw table through this filter. -#}
{% macro solo_entregas_de_la_tanda() %}
    {%- if var('entrega_hasta', none) is not none %}
    where entrega_id <= {{ var('entrega_hasta') | int }}
    {%- endif %}
{%- endmacro %}
