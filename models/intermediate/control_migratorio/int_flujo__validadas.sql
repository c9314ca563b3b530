{#- Migration flow: entries and exits registered at the border posts: every delivered line checked
    against the landing contract. Closed-list values become their codes (synonyms resolved); open-
    list codes are kept, known or not (puesto_conocido, nacionalidad_conocido). `motivo` is NULL
    when the line is valid, otherwise every reason, in Spanish, that sends it to quarantine.
    Incremental: a delivery is validated once, when it arrives (its lines never change).
    `contenido` (the line as received) is kept only for lines that can end in quarantine: with a
    motivo, or with an id that appears more than once in the delivery; for the millions of valid
    crossings it would double the table, and raw.flujo keeps every line as received.
    `id_repetido_en_entrega` is kept: with it, int_flujo__corregidas groups only the repeated ids
    to find each one's first line, not the millions of others. -#}
{{ config(materialized='incremental', incremental_strategy='append') }}

with

-- Not materialized: every use below reads only the columns it needs from the staging view.
filas as not materialized (
    select * from {{ ref('stg_flujo__filas') }}
    {%- if is_incremental() %}
    where entrega_id > {{ maximo_existente('entrega_id') }}
    {%- endif %}
),

ids_repetidos as (
    select
        entrega_id,
        id
    from filas
    where id is not null
    group by
        entrega_id,
        id
    having count(*) > 1
),

-- Code lists are looked up once per distinct value, not once per crossing: a few dozen values
-- stand for millions of lines (a lookup per line makes DuckDB buffer every line per list).
{%- for columna, lista in [('direccion', 'direccion'), ('via', 'via_flujo'), ('sexo', 'sexo')] %}

codigos_{{ columna }} as (
    select
        valores.{{ columna }},
        {{ codigo_cerrado(lista, 'valores.' ~ columna) }} as {{ columna }}_codigo
    from (select distinct {{ columna }} from filas) as valores
),
{%- endfor %}
{%- for columna, seed in [('puesto', 'puestos_fronterizos'), ('nacionalidad', 'paises')] %}

conocidos_{{ columna }} as (
    select
        valores.{{ columna }},
        {{ codigo_abierto_conocido(seed, 'valores.' ~ columna) }} as {{ columna }}_conocido
    from (select distinct {{ columna }} from filas) as valores
),
{%- endfor %}

codificadas as (
    select
        filas.*,
        ids_repetidos.id is not null as id_repetido_en_entrega,
        codigos_direccion.direccion_codigo,
        codigos_via.via_codigo,
        codigos_sexo.sexo_codigo,
        conocidos_puesto.puesto_conocido,
        conocidos_nacionalidad.nacionalidad_conocido
    from filas
    left join ids_repetidos
        on filas.entrega_id = ids_repetidos.entrega_id
        and filas.id = ids_repetidos.id
    left join codigos_direccion
        on filas.direccion is not distinct from codigos_direccion.direccion
    left join codigos_via
        on filas.via is not distinct from codigos_via.via
    left join codigos_sexo
        on filas.sexo is not distinct from codigos_sexo.sexo
    left join conocidos_puesto
        on filas.puesto is not distinct from conocidos_puesto.puesto
    left join conocidos_nacionalidad
        on filas.nacionalidad is not distinct from conocidos_nacionalidad.nacionalidad
),

validadas as (
    select
        fuente,
        entrega_id,
        linea,
        id,
        fecha_texto,
        fecha_dia,
        mes,
        granularidad,
        fecha_normalizada,
        cantidad,
        direccion_codigo as direccion,
        via_codigo as via,
        puesto,
        sexo_codigo as sexo,
        nacionalidad,
        puesto_conocido,
        nacionalidad_conocido,
        contenido,
        id_repetido_en_entrega,
        {{ motivo_fila([
            motivo_fecha(),
            motivo_cantidad(),
            motivo_lista_cerrada('direccion', 'direccion', 'direccion_codigo'),
            motivo_lista_cerrada('via', 'via_flujo', 'via_codigo'),
            motivo_obligatorio('puesto'),
            motivo_lista_cerrada('sexo', 'sexo', 'sexo_codigo')
        ]) }} as motivo,
        {{ siguiente_lote() }} as lote
    from codificadas
),

solo_contenido_necesario as (
    select
        *
        replace (case when motivo is not null or id_repetido_en_entrega then contenido end as contenido)
    from validadas
)

select * from solo_contenido_necesario
