{#- What each POA target's measure counted, month by month: for every measure and restriction
    (`filtro`) that some target names, the measured source's monthly count over the rows whose
    dimension columns equal the restriction's values, in every month of the targets' years up to
    the reporting month (`hasta`) in which the source sent data. A month without a row is a month
    the source sent nothing: execution there is unknown, not zero. The sources are fuentes_conteo()
    (generated from pipelines/contract/sources/). -#}
with

metas as (
    select * from {{ ref('int_metas__vigentes') }}
),

periodos as (
    select * from {{ ref('int_periodos') }}
    where periodo = 'actual'
),

-- Every restriction a target names, once, with its values by column.
restricciones as (
    select distinct
        medida,
        filtro,
        min(anio) over (partition by medida, filtro) as primer_anio,
        max(anio) over (partition by medida, filtro) as ultimo_anio
    from metas
),

valores as (
    select
        restricciones.*,
        map_from_entries(
            list_transform(
                case when filtro = '' then [] else string_split(filtro, ';') end,
                par -> struct_pack(k := split_part(par, '=', 1), v := split_part(par, '=', 2))
            )
        ) as valores
    from restricciones
),

{% for fuente in fuentes_conteo() %}
{{ fuente.nombre }}_mensual as (
    select * from {{ ref('int_' ~ fuente.nombre ~ '__mensual') }}
),

{{ fuente.nombre }}_meses as (
    select distinct mes from {{ fuente.nombre }}_mensual
),

{{ fuente.nombre }}_ejecucion as (
    select
        valores.medida,
        valores.filtro,
        meses.mes,
        coalesce(sum({{ fuente.nombre }}_mensual.cantidad), 0) as ejecutado
    from valores
    inner join {{ fuente.nombre }}_meses as meses
        on year(meses.mes) between valores.primer_anio and valores.ultimo_anio
    left join {{ fuente.nombre }}_mensual
        on meses.mes = {{ fuente.nombre }}_mensual.mes
        {%- for dimension in fuente.dimensiones %}
        and coalesce(valores.valores['{{ dimension }}'] = cast({{ fuente.nombre }}_mensual.{{ dimension }} as varchar), true)
        {%- endfor %}
    where valores.medida = '{{ fuente.nombre }}'
    group by
        valores.medida,
        valores.filtro,
        meses.mes
),

{% endfor %}
ejecucion as (
    {%- for fuente in fuentes_conteo() %}
    select * from {{ fuente.nombre }}_ejecucion
    {%- if not loop.last %}

    union all
    {%- endif %}
    {%- endfor %}
)

select
    ejecucion.medida,
    ejecucion.filtro,
    ejecucion.mes,
    cast(ejecucion.ejecutado as bigint) as ejecutado
from ejecucion
cross join periodos
where ejecucion.mes <= periodos.hasta
