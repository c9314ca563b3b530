{#- NOT NULL on several columns of a model, checked in one scan: one dbt node where a not_null test
    per column costs a node each (≈ 20 ms of dbt's own time apiece; issue #17). Fails with one row
    per column that holds NULLs: the column and how many rows. -#}
{% test no_nulas(model, columnas) %}

with nulas as (
    select
    {%- for columna in columnas %}
        count(*) filter (where {{ columna }} is null) as nulas_{{ loop.index }}{{ "," if not loop.last }}
    {%- endfor %}
    from {{ model }}
)

{% for columna in columnas -%}
select '{{ columna }}' as columna, nulas_{{ loop.index }} as filas_nulas from nulas where nulas_{{ loop.index }} > 0
{% if not loop.last %}union all
{% endif -%}
{% endfor %}

{% endtest %}
