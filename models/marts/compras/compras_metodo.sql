{#- Procurement by acquisition method, as in the Memoria's Tablas 24 and 27: one row per fiscal year
    (calendar year) inside the reporting period and method of the closed list `metodo`. A process
    counts once it was awarded (`adjudicacion`) or contracted (`contratacion`), the processes the
    Memoria totals as "procesos ejecutados" and "en ejecución"; deserted and unfinished processes do
    not count. Methods without processes stay as 0 so the table keeps every method. -#}
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

metodos as (
    select
        codigo as metodo,
        orden
    from codigos
    where lista = 'metodo'
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

adjudicados as (
    select * from procesos
    where estado_proceso in ('adjudicacion', 'contratacion')
),

por_metodo as (
    select
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta,
        metodos.metodo,
        metodos.orden,
        count(adjudicados.id) as procesos,
        coalesce(sum(adjudicados.monto), 0) as monto
    from ejercicios
    cross join metodos
    left join adjudicados
        on metodos.metodo = adjudicados.metodo
        and adjudicados.mes between ejercicios.desde and ejercicios.hasta
    group by
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta,
        metodos.metodo,
        metodos.orden
),

publicada as (
    select
        ejercicio,
        strftime(desde, '%Y-%m') as desde,
        strftime(hasta, '%Y-%m') as hasta,
        metodo,
        procesos,
        cast(monto as decimal(18, 2)) as monto,
        orden
    from por_metodo
)

select * exclude (orden) from publicada
order by ejercicio, orden
