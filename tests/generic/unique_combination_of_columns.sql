{#- Fails for every combination of the given columns that appears more than once (NULLs compare
    equal: an absent optional dimension is one value). With `solo_ultimo_lote`, only the rows of
    the latest build of an incremental model (highest `lote`) are checked: the earlier rows were
    checked when they were built and have not changed since. -#}
{% test unique_combination_of_columns(model, combination_of_columns, solo_ultimo_lote=false) %}

select
    {{ combination_of_columns | join(', ') }},
    count(*) as filas
from {{ model }}
{%- if solo_ultimo_lote %}
where lote = (select max(lote) from {{ model }})
{%- endif %}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1

{% endtest %}
