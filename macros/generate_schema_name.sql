{#- Custom schema names are used as they are (staging, intermediate, marts, calidad, referencia),
    not prefixed with the target schema, so every consumer finds the same names. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
