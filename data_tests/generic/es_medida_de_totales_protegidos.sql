{#- Fails for every value that names no measure whose totals are published whole after disclosure
    control: the list is medidas_totales_protegidos(), generated from the source declarations
    (pipelines/contract/sources/, `totalesProtegidos`), so it is never kept by hand. -#}
{% test es_medida_de_totales_protegidos(model, column_name) %}

select {{ column_name }} as medida
from {{ model }}
where {{ column_name }} not in (
    {%- for medida in medidas_totales_protegidos() %}'{{ medida.clave }}'{{ ', ' if not loop.last }}{% endfor -%}
)

{% endtest %}
