{#- Returns the cell text without surrounding whitespace (incl. the non-breaking space that
    spreadsheets leave behind), NULL when nothing is left: the landing contract treats an empty
    cell as an absent value. -#}
{% macro texto_limpio(columna) -%}
    nullif(regexp_replace({{ columna }}, '^[\s\x{00A0}]+|[\s\x{00A0}]+$', '', 'g'), '')
{%- endmacro %}
