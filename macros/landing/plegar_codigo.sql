{#- Folds a code value as the landing contract says: trimmed, lower-cased, accents removed
    (`ñ` → `n`), inner whitespace turned into `_` (`Trámite en Línea` → `tramite_en_linea`).
    NULL when the cell is empty. -#}
{% macro plegar_codigo(columna) -%}
    regexp_replace(strip_accents(lower({{ texto_limpio(columna) }})), '[\s\x{00A0}]+', '_', 'g')
{%- endmacro %}

{#- ISO 3166-1 country codes are folded like any code and stored upper-case (`slv` → `SLV`). -#}
{% macro plegar_iso(columna) -%}
    upper({{ plegar_codigo(columna) }})
{%- endmacro %}
