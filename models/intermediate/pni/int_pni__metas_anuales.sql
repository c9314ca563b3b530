{#- The PNI's targets year by year: one row per indicator and year of its activity's period, with
    the target for that year in the indicator's own unit (docs/pni.md):
      - anual, porcentaje: the figure, every year;
      - mensual: the monthly figure × 12;
      - acumulada: the share of the period's total due by the end of the year (linear: total × years
        elapsed / years in the period), with `meta_anterior` the share due a year earlier;
      - entregable: 1 (done), due in `anio_meta`;
      - por_definir: no target.
    Fractions are rounded to cents half away from zero, in integer arithmetic. -#}
with

indicadores as (
    select * from {{ ref('pni_indicadores') }}
),

metas as (
    select * from {{ ref('pni_metas') }}
),

anios as (
    select
        indicadores.indicador,
        indicadores.eje,
        indicadores.orden,
        unnest(generate_series(indicadores.anio_inicio, indicadores.anio_fin)) as anio,
        indicadores.anio_inicio,
        indicadores.anio_fin,
        indicadores.anio_fin - indicadores.anio_inicio + 1 as anios_periodo
    from indicadores
),

con_meta as (
    select
        anios.indicador,
        anios.eje,
        anios.orden,
        cast(anios.anio as integer) as anio,
        anios.anio_inicio,
        anios.anio_fin,
        metas.tipo_meta,
        metas.valor_meta,
        metas.unidad,
        metas.anio_meta,
        -- Cents of the cumulative share due by the end of the year and of the year before.
        cast(metas.valor_meta * 100 as hugeint) * (anios.anio - anios.anio_inicio + 1) as centavos_por_periodos,
        cast(metas.valor_meta * 100 as hugeint) * (anios.anio - anios.anio_inicio) as centavos_por_periodos_anterior,
        anios.anios_periodo
    from anios
    inner join metas
        on anios.indicador = metas.indicador
),

calculadas as (
    select
        indicador,
        eje,
        orden,
        anio,
        anio_inicio,
        anio_fin,
        tipo_meta,
        valor_meta,
        unidad,
        anio_meta,
        cast(case tipo_meta
            when 'anual' then valor_meta
            when 'porcentaje' then valor_meta
            when 'mensual' then valor_meta * 12
            when 'entregable' then valor_meta
            when 'acumulada' then
                ((centavos_por_periodos * 2 + anios_periodo) // (2 * anios_periodo)) * cast(0.01 as decimal(3, 2))
        end as decimal(18, 2)) as meta,
        cast(case tipo_meta
            when 'acumulada' then
                ((centavos_por_periodos_anterior * 2 + anios_periodo) // (2 * anios_periodo)) * cast(0.01 as decimal(3, 2))
        end as decimal(18, 2)) as meta_anterior
    from con_meta
)

select * from calculadas
