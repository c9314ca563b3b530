{#- Fails for every row where the SQL expression is not true (e.g. `m_actual + f_actual = total_actual`).
    An optional `where` restricts the rows checked. -#}
{% test expresion_verdadera(model, expresion, where=none) %}

select *
from {{ model }}
where not coalesce(({{ expresion }}), false)
{%- if where %}
    and ({{ where }})
{%- endif %}

{% endtest %}
