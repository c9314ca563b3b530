{#- Reconciliation: the sum of `column_name` grouped by `agrupar_por` equals the sum of
    `columna_modelo` in `modelo` grouped by `agrupar_modelo` (SQL expressions, e.g. a published
    'YYYY-MM' month against an intermediate DATE). Fails for every group whose sums differ.
    `solo_meses_del_ultimo_lote`: both sides only over the months `modelo` (an incremental model
    with `mes` and `lote`) recomputed in its latest build, as the row-level tests of the incremental
    models check only that build (macros/pruebas/get_where_subquery.sql); both models need `mes`
    of the same type. -#}
{% test reconcilia_con(model, column_name, modelo, agrupar_por, agrupar_modelo, columna_modelo=none, solo_meses_del_ultimo_lote=false) %}

{%- set solo_meses -%}
    {%- if solo_meses_del_ultimo_lote %}
    where mes in (select distinct mes from {{ modelo }} where lote = (select max(lote) from {{ modelo }}))
    {%- endif %}
{%- endset %}

with

este as (
    select {{ agrupar_por }} as grupo, sum({{ column_name }}) as total
    from {{ model }}
    {{- solo_meses }}
    group by 1
),

otro as (
    select {{ agrupar_modelo }} as grupo, sum({{ columna_modelo or column_name }}) as total
    from {{ modelo }}
    {{- solo_meses }}
    group by 1
)

select
    coalesce(este.grupo, otro.grupo) as grupo,
    este.total as total_este,
    otro.total as total_otro
from este
full outer join otro
    on este.grupo = otro.grupo
where este.total is distinct from otro.total

{% endtest %}
