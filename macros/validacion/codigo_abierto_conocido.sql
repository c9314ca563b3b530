{#- Returns whether a code of an open list (offices, border posts, countries, institutions) is in
    its reference seed. Unknown codes are accepted and reported in calidad.codigos_desconocidos.
    `filtros` maps further seed columns to expressions, e.g. {'oficina_tipo': 'oficina_tipo'}:
    an office is known under the office type it is listed with. NULL stays NULL (no code sent). -#}
{% macro codigo_abierto_conocido(seed, columna, filtros={}) -%}
    (case
        when {{ columna }} is not null then exists (
            select 1
            from {{ ref(seed) }} as referencia
            where referencia.codigo = {{ columna }}
            {%- for columna_seed, expresion in filtros.items() %}
                and referencia.{{ columna_seed }} = {{ expresion }}
            {%- endfor %}
        )
    end)
{%- endmacro %}
