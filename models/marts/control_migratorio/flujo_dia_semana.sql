{#- Migration flow by day of the week: the lines sent by day that still stand after the
    corrections, added up per month, weekday, direction, route, border post and sex
    (int_flujo__dia_semana, which recomputes only the months a build touched). Lines sent by
    month have no weekday and are left out, so a month sent by month is absent here. No
    record-level data: the finest grain is a month's Mondays (or Tuesdays, ...) at one post. -#}
with

dia_semana as (
    select * from {{ ref('int_flujo__dia_semana') }}
),

publicada as (
    select
        strftime(mes, '%Y-%m') as mes,
        dia_semana,
        direccion,
        via,
        puesto,
        sexo,
        cantidad
    from dia_semana
)

select * from publicada
order by mes, dia_semana, direccion, via, puesto, sexo
