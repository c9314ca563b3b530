{#- PNI goal tracking (shared/spec/outputs.md, `pni_avance`): one row per indicator and year from the
    indicator's first year up to the reporting year (`hasta`), and no later than the last year of
    its activity. The year's value comes from the warehouse for the operational indicators whose
    figure measures the indicator (`uso` = `valor`, when the source has data that year), otherwise
    from the institutions' reports; a cumulative or end-of-period target accumulates it, a level is
    the year's own figure, and a deliverable stays done. What the institutions reported is kept in
    `valor_reportado` on the same basis, so that a report can print it beside a computed value.
    Status rules and target kinds: docs/pni.md. -#}
with

metas_anuales as (
    select * from {{ ref('int_pni__metas_anuales') }}
),

reportados as (
    select * from {{ ref('int_pni__valores_anuales') }}
),

-- Only a figure that measures the indicator is its value; a context figure is printed beside it
-- by the report and never judged against the target.
operacionales as (
    select * from {{ ref('int_pni__operacionales') }}
    where uso = 'valor'
),

periodos as (
    select * from {{ ref('int_periodos') }}
    where periodo = 'actual'
),

corte as (
    select
        cast(year(hasta) as integer) as anio_hasta,
        cast(month(hasta) as integer) as mes_hasta
    from periodos
),

filas as (
    select
        metas_anuales.*,
        corte.anio_hasta,
        case when metas_anuales.anio < corte.anio_hasta then 12 else corte.mes_hasta end as meses_transcurridos
    from metas_anuales
    cross join corte
    where metas_anuales.anio <= corte.anio_hasta
),

-- The year's own figure: operational when the warehouse has the source's data that year.
del_anio as (
    select
        filas.*,
        case
            when operacionales.indicador is not null then operacionales.valor
            else reportados.valor
        end as valor_anio,
        case
            when operacionales.indicador is not null then ['operacional']
            else reportados.instituciones
        end as fuentes_anio,
        reportados.valor as reportado_anio
    from filas
    left join operacionales
        on filas.indicador = operacionales.indicador
        and filas.anio = operacionales.anio
    left join reportados
        on filas.indicador = reportados.indicador
        and filas.anio = reportados.anio
),

a_la_fecha as (
    select
        *,
        sum(valor_anio) over hasta_este_anio as suma_a_la_fecha,
        max(valor_anio) over anios_anteriores as maximo_anterior,
        sum(reportado_anio) over hasta_este_anio as reportado_suma_a_la_fecha,
        max(reportado_anio) over anios_anteriores as reportado_maximo_anterior,
        list_sort(list_distinct(flatten(list(fuentes_anio) over hasta_este_anio))) as fuentes_a_la_fecha
    from del_anio
    window
        hasta_este_anio as (partition by indicador order by anio rows between unbounded preceding and current row),
        anios_anteriores as (partition by indicador order by anio rows between unbounded preceding and 1 preceding)
),

-- A cumulative or end-of-period target adds the years up (empty when nobody reported this year);
-- a deliverable done in an earlier year stays done; any other value is the year's own. The
-- institutions' reports get the same treatment, on their own.
valores as (
    select
        *,
        cast({{ valor_a_la_fecha('valor_anio', 'suma_a_la_fecha', 'maximo_anterior') }} as decimal(18, 2)) as valor,
        cast({{ valor_a_la_fecha('reportado_anio', 'reportado_suma_a_la_fecha', 'reportado_maximo_anterior') }} as decimal(18, 2)) as valor_reportado,
        case
            when tipo_meta in ('acumulada', 'fin_de_periodo', 'entregable') then fuentes_a_la_fecha
            else fuentes_anio
        end as fuentes
    from a_la_fecha
),

-- Twelve times the share of the target due by `hasta` in the year in progress, in exact decimals:
-- the target × months elapsed / 12 (outputs.md). A target on a path (acumulada, nivel) starts the
-- year from the milestone already due at the end of the previous year (`meta_anterior`; 0 in the
-- first year, where this is the same product): only the year's increment is pro-rated.
con_debido as (
    select
        *,
        coalesce(meta_anterior, 0) * 12 + (meta - coalesce(meta_anterior, 0)) * meses_transcurridos as debido_por_12
    from valores
),

evaluadas as (
    select
        *,
        case
            when meta is null or valor is null then 'sin_datos'
            when valor >= meta then 'cumplida'
            -- A deliverable or an end-of-period total is not late before the year it is due in.
            when tipo_meta in ('entregable', 'fin_de_periodo') and anio < anio_meta then 'en_curso'
            when meses_transcurridos = 12 then 'rezagada'
            when valor * 12 >= debido_por_12 then 'en_curso'
            when valor * 12 >= debido_por_12 * cast(0.75 as decimal(3, 2)) then 'en_riesgo'
            else 'rezagada'
        end as estado
    from con_debido
),

publicadas as (
    select
        indicador,
        eje,
        anio,
        meta,
        valor,
        {{ porcentaje('valor', 'meta') }} as pct_meta,
        estado,
        case when valor is not null then array_to_string(fuentes, ', ') end as fuente,
        tipo_meta,
        unidad,
        meses_transcurridos = 12 as anio_cerrado,
        -- The share due, printed: rounded up to the unit for a target counted in whole units, else
        -- up to the cent. Values have the same precision, so a value reaches the printed figure
        -- exactly when it reaches the exact share (reaching 0.5 meetings is holding 1).
        case
            when tipo_meta in ('entregable', 'fin_de_periodo') and anio < anio_meta then null
            when meta is not null and meses_transcurridos < 12 then
                case
                    when unidades_enteras
                        then cast((cast(debido_por_12 * 100 as hugeint) + 1199) // 1200 as decimal(18, 2))
                    else cast(((cast(debido_por_12 * 100 as hugeint) + 11) // 12) * cast(0.01 as decimal(3, 2)) as decimal(18, 2))
                end
        end as meta_a_la_fecha,
        valor_reportado,
        orden
    from evaluadas
)

select * from publicadas
order by orden, anio
