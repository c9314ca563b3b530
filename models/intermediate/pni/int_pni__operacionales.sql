{#- PNI figures computed from the warehouse's own data (seed pni_operacionales): one row per
    indicator and calendar year in which its source has data up to the reporting month (`hasta`).
    `valor` is the sum of the monthly counts that match the mapping (a column and a code, or the
    whole source), over the months of the year up to `hasta`, or with `cuenta` = `personas` the
    distinct people of those records in that stretch of the year; 0 when the source has data that year
    but none matches (e.g. no referral to the RNPN). A year in which the source sent nothing has no
    row: the institutions' reports are used instead (see pni_avance). `uso` says whether the figure
    is the indicator's value (`valor`) or only context printed beside it (`contexto`: pni_avance
    does not use it); an indicator whose mapping rows disagree on it gets two rows a year, which the
    uniqueness test on (indicador, anio) rejects. -#}
with

mapeo as (
    select * from {{ ref('pni_operacionales') }}
),

periodos as (
    select * from {{ ref('int_periodos') }}
    where periodo = 'actual'
),

-- Every count source in long form (int_fuentes__hechos): its monthly total and its total by each
-- code of each dimension, so that a mapping row can pick any one column and code.
hechos as (
    select * from {{ ref('int_fuentes__hechos') }}
),

-- People per year for the sources that count them (mapping rows with `cuenta` = `personas`).
personas_anuales as (
    select * from {{ ref('int_fuentes__personas_anuales') }}
),

hasta_el_corte as (
    select
        hechos.*,
        cast(year(hechos.mes) as integer) as anio
    from hechos
    cross join periodos
    where hechos.mes <= periodos.hasta
),

-- Years in which a source has data (any month up to `hasta`).
cobertura as (
    select
        fuente,
        anio,
        cast(count(distinct mes) as integer) as meses_con_datos
    from hasta_el_corte
    where columna is null
    group by
        fuente,
        anio
),

fuentes_del_indicador as (
    select distinct
        indicador,
        fuente
    from mapeo
),

usos as (
    select distinct
        indicador,
        uso
    from mapeo
),

anios_con_datos as (
    select
        fuentes_del_indicador.indicador,
        cobertura.anio,
        max(cobertura.meses_con_datos) as meses_con_datos
    from fuentes_del_indicador
    inner join cobertura
        on fuentes_del_indicador.fuente = cobertura.fuente
    group by
        fuentes_del_indicador.indicador,
        cobertura.anio
),

-- Each source, year, column and code counted both ways: records (the months up to `hasta`
-- summed) and distinct people (where the source sends person keys).
anuales as (
    select
        fuente,
        anio,
        columna,
        codigo,
        'registros' as cuenta,
        sum(cantidad) as cantidad
    from hasta_el_corte
    group by
        fuente,
        anio,
        columna,
        codigo

    union all

    select
        fuente,
        anio,
        columna,
        codigo,
        'personas' as cuenta,
        personas as cantidad
    from personas_anuales
),

seleccionados as (
    select
        mapeo.indicador,
        anuales.anio,
        sum(anuales.cantidad) as cantidad
    from mapeo
    inner join anuales
        on mapeo.fuente = anuales.fuente
        and mapeo.cuenta = anuales.cuenta
        and coalesce(mapeo.columna, '') = coalesce(anuales.columna, '')
        and coalesce(mapeo.codigo, '') = coalesce(anuales.codigo, '')
    group by
        mapeo.indicador,
        anuales.anio
),

operacionales as (
    select
        anios_con_datos.indicador,
        anios_con_datos.anio,
        cast(coalesce(seleccionados.cantidad, 0) as decimal(18, 2)) as valor,
        anios_con_datos.meses_con_datos,
        usos.uso
    from anios_con_datos
    inner join usos
        on anios_con_datos.indicador = usos.indicador
    left join seleccionados
        on anios_con_datos.indicador = seleccionados.indicador
        and anios_con_datos.anio = seleccionados.anio
)

select * from operacionales
