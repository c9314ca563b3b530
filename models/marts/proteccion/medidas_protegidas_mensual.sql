{#- Monthly totals of the measures about protected populations, the figures the Memoria and the
    bulletin print month by month: published whole (after disclosure control) while the finer
    monthly grids have suppressed cells. The measures come from the macro medidas_protegidas. -#}
with

hechos as (
    {{ medidas_protegidas() }}
),

por_medida as (
    select
        mes,
        medida,
        cast(sum(cantidad) as bigint) as cantidad
    from hechos
    group by mes, medida
)

select * from por_medida
order by mes, medida
