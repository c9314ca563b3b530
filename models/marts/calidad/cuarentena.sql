{#- Quarantine: every delivered line that did not reach the marts because it breaks the landing
    contract (with its reason), every repeated id within a delivery, and every CSV line that could
    not be split into columns. One row per quarantined line.
    Incremental by delivery: what a delivery puts here is fixed by the delivery itself (its lines'
    validation, its repeated ids, its malformed lines; a change of the rules is a change of the code,
    which rebuilds everything), and each source's deliveries are built in the order of their ids
    (build-batches.ts). So a build adds the lines of each source's deliveries after the last one the
    table already holds for it, a constant that lets DuckDB skip the history's row groups (reading
    the `motivo` of every validated line cost ≈ 1 s of CPU with five years of `flujo`, issue #17).
    A source whose last deliveries quarantined nothing is read from its last quarantined delivery
    on: more than needed, never a line twice. -#}
{{ config(materialized='incremental', incremental_strategy='append') }}

{%- set ultima_entrega = maximos_existentes('entrega_id', 'fuente') %}

with

entregas as (
    select * from {{ ref('int_entregas__ordenadas') }}
),

malformadas as (
    select * from {{ ref('stg_filas_malformadas__filas') }}
),

{% for fuente in fuentes() %}
{{ fuente }}_validadas as (
    select * from {{ ref('int_' ~ fuente ~ '__validadas') }}
),

{{ fuente }}_corregidas as (
    select * from {{ ref('int_' ~ fuente ~ '__corregidas') }}
),

{% endfor %}
filas_en_cuarentena as (
    {%- for fuente in fuentes() %}
    select fuente, entrega_id, linea, motivo, contenido
    from {{ fuente }}_validadas
    where motivo is not null
        and entrega_id > {{ ultima_entrega.get(fuente, 0) }}

    union all

    select fuente, entrega_id, linea, motivo_estado as motivo, contenido
    from {{ fuente }}_corregidas
    where estado = 'id_repetido'
        and entrega_id > {{ ultima_entrega.get(fuente, 0) }}

    union all
    {% endfor %}
    select
        coalesce(entregas.fuente, 'desconocida') as fuente,
        malformadas.entrega_id,
        malformadas.linea,
        'línea malformada: ' || malformadas.motivo as motivo,
        to_json(malformadas.contenido) as contenido
    from malformadas
    left join entregas
        on malformadas.entrega_id = entregas.entrega_id
    {%- if ultima_entrega %}
    where malformadas.entrega_id > case coalesce(entregas.fuente, 'desconocida')
        {%- for fuente, entrega_id in ultima_entrega.items() %}
        when '{{ fuente }}' then {{ entrega_id }}
        {%- endfor %}
        else 0
    end
    {%- endif %}
),

con_archivo as (
    select
        filas_en_cuarentena.fuente,
        filas_en_cuarentena.entrega_id,
        entregas.archivo,
        filas_en_cuarentena.linea,
        filas_en_cuarentena.motivo,
        filas_en_cuarentena.contenido
    from filas_en_cuarentena
    left join entregas
        on filas_en_cuarentena.entrega_id = entregas.entrega_id
)

select * from con_archivo
order by fuente, archivo, entrega_id, linea
