{#- The reporting period (vars `desde`..`hasta`, whole months, both included) and the comparison
    period (the same months one year earlier): one row per period. Every model that needs the
    window reads it from here. -#}
with

parametros as (
    select
        cast(strptime('{{ var("desde") }}', '%Y-%m') as date) as desde,
        cast(strptime('{{ var("hasta") }}', '%Y-%m') as date) as hasta
),

validados as (
    select
        case
            when desde > hasta
                then error('período no válido: desde ({{ var("desde") }}) es posterior a hasta ({{ var("hasta") }})')
            else desde
        end as desde,
        hasta
    from parametros
),

periodos as (
    select
        'actual' as periodo,
        desde,
        hasta
    from validados

    union all

    select
        'anterior' as periodo,
        cast(desde - interval 1 year as date) as desde,
        cast(hasta - interval 1 year as date) as hasta
    from validados
),

con_meses as (
    select
        periodo,
        desde,
        hasta,
        cast(datediff('month', desde, hasta) + 1 as integer) as meses,
        strftime(desde, '%Y-%m') as desde_mes,
        strftime(hasta, '%Y-%m') as hasta_mes
    from periodos
)

select * from con_meses
