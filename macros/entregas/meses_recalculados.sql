{#- Monthly aggregates of `corregidas` built incrementally (int_flujo__mensual, int_flujo__dia_semana)
    replace whole the months `corregidas` recomputed since the model's last build (a higher `lote`);
    one rule, written once here. Only meaningful inside `is_incremental()`. -#}

{#- The months to recompute, read when the model is compiled ('AAAA-MM-DD' texts, in order): as
    constants in the model's filter (mes_en) they let DuckDB skip every row group of other months
    (zone maps), whatever the plan does with the rest of the query (issue #17). -#}
{% macro meses_recalculados(corregidas) -%}
    {%- if execute -%}
        {%- set consulta -%}
            select distinct strftime(mes, '%Y-%m-%d') as mes
            from {{ corregidas }}
            where lote > {{ maximo_existente('lote') }}
            order by mes
        {%- endset -%}
        {{- return(run_query(consulta).columns[0].values() | list) -}}
    {%- else -%}
        {{- return([]) -}}
    {%- endif -%}
{%- endmacro %}

{#- A condition: `mes` is one of `meses` (never true for none). -#}
{% macro mes_en(meses) -%}
    {%- if meses -%}
        mes in ({% for mes in meses %}date '{{ mes }}'{{ ', ' if not loop.last }}{% endfor %})
    {%- else -%}
        false
    {%- endif -%}
{%- endmacro %}

{#- A row without `cantidad` per month of `meses` that `agregado` (the CTE of the new rows) no longer
    has: it makes delete+insert empty the month, and the model's post_hook removes it. `dimensiones`
    are the model's columns between `mes` and `cantidad`, in order; `tipos` those not text; the
    CTE `corregidas` gives the build number. A build that only empties months leaves the highest
    `lote` where it was: the next build recomputes them again (right rows, work repeated;
    docs/architecture.md). -#}
{% macro meses_vaciados(meses, agregado, dimensiones, tipos={}) -%}
    select
        meses.mes,
        {%- for dimension in dimensiones %}
        cast(null as {{ tipos.get(dimension, 'varchar') }}) as {{ dimension }},
        {%- endfor %}
        cast(null as bigint) as cantidad,
        (select max(corregidas.lote) from corregidas) as lote
    from (select unnest(cast([{% for mes in meses %}'{{ mes }}'{{ ', ' if not loop.last }}{% endfor %}] as date[])) as mes) as meses
    where meses.mes not in (select mes from {{ agregado }})
{%- endmacro %}
