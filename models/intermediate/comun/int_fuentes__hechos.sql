{#- Every count source in long form, month by month: its monthly total (`columna` NULL) and its
    total by each code of each dimension column, so that a figure defined as "a source, a column and
    a code" (pni_operacionales) reads one table whatever the source. The sources are fuentes_conteo()
    (generated from pipelines/contract/sources/). -#}
with

{% for fuente in fuentes_conteo() %}
{{ fuente.nombre }}_mensual as (
    select * from {{ ref('int_' ~ fuente.nombre ~ '__mensual') }}
),

{% endfor %}
hechos as (
    {%- for fuente in fuentes_conteo() %}
    select '{{ fuente.nombre }}' as fuente, mes, cast(null as varchar) as columna, cast(null as varchar) as codigo, sum(cantidad) as cantidad
    from {{ fuente.nombre }}_mensual
    group by mes
    {%- for dimension in fuente.dimensiones %}

    union all

    select '{{ fuente.nombre }}' as fuente, mes, '{{ dimension }}' as columna, cast({{ dimension }} as varchar) as codigo, sum(cantidad) as cantidad
    from {{ fuente.nombre }}_mensual
    where {{ dimension }} is not null
    group by mes, {{ dimension }}
    {%- endfor %}
    {%- if not loop.last %}

    union all
    {%- endif %}
    {%- endfor %}
)

select
    fuente,
    mes,
    columna,
    codigo,
    cast(cantidad as bigint) as cantidad
from hechos
