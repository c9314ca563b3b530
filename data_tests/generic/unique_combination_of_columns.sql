{#- Fails for every combination of the given columns that appears more than once (NULLs compare
    equal: an absent optional dimension is one value). On an incremental model, `where: "lote =
    __ultimo_lote__"` checks the latest build only (macros/pruebas/get_where_subquery.sql). -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

select
    {{ combination_of_columns | join(', ') }},
    count(*) as filas
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1

{% endtest %}
