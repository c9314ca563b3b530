{#- Procurement by stage, as in the Memoria's Tablas 25 and 28: one row per fiscal year (calendar
    year) inside the reporting period and rubro of the closed list `rubro`, one column per stage.
    As the Memoria counts them, a contracted process also counts as awarded (it went through
    adjudication), so `adjudicacion` includes `contratacion`; `procesos` counts every process once,
    whatever its stage. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

procesos as (
    select * from {{ ref('int_compras__procesos') }}
),

codigos as (
    select * from {{ ref('codigos') }}
),

rubros as (
    select
        codigo as rubro,
        orden
    from codigos
    where lista = 'rubro'
),

ejercicios as (
    select
        cast(anios.ejercicio as integer) as ejercicio,
        greatest(periodos.desde, make_date(cast(anios.ejercicio as integer), 1, 1)) as desde,
        least(periodos.hasta, make_date(cast(anios.ejercicio as integer), 12, 1)) as hasta
    from periodos
    cross join range(year(periodos.desde), year(periodos.hasta) + 1) as anios (ejercicio)
    where periodos.periodo = 'actual'
),

por_rubro as (
    select
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta,
        rubros.rubro,
        rubros.orden,
        count(procesos.id) filter (where procesos.estado_proceso in ('adjudicacion', 'contratacion')) as adjudicacion,
        count(procesos.id) filter (where procesos.estado_proceso = 'contratacion') as contratacion,
        count(procesos.id) filter (where procesos.estado_proceso = 'desierto') as desierto,
        count(procesos.id) filter (where procesos.estado_proceso = 'evaluacion') as evaluacion,
        count(procesos.id) filter (where procesos.estado_proceso = 'invitacion') as invitacion,
        count(procesos.id) filter (where procesos.estado_proceso = 'preparacion') as preparacion,
        count(procesos.id) as procesos
    from ejercicios
    cross join rubros
    left join procesos
        on rubros.rubro = procesos.rubro
        and procesos.mes between ejercicios.desde and ejercicios.hasta
    group by
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta,
        rubros.rubro,
        rubros.orden
),

publicada as (
    select
        ejercicio,
        strftime(desde, '%Y-%m') as desde,
        strftime(hasta, '%Y-%m') as hasta,
        rubro,
        adjudicacion,
        contratacion,
        desierto,
        evaluacion,
        invitacion,
        preparacion,
        procesos,
        orden
    from por_rubro
)

select * exclude (orden) from publicada
order by ejercicio, orden
