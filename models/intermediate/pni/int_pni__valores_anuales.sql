{#- What the institutions reported for each PNI indicator and year, combined across institutions:
    one row per indicator and year with at least one report. Counts add up (landing contract); a
    percentage is a level and is averaged (two institutions reporting 40 % and 50 % do not make
    90 %); a deliverable is done when any institution reports it done, and a level (`nivel`: the
    institutions taking part, the departments with a service) is the largest reported, since each
    institution reports the whole level it knows and adding them would count the same ones twice. -#}
with

valores as (
    select * from {{ ref('int_pni__valores') }}
),

metas as (
    select * from {{ ref('pni_metas') }}
),

con_tipo as (
    select
        valores.*,
        metas.tipo_meta
    from valores
    inner join metas
        on valores.indicador = metas.indicador
),

combinados as (
    select
        indicador,
        anio,
        tipo_meta,
        count(*) as reportes,
        sum(valor) as suma,
        max(valor) as maximo,
        list(distinct coalesce(institucion, 'sin_institucion') order by coalesce(institucion, 'sin_institucion')) as instituciones,
        string_agg(distinct fuente_reporte, '; ' order by fuente_reporte) as fuente_reporte
    from con_tipo
    group by
        indicador,
        anio,
        tipo_meta
),

anuales as (
    select
        indicador,
        anio,
        cast(case tipo_meta
            -- Mean rounded to cents half away from zero, in integer arithmetic (values are ≥ 0).
            when 'porcentaje'
                then ((cast(suma * 100 as hugeint) * 2 + reportes) // (2 * reportes)) * cast(0.01 as decimal(3, 2))
            when 'entregable' then maximo
            when 'nivel' then maximo
            else suma
        end as decimal(18, 2)) as valor,
        instituciones,
        fuente_reporte
    from combinados
)

select * from anuales
