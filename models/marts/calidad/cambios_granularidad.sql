{#- Day-vs-month switches: a month of some dimensions that arrived both as day rows and as a month
    row. The granularity of the latest delivery touching the group counts and the rows of the other
    granularity are dropped (never double counted). One row per source, month and dimensions. -#}
with

{% for fuente in fuentes_conteo() %}
{{ fuente.nombre }}_corregidas as (
    select * from {{ ref('int_' ~ fuente.nombre ~ '__corregidas') }}
),

{% endfor %}
filas_en_cambio as (
    {%- for fuente in fuentes_conteo() %}
    select
        fuente,
        mes,
        cast(to_json(struct_pack(
            {%- for columna in fuente.dimensiones %}
            {{ columna }} := {{ columna }}{{ ',' if not loop.last }}
            {%- endfor %}
        )) as varchar) as dimensiones,
        granularidad,
        granularidad_vigente,
        entrega_id_grupo,
        archivo_grupo,
        estado,
        cantidad
    from {{ fuente.nombre }}_corregidas
    where granularidad_vigente is not null
    {%- if not loop.last %}

    union all
    {%- endif %}
    {%- endfor %}
),

cambios as (
    select
        fuente,
        strftime(mes, '%Y-%m') as mes,
        dimensiones,
        any_value(granularidad_vigente) as granularidad_vigente,
        any_value(entrega_id_grupo) as entrega_id,
        any_value(archivo_grupo) as archivo,
        count(*) filter (where estado = 'descartada_por_granularidad') as filas_descartadas,
        cast(coalesce(sum(cantidad) filter (where estado = 'descartada_por_granularidad'), 0) as bigint)
            as cantidad_descartada,
        cast(coalesce(sum(cantidad) filter (where estado = 'vigente'), 0) as bigint) as cantidad_vigente
    from filas_en_cambio
    group by
        fuente,
        mes,
        dimensiones
)

select * from cambios
order by fuente, mes, dimensiones
