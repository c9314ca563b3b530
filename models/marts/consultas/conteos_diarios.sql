{#- The lines of the count sources that no disclosure control restricts, as they stand after the
    corrections, one row per line with its day: what `memoria consulta` adds up when a request asks
    for days or for a crossing no monthly mart keeps. Protected sources are left out on purpose:
    their answers come from the monthly marts through the disclosure control. A view, so nothing is
    stored twice; the sources are fuentes_conteo() (generated from pipelines/contract/sources/). -#}
{{ config(materialized='view') }}

with

{% for fuente in fuentes_conteo() if not fuente.protegida %}
{{ fuente.nombre }}_vigentes as (
    select
        '{{ fuente.nombre }}' as fuente,
        fecha_dia as dia,
        strftime(mes, '%Y-%m') as mes,
        {%- for dimension in fuente.dimensiones %}
        cast({{ dimension }} as varchar) as {{ dimension }},
        {%- endfor %}
        cantidad
    from {{ ref('int_' ~ fuente.nombre ~ '__corregidas') }}
    where estado = 'vigente'
),

{% endfor %}
conteos as (
    {%- for fuente in fuentes_conteo() if not fuente.protegida %}
    select * from {{ fuente.nombre }}_vigentes
    {%- if not loop.last %}

    union all by name
    {%- endif %}
    {%- endfor %}
)

select * from conteos
