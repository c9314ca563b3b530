{#- Returns the code of a closed list for a folded value (the code itself or one of its accepted
    synonyms, e.g. `hombre` → `M`), NULL when the value is not in the list. -#}
{% macro codigo_cerrado(lista, columna) -%}
    (
        select aceptados.codigo
        from {{ ref('int_codigos__aceptados') }} as aceptados
        where aceptados.lista = '{{ lista }}'
            and aceptados.valor = {{ columna }}
    )
{%- endmacro %}
