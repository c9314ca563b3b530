{#- A large load is built in batches of deliveries (`tandas`, orchestration/run/build-batches.ts):
    each batch's dbt run sees the deliveries up to its last one (MEMORIA_ENTREGA_HASTA, a delivery
    id), as if they had been the only ones received so far; the last batch, and every other build,
    sees them all. Every staging model reads its raw table through this filter. An environment
    variable, not a var: dbt parses the whole project again when a var changes, but only the files
    that read an environment variable when it changes (this macro and the staging models). -#}
{% macro solo_entregas_de_la_tanda() %}
    {%- set entrega_hasta = env_var('MEMORIA_ENTREGA_HASTA', '') %}
    {%- if entrega_hasta %}
    where entrega_id <= {{ entrega_hasta | int }}
    {%- endif %}
{%- endmacro %}
