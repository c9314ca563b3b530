{#- The reporting period (`desde`..`hasta`, whole months, both included) and the comparison
    period (the same months one year earlier): one row per period. Every model that needs the
    window reads it from here. `memoria run` gives the period as MEMORIA_DESDE and MEMORIA_HASTA:
    when an environment variable changes, dbt parses again only the files that read it (this one),
    where a changed var makes it parse the whole project (≈ 7 s, at every new monthly period). dbt
    run by hand, the linter and the unit tests' overrides use the vars (dbt_project.yml). -#}
{%- set desde = env_var('MEMORIA_DESDE', var('desde')) -%}
{%- set hasta = env_var('MEMORIA_HASTA', var('hasta')) -%}

with

parametros as (
    select
        cast(strptime('{{ desde }}', '%Y-%m') as date) as desde,
        cast(strptime('{{ hasta }}', '%Y-%m') as date) as hasta
),

validados as (
    select
        case
            when desde > hasta
                then error('período no válido: desde ({{ desde }}) es posterior a hasta ({{ hasta }})')
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
