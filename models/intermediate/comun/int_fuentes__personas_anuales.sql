{#- People, not events, per calendar year up to the end of the reporting period, for every count
    source whose records carry the anonymised `persona` key and whose models count people
    (int_<fuente>__personas): the whole source (`columna` NULL) and by each code of each dimension,
    both sexes together. -#}
{%- set con_personas = [] %}
{%- for fuente in fuentes_conteo() if fuente.persona and fuente.generada %}{% do con_personas.append(fuente.nombre) %}{% endfor %}
with

personas as (
    {%- for nombre in con_personas %}
    select
        '{{ nombre }}' as fuente,
        cast(ventana as integer) as anio,
        columna,
        codigo,
        sum(personas) as personas
    from {{ ref('int_' ~ nombre ~ '__personas') }}
    where ventana not in ('actual', 'anterior')
    group by all
    {%- if not loop.last %}

    union all
    {%- endif %}
    {%- else %}
    select
        cast(null as varchar) as fuente,
        cast(null as integer) as anio,
        cast(null as varchar) as columna,
        cast(null as varchar) as codigo,
        cast(null as bigint) as personas
    where false
    {%- endfor %}
)

select
    fuente,
    anio,
    columna,
    codigo,
    cast(personas as bigint) as personas
from personas
