{#- Relationship of a code column to its closed list in the codigos seed: fails for every non-NULL
    value that is not a code of `lista`. -#}
{% test en_lista_cerrada(model, column_name, lista) %}

select {{ column_name }} as codigo, count(*) as filas
from {{ model }}
where {{ column_name }} is not null
    and {{ column_name }} not in (
        select codigo from {{ ref('codigos') }} where lista = '{{ lista }}'
    )
group by {{ column_name }}

{% endtest %}
