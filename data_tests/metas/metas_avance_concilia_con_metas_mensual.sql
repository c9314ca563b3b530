{#- Every target's execution in metas_avance is the sum of its months in metas_mensual (its own
    month, or its year's months up to `hasta`), so a report that adds up metas_mensual prints the
    same figures as the open data's metas_avance. Returns the targets that disagree. -#}
with

avance as (
    select * from {{ ref('metas_avance') }}
),

mensual as (
    select * from {{ ref('metas_mensual') }}
),

sumas as (
    select
        avance.anio,
        avance.mes,
        avance.medida,
        avance.filtro,
        avance.ejecutado,
        sum(mensual.ejecutado) as suma_mensual
    from avance
    left join mensual
        on avance.medida = mensual.medida
        and avance.filtro = mensual.filtro
        and mensual.mes like avance.anio || '-%'
        and (avance.mes is null or mensual.mes = printf('%d-%02d', avance.anio, avance.mes))
    group by all
)

select * from sumas
where ejecutado is distinct from suma_mensual
