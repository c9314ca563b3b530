{#- Fails for every value that names no landing source: the list is fuentes(), generated from the
    source declarations (pipelines/contract/sources/), so it is never kept by hand. -#}
{% test es_fuente_declarada(model, column_name) %}

select {{ column_name }} as fuente
from {{ model }}
where {{ column_name }} not in (
    {%- for fuente in fuentes() %}'{{ fuente }}'{{ ', ' if not loop.last }}{% endfor -%}
)

{% endtest %}
