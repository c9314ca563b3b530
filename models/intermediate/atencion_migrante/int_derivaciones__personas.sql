{#- Returned Salvadorans referred to other institutions, counted as people: distinct people per
    period and sex (Tabla 22), where Tabla 23 counts referrals. A person is their `persona` key; a
    record without one counts as people of its own (its `cantidad` of them). A person referred in
    both periods counts in each; within a period a person has the sex of their latest record, so
    the sexes add up to the total. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

corregidas as (
    select * from {{ ref('int_derivaciones__corregidas') }}
),

vigentes as (
    select
        corregidas.*,
        periodos.periodo
    from corregidas
    inner join periodos
        on corregidas.mes between periodos.desde and periodos.hasta
    where corregidas.estado = 'vigente'
        and corregidas.cantidad > 0
),

-- Records with a key: one row per person and period, with the sex of their latest record.
con_clave as (
    select
        periodo,
        persona,
        arg_max(sexo, (coalesce(fecha_dia, mes), orden_entrega, linea)) as sexo
    from vigentes
    where persona is not null
    group by
        periodo,
        persona
),

personas as (
    select periodo, sexo, count(*) as personas
    from con_clave
    group by periodo, sexo

    union all

    select periodo, sexo, sum(cantidad) as personas
    from vigentes
    where persona is null
    group by periodo, sexo
),

por_periodo as (
    select
        periodo,
        sexo,
        cast(sum(personas) as bigint) as personas
    from personas
    group by
        periodo,
        sexo
)

select * from por_periodo
