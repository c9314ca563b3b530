{#- Procurement by execution status, as in the Memoria's Tablas 26 and 29: one row per fiscal year
    (calendar year) inside the reporting period and status. `ejecutados` are the contracted
    processes (`contratacion`), `en_ejecucion` the awarded ones whose contract is not signed yet
    (`adjudicacion`); together they are the processes of compras_metodo. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

procesos as (
    select * from {{ ref('int_compras__procesos') }}
),

estados as (
    select
        valores.estado,
        valores.estado_proceso,
        valores.orden
    from (
        values
        ('ejecutados', 'contratacion', 1),
        ('en_ejecucion', 'adjudicacion', 2)
    ) as valores (estado, estado_proceso, orden)
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

por_estado as (
    select
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta,
        estados.estado,
        estados.orden,
        count(procesos.id) as procesos,
        coalesce(sum(procesos.monto), 0) as monto
    from ejercicios
    cross join estados
    left join procesos
        on estados.estado_proceso = procesos.estado_proceso
        and procesos.mes between ejercicios.desde and ejercicios.hasta
    group by
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta,
        estados.estado,
        estados.orden
),

publicada as (
    select
        ejercicio,
        strftime(desde, '%Y-%m') as desde,
        strftime(hasta, '%Y-%m') as hasta,
        estado,
        procesos,
        cast(monto as decimal(18, 2)) as monto,
        orden
    from por_estado
)

select * exclude (orden) from publicada
order by ejercicio, orden
