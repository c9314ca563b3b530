{#- The calendar quarter (`AAAA-Tn`) of a month written `AAAA-MM`. -#}
{% macro trimestre(mes) -%}
    left({{ mes }}, 4) || '-T' || cast((cast(right({{ mes }}, 2) as integer) + 2) // 3 as varchar)
{%- endmacro %}
