{#- Quarantine: every delivered line that did not reach the marts because it breaks the landing
    contract (with its reason), every repeated id within a delivery, and every CSV line that could
    not be split into columns. One row per quarantined line. -#}
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

    union all

    select fuente, entrega_id, linea, motivo_estado as motivo, contenido
    from {{ fuente }}_corregidas
    where estado = 'id_repetido'

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
