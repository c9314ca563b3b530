{#- The PNI's targets year by year: one row per indicator and year of its activity's period, with
    the target for that year in the indicator's own unit (docs/pni.md):
      - anual, porcentaje: the figure, every year;
      - mensual: the monthly figure × 12;
      - acumulada, nivel: the milestone due by the end of the year on an even path to the period's
        total (total × years elapsed / years in the period), with `meta_anterior` the milestone a
        year earlier (0 before the first year);
      - fin_de_periodo: the whole total, due in `anio_meta` (nothing is due before: `meta_anterior` 0);
      - entregable: 1 (done), due in `anio_meta`;
      - por_definir: no target.
    A milestone of a target counted in whole units is rounded up to the unit (with whole counts,
    reaching 2.8 departments is having 3); any other is rounded to cents half away from zero. All
    in integer arithmetic. -#}
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
        metas.unidades_enteras,
        metas.anio_meta,
        -- Cents of the period's total × years elapsed by the end of the year and of the year before.
        cast(metas.valor_meta * 100 as hugeint) * (anios.anio - anios.anio_inicio + 1) as centavos_por_periodos,
        cast(metas.valor_meta * 100 as hugeint) * (anios.anio - anios.anio_inicio) as centavos_por_periodos_anterior,
        anios.anios_periodo
    from anios
    inner join metas
        on anios.indicador = metas.indicador
),

-- The milestones of an even path: cents × years elapsed / years in the period, rounded up to whole
-- units (100 cents) or to cents half away from zero.
hitos as (
    select
        *,
        case
            when unidades_enteras
                then ((centavos_por_periodos + 100 * anios_periodo - 1) // (100 * anios_periodo)) * 100
            else (centavos_por_periodos * 2 + anios_periodo) // (2 * anios_periodo)
        end as centavos_hito,
        case
            when unidades_enteras
                then ((centavos_por_periodos_anterior + 100 * anios_periodo - 1) // (100 * anios_periodo)) * 100
            else (centavos_por_periodos_anterior * 2 + anios_periodo) // (2 * anios_periodo)
        end as centavos_hito_anterior
    from con_meta
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
        unidades_enteras,
        anio_meta,
        cast(case tipo_meta
            when 'anual' then valor_meta
            when 'porcentaje' then valor_meta
            when 'mensual' then valor_meta * 12
            when 'entregable' then valor_meta
            when 'fin_de_periodo' then valor_meta
            when 'acumulada' then centavos_hito * cast(0.01 as decimal(3, 2))
            when 'nivel' then centavos_hito * cast(0.01 as decimal(3, 2))
        end as decimal(18, 2)) as meta,
        cast(case tipo_meta
            when 'acumulada' then centavos_hito_anterior * cast(0.01 as decimal(3, 2))
            when 'nivel' then centavos_hito_anterior * cast(0.01 as decimal(3, 2))
            when 'fin_de_periodo' then 0
        end as decimal(18, 2)) as meta_anterior
    from hitos
)

select * from calculadas
