{#- Procurement by calendar quarter, acquisition method and process status, for the quarterly
    executive report: one row per quarter that ends inside the reporting period, method and status
    with at least one process (a combination without processes has no row: it is zero). A process
    counts in the quarter of its month, at the status it has after every delivery. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

procesos as (
    select * from {{ ref('int_compras__procesos') }}
),

actual as (
    select
        desde_mes,
        hasta_mes
    from periodos
    where periodo = 'actual'
),

con_trimestre as (
    select
        metodo,
        estado_proceso,
        monto,
        strftime(date_trunc('quarter', mes), '%Y-%m') as desde,
        strftime(date_trunc('quarter', mes) + interval 2 month, '%Y-%m') as hasta
    from procesos
),

por_trimestre as (
    select
        con_trimestre.desde,
        con_trimestre.hasta,
        con_trimestre.metodo,
        con_trimestre.estado_proceso,
        count(*) as procesos,
        sum(con_trimestre.monto) as monto
    from con_trimestre
    cross join actual
    where con_trimestre.hasta between actual.desde_mes and actual.hasta_mes
    group by
        con_trimestre.desde,
        con_trimestre.hasta,
        con_trimestre.metodo,
        con_trimestre.estado_proceso
),

publicada as (
    select
        {{ trimestre('desde') }} as trimestre,
        desde,
        hasta,
        metodo,
        estado_proceso,
        procesos,
        cast(monto as decimal(18, 2)) as monto
    from por_trimestre
)

select * from publicada
order by trimestre, metodo, estado_proceso
