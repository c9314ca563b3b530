{#- PNI goal tracking (shared/spec/outputs.md, `pni_avance`): one row per indicator and year from the
    indicator's first year up to the reporting year (`hasta`), and no later than the last year of
    its activity. The year's value comes from the warehouse for the operational indicators (when the
    source has data that year), otherwise from the institutions' reports; a cumulative target
    accumulates it and a deliverable stays done. Status rules and target kinds: docs/pni.md. -#}
with

metas_anuales as (
    select * from {{ ref('int_pni__metas_anuales') }}
),

reportados as (
    select * from {{ ref('int_pni__valores_anuales') }}
),

operacionales as (
    select * from {{ ref('int_pni__operacionales') }}
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
        reportados.valor as valor_reportado
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
        list_sort(list_distinct(flatten(list(fuentes_anio) over hasta_este_anio))) as fuentes_a_la_fecha
    from del_anio
    window
        hasta_este_anio as (partition by indicador order by anio rows between unbounded preceding and current row),
        anios_anteriores as (partition by indicador order by anio rows between unbounded preceding and 1 preceding)
),

valores as (
    select
        *,
        cast(case
            when tipo_meta = 'acumulada' then case when valor_anio is not null then suma_a_la_fecha end
            -- A deliverable done in an earlier year stays done.
            when tipo_meta = 'entregable' then
                case
                    when valor_anio is not null then greatest(valor_anio, coalesce(maximo_anterior, 0))
                    when maximo_anterior >= 1 then maximo_anterior
                end
            else valor_anio
        end as decimal(18, 2)) as valor,
        case
            when tipo_meta in ('acumulada', 'entregable') then fuentes_a_la_fecha
            else fuentes_anio
        end as fuentes
    from a_la_fecha
),

-- Twelve times the target due by `hasta` in the year in progress (exact decimals; linear within
-- the year: the target × months elapsed / 12, or for a cumulative target the share due at the end
-- of the previous year plus that fraction of this year's increment).
con_debido as (
    select
        *,
        case
            when tipo_meta = 'acumulada' then meta_anterior * 12 + (meta - meta_anterior) * meses_transcurridos
            else meta * meses_transcurridos
        end as debido_por_12
    from valores
),

evaluadas as (
    select
        *,
        case
            when meta is null or valor is null then 'sin_datos'
            when valor >= meta then 'cumplida'
            -- A deliverable is not late before the year it is due in.
            when tipo_meta = 'entregable' and anio < anio_meta then 'en_curso'
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
        case
            when tipo_meta = 'entregable' and anio < anio_meta then null
            when meta is not null and meses_transcurridos < 12 then
                cast(((cast(debido_por_12 * 100 as hugeint) * 2 + 12) // 24) * cast(0.01 as decimal(3, 2)) as decimal(18, 2))
        end as meta_a_la_fecha,
        valor_reportado,
        orden
    from evaluadas
)

select * from publicadas
order by orden, anio
