{#- PNI progress by axis: one row per axis (0 = transversal interventions, 1-6 = thematic axes) and
    year up to the reporting year, counting the axis's indicators by status (pni_avance). -#}
with

avance as (
    select * from {{ ref('pni_avance') }}
),

ejes as (
    select * from {{ ref('pni_ejes') }}
),

por_eje as (
    select
        eje,
        anio,
        cast(count(*) as integer) as indicadores,
        cast(count(*) filter (where estado = 'cumplida') as integer) as cumplidas,
        cast(count(*) filter (where estado = 'en_curso') as integer) as en_curso,
        cast(count(*) filter (where estado = 'en_riesgo') as integer) as en_riesgo,
        cast(count(*) filter (where estado = 'rezagada') as integer) as rezagadas,
        cast(count(*) filter (where estado = 'sin_datos') as integer) as sin_datos
    from avance
    group by
        eje,
        anio
),

con_nombre as (
    select
        por_eje.eje,
        ejes.nombre as eje_nombre,
        por_eje.anio,
        por_eje.indicadores,
        por_eje.cumplidas,
        por_eje.en_curso,
        por_eje.en_riesgo,
        por_eje.rezagadas,
        por_eje.sin_datos,
        por_eje.indicadores - por_eje.sin_datos as con_datos,
        {{ porcentaje('por_eje.cumplidas + por_eje.en_curso', 'por_eje.indicadores - por_eje.sin_datos') }} as pct_al_dia,
        {{ porcentaje('por_eje.indicadores - por_eje.sin_datos', 'por_eje.indicadores') }} as pct_con_datos
    from por_eje
    inner join ejes
        on por_eje.eje = ejes.eje
)

select * from con_nombre
order by eje, anio
