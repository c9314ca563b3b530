{#- Reporting completeness of the PNI: one row per institution and year (up to the reporting year)
    in which it is responsible for at least one indicator or sent a report. An indicator is due from
    its responsible institutions in every year of its activity's period. The operational indicators
    whose value the warehouse computes (`uso` = `valor`) are left out: nobody has to report them. An
    indicator for which the warehouse only has a context figure is still due. -#}
with

responsables as (
    select * from {{ ref('pni_responsables') }}
),

indicadores as (
    select * from {{ ref('pni_indicadores') }}
),

operacionales as (
    select * from {{ ref('pni_operacionales') }}
    where uso = 'valor'
),

instituciones as (
    select * from {{ ref('instituciones') }}
),

corregidas as (
    select * from {{ ref('int_pni__corregidas') }}
),

periodos as (
    select * from {{ ref('int_periodos') }}
    where periodo = 'actual'
),

a_cargo as (
    select
        responsables.institucion,
        responsables.indicador,
        cast(unnest(generate_series(indicadores.anio_inicio, least(indicadores.anio_fin, year(periodos.hasta)))) as integer) as anio
    from responsables
    inner join indicadores
        on responsables.indicador = indicadores.indicador
    cross join periodos
    where responsables.indicador not in (select operacionales.indicador from operacionales)
),

reportados as (
    select
        institucion,
        indicador,
        anio,
        max(fecha_dia) as ultima_fecha,
        max(archivo) as ultimo_archivo
    from corregidas
    where estado = 'vigente'
        and institucion is not null
        and indicador not in (select operacionales.indicador from operacionales)
    group by
        institucion,
        indicador,
        anio
),

cruzados as (
    select
        coalesce(a_cargo.institucion, reportados.institucion) as institucion,
        coalesce(a_cargo.anio, reportados.anio) as anio,
        a_cargo.indicador is not null as esta_a_cargo,
        reportados.indicador is not null as fue_reportado,
        reportados.ultimo_archivo
    from a_cargo
    full outer join reportados
        on a_cargo.institucion = reportados.institucion
        and a_cargo.indicador = reportados.indicador
        and a_cargo.anio = reportados.anio
    cross join periodos
    where coalesce(a_cargo.anio, reportados.anio) <= year(periodos.hasta)
),

por_institucion as (
    select
        institucion,
        anio,
        cast(count(*) filter (where esta_a_cargo) as integer) as indicadores_a_cargo,
        cast(count(*) filter (where esta_a_cargo and fue_reportado) as integer) as indicadores_reportados,
        cast(count(*) filter (where esta_a_cargo and not fue_reportado) as integer) as indicadores_pendientes,
        cast(count(*) filter (where fue_reportado and not esta_a_cargo) as integer) as reportes_de_otros_indicadores,
        max(ultimo_archivo) as ultimo_archivo
    from cruzados
    group by
        institucion,
        anio
),

con_nombre as (
    select
        por_institucion.institucion,
        coalesce(instituciones.etiqueta_memoria, por_institucion.institucion) as institucion_nombre,
        por_institucion.anio,
        por_institucion.indicadores_a_cargo,
        por_institucion.indicadores_reportados,
        por_institucion.indicadores_pendientes,
        {{ porcentaje('por_institucion.indicadores_reportados', 'por_institucion.indicadores_a_cargo') }} as pct_reportados,
        por_institucion.reportes_de_otros_indicadores,
        por_institucion.ultimo_archivo
    from por_institucion
    left join instituciones
        on por_institucion.institucion = instituciones.codigo
)

select * from con_nombre
order by institucion, anio
