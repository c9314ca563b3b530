{#- Migration flow by day of the week: the lines sent by day that still stand after the
    corrections, added up per month, weekday, direction, route, border post and sex. Lines sent by
    month have no weekday and are left out, so a month sent by month is absent here. No
    record-level data: the finest grain is a month's Mondays (or Tuesdays, ...) at one post. -#}
with

corregidas as (
    select * from {{ ref('int_flujo__corregidas') }}
),

diarias as (
    select * from corregidas
    where estado = 'vigente'
        and fecha_dia is not null
),

por_dia_semana as (
    select
        strftime(mes, '%Y-%m') as mes,
        cast(isodow(fecha_dia) as integer) as dia_semana,
        direccion,
        via,
        puesto,
        sexo,
        cast(sum(cantidad) as bigint) as cantidad
    from diarias
    group by
        mes,
        dia_semana,
        direccion,
        via,
        puesto,
        sexo
)

select * from por_dia_semana
order by mes, dia_semana, direccion, via, puesto, sexo
