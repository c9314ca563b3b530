{#- The PNI's catalogue as the open data publishes it: one row per indicator with its axis,
    intervention and activity, the texts the plan prints (indicator, META, activity, expected
    result), how its target is read (kind, figure, unit) and who is responsible. `pni_avance` and
    the dashboards' indicator pages name their rows by `indicador`, which identifies a row here. -#}
with

indicadores as (
    select * from {{ ref('pni_indicadores') }}
),

metas as (
    select * from {{ ref('pni_metas') }}
),

ejes as (
    select * from {{ ref('pni_ejes') }}
),

intervenciones as (
    select * from {{ ref('pni_intervenciones') }}
),

actividades as (
    select * from {{ ref('pni_actividades') }}
),

instituciones as (
    select * from {{ ref('instituciones') }}
),

-- The institutions that lead or are responsible for each indicator (codes and names, in the
-- reference table's order), and apart those that only accompany it.
responsables as (
    select
        pni_responsables.indicador,
        string_agg(pni_responsables.institucion, ';' order by instituciones.orden nulls last, pni_responsables.institucion)
        filter (where pni_responsables.rol != 'acompana') as responsables,
        string_agg(
            coalesce(instituciones.etiqueta_memoria, instituciones.nombre, pni_responsables.institucion),
            '; '
            order by instituciones.orden nulls last, pni_responsables.institucion
        ) filter (where pni_responsables.rol != 'acompana') as responsables_nombres,
        string_agg(pni_responsables.institucion, ';' order by instituciones.orden nulls last, pni_responsables.institucion)
        filter (where pni_responsables.rol = 'acompana') as acompanan
    from {{ ref('pni_responsables') }} as pni_responsables
    left join instituciones
        on pni_responsables.institucion = instituciones.codigo
    group by pni_responsables.indicador
)

select
    indicadores.indicador,
    indicadores.eje,
    ejes.nombre as eje_nombre,
    indicadores.intervencion,
    intervenciones.intervencion_texto,
    indicadores.actividad,
    actividades.actividad_texto,
    actividades.resultado_esperado,
    indicadores.indicador_texto as texto,
    indicadores.meta_texto,
    metas.tipo_meta,
    metas.valor_meta,
    metas.unidad,
    metas.anio_meta,
    indicadores.anio_inicio,
    indicadores.anio_fin,
    responsables.responsables,
    responsables.responsables_nombres,
    responsables.acompanan,
    metas.nota_interpretacion,
    indicadores.orden
from indicadores
left join metas
    on indicadores.indicador = metas.indicador
left join ejes
    on indicadores.eje = ejes.eje
left join intervenciones
    on indicadores.intervencion = intervenciones.intervencion
left join actividades
    on indicadores.actividad = actividades.actividad
left join responsables
    on indicadores.indicador = responsables.indicador
