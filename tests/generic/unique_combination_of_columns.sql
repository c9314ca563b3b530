{#- Fails for every combination of the given columns that appears more than once (NULLs compare
    equal: an absent optional dimension is one value). -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

select
    {{ combination_of_columns | join(', ') }},
    count(*) as filas
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1

{% endtest %}
