{#- The facts of the measures about protected populations, one row per month, measure and sex:
    the measures and their filters of reports/memoria/service-measures.ts (the disclosure control
    checks every published total against them). Used by medidas_protegidas_mensual and _periodo. -#}
{% macro medidas_protegidas() -%}
    select mes, 'retornados' as medida, sexo, cantidad from {{ ref('retornados_mensual') }}
    union all
    select mes, 'resguardos' as medida, sexo, cantidad from {{ ref('resguardos_mensual') }}
    union all
    select mes, 'derivaciones' as medida, sexo, cantidad from {{ ref('derivaciones_mensual') }}
    union all
    select mes, 'autorizaciones_nna' as medida, sexo, cantidad from {{ ref('prechequeo_mensual') }} where tipo = 'autorizacion_salida_nna'
    union all
    select mes, 'residencias' as medida, sexo, cantidad from {{ ref('residencias_mensual') }}
{%- endmacro %}
