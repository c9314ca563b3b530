{#- Whole numbers of the landing contract (`cantidad`, `edad`, `anio`) are plain digits: no sign,
    no decimal point, no thousands separator. Returns a BIGINT, NULL when the text is empty or is
    not plain digits (the reason is given by the validation model). -#}
{% macro parsear_entero(columna) -%}
    (case
        when regexp_full_match({{ texto_limpio(columna) }}, '[0-9]+')
            then try_cast({{ texto_limpio(columna) }} as bigint)
    end)
{%- endmacro %}

{#- `cantidad`: absent or empty means 1 (one record); otherwise plain digits. -#}
{% macro parsear_cantidad(columna) -%}
    (case
        when {{ texto_limpio(columna) }} is null then 1
        else {{ parsear_entero(columna) }}
    end)
{%- endmacro %}
