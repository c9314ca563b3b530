{#- The `where` of a test, as dbt applies it, plus two placeholders. `__ultimo_lote__` stands for
    the latest build of an incremental model (its highest `lote`). A test with
    `where: "lote = __ultimo_lote__"` checks only the rows that build computed: the earlier rows
    were checked when they were built and have not changed since, and after a full refresh every
    row belongs to the latest build. `__entregas_nuevas__` stands for the rows of the deliveries
    the last build did not include (entregas_nuevas.sql). Five years of crossings are not scanned
    again for one month. -#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- if where -%}
        {%- set where = where | replace('__ultimo_lote__', '(select max(lote) from ' ~ relation ~ ')') -%}
        {%- if '__entregas_nuevas__' in where -%}
            {%- set where = where | replace('__entregas_nuevas__', entregas_nuevas()) -%}
        {%- endif -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ where }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}
