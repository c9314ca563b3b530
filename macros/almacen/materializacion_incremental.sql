{#-
    dbt-duckdb's incremental materialization, with the new rows written once.

    dbt-duckdb first writes a build's rows into a temporary table, then copies them into the model:
    for the flow's millions of lines, every line written twice, and a temporary table that spills to
    disk when it outgrows memory (issue #17). Two strategies here skip it and insert the model's query
    straight into its table, inside the build's transaction:
      - `append`: the query's rows are added;
      - `reemplazo_por_lote`: for models whose rows carry their build number (`lote`, see
        siguiente_lote) and whose query gives the rows that are new or changed: they are added with
        the new number, then the older rows with the same `unique_key` (one column or a list) are
        deleted. Same result as delete+insert; the query may read the model's table, which is
        unchanged until it has run (DuckDB reads the table as it was when the statement started).
    Anything else (a first build, a full refresh, another strategy) is dbt-duckdb's materialization.
-#}
{% materialization incremental, adapter='duckdb', supported_languages=['sql'] -%}

    {%- set existente = load_cached_relation(this) -%}
    {%- set estrategia = config.get('incremental_strategy') -%}
    {%- if existente is none or not existente.is_table or should_full_refresh()
        or estrategia not in ['append', 'reemplazo_por_lote'] -%}
        {{- return(dbt.materialization_incremental_duckdb()) -}}
    {%- endif -%}

    {%- set destino = this.incorporate(type='table') -%}

    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    -- `BEGIN` happens here:
    {{ run_hooks(pre_hooks, inside_transaction=True) }}

    {%- call statement('main') -%}
        insert into {{ destino }} by name (
            {{ compiled_code }}
        );
        {%- if estrategia == 'reemplazo_por_lote' %}
        {%- set clave = config.require('unique_key') %}
        {%- set clave = '(' ~ (clave | join(', ')) ~ ')' if clave is not string else clave %}

        delete from {{ destino }}
        where lote < (select max(lote) from {{ destino }})
            and {{ clave }} in (
                select {{ clave }} from {{ destino }}
                where lote = (select max(lote) from {{ destino }})
            );
        {%- endif %}
    {%- endcall -%}

    {% do persist_docs(destino, model) %}
    {{ run_hooks(post_hooks, inside_transaction=True) }}
    -- `COMMIT` happens here
    {% do adapter.commit() %}
    {{ run_hooks(post_hooks, inside_transaction=False) }}

    {{ return({'relations': [destino]}) }}

{%- endmaterialization %}
