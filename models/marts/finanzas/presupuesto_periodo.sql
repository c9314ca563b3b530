{#- Budget execution by fund and fiscal year (calendar year) inside the reporting period, as in the
    Memoria's Tablas 31 (FAE) and 32 (GOES). A period's figure is the sum over its months;
    `modificado` only counts the months that sent one (NULL when none did), so when only some
    months sent it, it is not comparable with `aprobado` (all months): `meses_modificado` says how
    many did. `modificaciones` is modificado − aprobado over those same months, and the current
    budget `presupuesto_vigente` (each month's modificado where sent, else its aprobado) is
    therefore aprobado + modificaciones. `pct_devengado` is devengado over the current budget. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

mensual as (
    select * from {{ ref('int_presupuesto__mensual') }}
),

codigos as (
    select * from {{ ref('codigos') }}
),

fondos as (
    select
        codigo as fondo,
        orden
    from codigos
    where lista = 'fondo'
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

-- One row per month and fund, the four stages side by side (a stage not sent stays NULL).
meses as (
    select
        mes,
        fondo,
        sum(monto) filter (where etapa = 'aprobado') as aprobado,
        sum(monto) filter (where etapa = 'modificado') as modificado,
        sum(monto) filter (where etapa = 'comprometido') as comprometido,
        sum(monto) filter (where etapa = 'devengado') as devengado
    from mensual
    group by
        mes,
        fondo
),

por_ejercicio as (
    select
        fondos.fondo,
        fondos.orden,
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta,
        sum(meses.aprobado) as aprobado,
        sum(meses.modificado) as modificado,
        sum(meses.comprometido) as comprometido,
        sum(meses.devengado) as devengado,
        sum(meses.modificado) - coalesce(sum(meses.aprobado) filter (where meses.modificado is not null), 0)
            as modificaciones,
        sum(coalesce(meses.modificado, meses.aprobado)) as presupuesto_vigente,
        count(meses.modificado) as meses_modificado
    from fondos
    cross join ejercicios
    left join meses
        on fondos.fondo = meses.fondo
        and meses.mes between ejercicios.desde and ejercicios.hasta
    group by
        fondos.fondo,
        fondos.orden,
        ejercicios.ejercicio,
        ejercicios.desde,
        ejercicios.hasta
),

publicada as (
    select
        fondo,
        ejercicio,
        strftime(desde, '%Y-%m') as desde,
        strftime(hasta, '%Y-%m') as hasta,
        cast(aprobado as decimal(18, 2)) as aprobado,
        cast(modificado as decimal(18, 2)) as modificado,
        cast(comprometido as decimal(18, 2)) as comprometido,
        cast(devengado as decimal(18, 2)) as devengado,
        cast(modificaciones as decimal(18, 2)) as modificaciones,
        cast(presupuesto_vigente as decimal(18, 2)) as presupuesto_vigente,
        {{ porcentaje('devengado', 'presupuesto_vigente') }} as pct_devengado,
        cast(meses_modificado as integer) as meses_modificado,
        orden
    from por_ejercicio
)

select * exclude (orden) from publicada
order by ejercicio, orden
