{#- Monthly aggregates of `corregidas` built incrementally (int_flujo__mensual, int_flujo__dia_semana)
    replace whole the months `corregidas` recomputed since the model's last build (a higher `lote`);
    one rule, written once here. Only meaningful inside `is_incremental()`. -#}

{#- The months to recompute: the body of a CTE `meses_recalculados` over the CTE `corregidas`. -#}
{% macro meses_recalculados() -%}
    select distinct mes
    from corregidas
    where lote > {{ maximo_existente('lote') }}
{%- endmacro %}

{#- A row without `cantidad` per recomputed month that `agregado` (the CTE of the new rows) no longer
    has: it makes delete+insert empty the month, and the model's post_hook removes it. `dimensiones`
    are the model's columns between `mes` and `cantidad`, in order; `tipos` those not text. A build
    that only empties months leaves the highest `lote` where it was: the next build recomputes them
    again (right rows, work repeated; docs/architecture.md). -#}
{% macro meses_vaciados(agregado, dimensiones, tipos={}) -%}
    select
        mes,
        {%- for dimension in dimensiones %}
        cast(null as {{ tipos.get(dimension, 'varchar') }}) as {{ dimension }},
        {%- endfor %}
        cast(null as bigint) as cantidad,
        (select max(corregidas.lote) from corregidas) as lote
    from meses_recalculados
    where mes not in (select mes from {{ agregado }})
{%- endmacro %}
