{#- Amounts (`monto`, US dollars): not negative, `.` as decimal point, `,` only as a thousands
    separator in groups of three (`1,610,317.80`), at most two decimals (cents). Anything else
    (`1,610,317,80`, `$ 5`, `32, 997.14`, `-5`) is malformed. The value is kept exact as
    DECIMAL(18,2); it is never rounded. -#}

{% macro monto_bien_formado(columna) -%}
    regexp_full_match({{ texto_limpio(columna) }}, '([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\.[0-9]+)?')
{%- endmacro %}

{#- Returns the amount as DECIMAL(18,2), NULL when empty, malformed, with more than two decimals or
    too large for DECIMAL(18,2). -#}
{% macro parsear_monto(columna) -%}
    (case
        when {{ monto_bien_formado(columna) }}
            and not regexp_matches({{ texto_limpio(columna) }}, '\.[0-9]{3,}$')
            then try_cast(replace({{ texto_limpio(columna) }}, ',', '') as decimal(18, 2))
    end)
{%- endmacro %}
