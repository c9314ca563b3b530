{#- The facts of the measures about protected populations, one row per month, measure and sex:
    the measures declared with `totalesProtegidos` and their filters (medidas_totales_protegidos(),
    generated from pipelines/contract/sources/; the disclosure control checks every published
    total against them). Used by medidas_protegidas_mensual and _periodo. -#}
{% macro medidas_protegidas() -%}
    {%- for medida in medidas_totales_protegidos() %}
    select mes, '{{ medida.clave }}' as medida, sexo, cantidad from {{ ref(medida.fuente ~ '_mensual') }}
    {%- for columna, codigo in medida.filtro.items() %}
    {{ 'where' if loop.first else 'and' }} {{ columna }} = '{{ codigo }}'
    {%- endfor %}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
{%- endmacro %}
