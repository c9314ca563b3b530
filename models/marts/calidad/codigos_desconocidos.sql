{#- Codes of open lists (offices, border posts, countries, institutions) that arrived in valid lines
    but are not in the reference seeds. They are accepted and counted; this table tells the
    maintainers which labels to add. One row per source, column, scope and code. -#}
with

{% for abierta in columnas_abiertas() %}
{{ abierta.fuente }}_{{ abierta.columna }} as (
    select
        fuente,
        '{{ abierta.columna }}' as columna,
        {% if abierta.ambito -%}
        {{ abierta.ambito }} as ambito,
        {%- else -%}
        cast(null as varchar) as ambito,
        {%- endif %}
        {{ abierta.columna }} as codigo,
        count(*) as filas,
        min(mes) as primer_mes,
        max(mes) as ultimo_mes
    from {{ ref('int_' ~ abierta.fuente ~ '__validadas') }}
    where motivo is null
        -- `= false`, not `not …`: a comparison with a constant lets DuckDB skip every row group
        -- whose codes are all known (min/max per row group) instead of reading the whole history.
        and {{ abierta.columna }}_conocido = false
    group by all
),

{% endfor %}
desconocidos as (
    {%- for abierta in columnas_abiertas() %}
    select * from {{ abierta.fuente }}_{{ abierta.columna }}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
),

publicada as (
    select
        fuente,
        columna,
        ambito,
        codigo,
        filas,
        strftime(primer_mes, '%Y-%m') as primer_mes,
        strftime(ultimo_mes, '%Y-%m') as ultimo_mes
    from desconocidos
)

select * from publicada
order by fuente, columna, ambito, codigo
