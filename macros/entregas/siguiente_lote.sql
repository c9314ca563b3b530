{#- The build number (`lote`) of an incremental model: one more than the highest number the model
    already holds, or 1 when it is built for the first time (or holds no `lote` yet). A full
    rebuild also takes a new number, so the models downstream see every row as new. -#}
{% macro siguiente_lote() -%}
    {%- set existente = adapter.get_relation(database=this.database, schema=this.schema, identifier=this.identifier) if execute else none -%}
    {%- if existente is not none
        and 'lote' in (adapter.get_columns_in_relation(existente) | map(attribute='name') | list) -%}
        (select coalesce(max(lote), 0) + 1 from {{ this }})
    {%- else -%}
        1
    {%- endif -%}
{%- endmacro %}

{#- Returns, as a constant for the compiled SQL, the highest value of `columna` in the model's
    existing table (0 when empty): a constant lets DuckDB skip the row groups below it. Only
    meaningful inside `is_incremental()`. -#}
{% macro maximo_existente(columna) -%}
    {%- if execute -%}
        {%- set resultado = run_query('select coalesce(max(' ~ columna ~ '), 0) from ' ~ this) -%}
        {{- resultado.columns[0].values()[0] -}}
    {%- else -%}
        0
    {%- endif -%}
{%- endmacro %}

{#- The same per value of `grupo`: a dict from each value the model's existing table holds to its
    highest `columna` (empty outside `is_incremental()`). -#}
{% macro maximos_existentes(columna, grupo) -%}
    {%- set maximos = {} -%}
    {%- if execute and is_incremental() -%}
        {%- for fila in run_query('select ' ~ grupo ~ ', max(' ~ columna ~ ') from ' ~ this ~ ' group by ' ~ grupo).rows -%}
            {%- do maximos.update({fila[0]: fila[1]}) -%}
        {%- endfor -%}
    {%- endif -%}
    {{- return(maximos) -}}
{%- endmacro %}
