{#-
    Keys and corrections of the landing contract, written once for every source.

    Input: a validation model (one row per delivered line, `motivo` NULL when the row is valid).
    Output: one row per valid line with its fate in `estado`:
      - `vigente`: the row counts;
      - `id_repetido`: its `id` already appeared earlier in the same delivery (the first line
        stays); it is quarantined;
      - `reemplazada`: a later delivery sent the same key (the later one wins, a 0 included);
      - `descartada_por_granularidad`: its (month, dimensions) group also arrived at the other
        granularity (days vs. a month) and the latest delivery touching the group sent the other
        one; the group is reported in calidad.cambios_granularidad.

    Rules:
      - deliveries apply in the byte order of `archivo`, then `entrega_id`;
      - only valid rows take part: a quarantined row never replaces nor removes an earlier row;
      - a row's key is its `id` when the source has ids and the row carries one, otherwise the
        `clave` columns (normalised fecha at its granularity + every dimension; absent = empty);
      - within one delivery, rows with the same key-less key all stay `vigente` and add up
        downstream (the monthly facts sum them);
      - within one (month, dimensions) group holding day rows and month rows, the granularity of
        the latest delivery touching the group wins; if that delivery itself sent both, the month
        row wins (the aggregate the source signed off).

    Arguments:
      validadas: relation of the validation model;
      clave: key columns of key-less rows (in order);
      usa_id: whether the source carries an `id` column that, when given, is the key;
      cambio_granularidad: whether the day-vs-month rule applies (count sources); the group is
        `mes` + every column of `dimensiones`;
      dimensiones: the source's dimension columns;
      id_repetido_en_entrega: optional boolean column of the validation model, true on every line
        (valid or not) whose id appears more than once in its delivery; when given, only those
        lines are grouped to find each id's first valid line, otherwise the macro finds them.

    Incremental (when the calling model is materialized `incremental`, strategy `reemplazo_por_lote`
    on `entrega_id, linea`, macros/almacen/materializacion_incremental.sql):
    only the months a new delivery touches are recomputed: the months of its valid rows, and the
    months of earlier rows that share a key with them (a correction of an old month). Every rule
    above only relates rows of one delivery (repeated ids), rows with the same key, or rows of one
    month (the day-vs-month switch), so the other months keep exactly the fate a full rebuild would
    give them. A new delivery that sorts before one already processed (an old file name arriving
    late) changes the order of deliveries: then every month is recomputed. A build writes only the
    new lines and the earlier lines whose fate changed, each replacing its stored row: rewriting a
    recomputed month whole cost the month's million lines for a correction of a few thousand, and
    deleting them made DuckDB's checkpoint compact the table (1-4 s, issue #17). `lote` numbers the
    builds: the rows a build writes carry its number (see siguiente_lote);
    `clave_en_varios_meses` marks the rows whose key also has rows (of any fate) in another month:
    the only rows outside the recomputed months a build may need.
-#}
{#- Steps used twice are `not materialized` where recomputing them is a scan and joins with small
    tables: DuckDB would otherwise write every line, every column, once per step, and spill it.
    Only two hash tables grow with the lines: the last delivery of each key (one aggregate, which
    DuckDB keeps for both uses of en_pie) and its join back. The first line of a repeated id is
    looked up only for ids repeated in their delivery, a few lines: joining every line to a table
    of all ids held a third hash table of millions of keys. Incremental builds recompute too: a
    batch of a large load is a year of new lines, and writing them spilled 6 GB (issue #17;
    figures in docs/rendimiento.md). -#}
{% macro resolver_entregas(validadas, clave, dimensiones, usa_id=true, cambio_granularidad=false, id_repetido_en_entrega=none) %}

{%- set clave_fila -%}
    concat_ws(chr(31), 'fila'
        {%- for columna in clave %}, coalesce(cast(validas.{{ columna }} as varchar), ''){% endfor %})
{%- endset -%}

with

validadas as not materialized (
    -- An incremental validation model carries its own build number: not this model's.
    select columns(nombre -> nombre <> 'lote') from {{ validadas }}
),

entregas as (
    select * from {{ ref('int_entregas__ordenadas') }}
),

{%- set por_lotes = config.get('materialized') == 'incremental' %}
{%- set incremental = por_lotes and is_incremental() %}
{#- What a build computes for a line already stored: every other column comes from the line. -#}
{%- set columnas_del_destino = [
    'archivo', 'orden_entrega', 'entrega_id_clave', 'clave_en_varios_meses', 'grupo_mixto',
    'granularidad_vigente', 'entrega_id_grupo', 'archivo_grupo', 'estado', 'motivo_estado'] %}
{%- set destino_de -%}
    struct_pack({% for columna in columnas_del_destino %}{{ columna }} := __relacion__.{{ columna }}{{ ', ' if not loop.last }}{% endfor %})
{%- endset %}
{%- if incremental %}

-- What earlier builds already resolved: every delivery up to the last one processed.
-- Not materialized: each use below reads only the columns and months it needs.
anteriores as not materialized (
    select * from {{ this }}
),

procesadas as (
    select
        {{ maximo_existente('entrega_id') }} as ultima_entrega_id,
        {{ maximo_existente('orden_entrega') }} as ultima_orden
),

{%- endif %}

validas as not materialized (
    select * from validadas
    where motivo is null
    {%- if incremental %}
        and entrega_id > {{ maximo_existente('entrega_id') }}
    {%- endif %}
),

{%- if usa_id %}

-- The first valid line of each id repeated in its delivery (any other line is its id's first).
primeras_lineas_id as (
    select
        entrega_id,
        id,
        min(linea) as primera_linea_id
    from validas
    where id is not null
        {%- if id_repetido_en_entrega %}
        and {{ id_repetido_en_entrega }}
        {%- endif %}
    group by
        entrega_id,
        id
    having count(*) > 1
),

{%- endif %}

con_clave as not materialized (
    select
        validas.*,
        entregas.archivo,
        entregas.orden_entrega,
        {%- if usa_id %}
        coalesce(
            primeras_lineas_id.primera_linea_id,
            case when validas.id is not null then validas.linea end
        ) as primera_linea_id,
        case
            when validas.id is not null then 'id' || chr(31) || validas.id
            else {{ clave_fila }}
        end as clave
        {%- else %}
        cast(null as integer) as primera_linea_id,
        {{ clave_fila }} as clave
        {%- endif %}
    from validas
    left join entregas
        on validas.entrega_id = entregas.entrega_id
    {%- if usa_id %}
    left join primeras_lineas_id
        on validas.entrega_id = primeras_lineas_id.entrega_id
        and validas.id = primeras_lineas_id.id
    {%- endif %}
),

-- The new lines, each marked when an earlier line of its delivery has the same id.
nuevas_marcadas as not materialized (
    select
        *,
        coalesce(linea > primera_linea_id, false) as es_id_repetido
    from con_clave
),

{%- if incremental %}

-- A new delivery that sorts before one already processed renumbers the deliveries: recompute all.
reordenadas as (
    select coalesce(min(orden_entrega) <= (select ultima_orden from procesadas), false) as todo
    from nuevas_marcadas
),

claves_nuevas as (
    select distinct clave
    from nuevas_marcadas
    where not es_id_repetido
),

meses_afectados as (
    select mes from nuevas_marcadas

    union

    select anteriores.mes
    from anteriores
    semi join claves_nuevas
        on anteriores.clave = claves_nuevas.clave

    union

    select anteriores.mes
    from anteriores
    where (select todo from reordenadas)
),

-- Earlier rows of the affected months, back to the columns of con_clave (delivery order re-read),
-- with the fate they have now (`destino_guardado`): only the rows whose fate changes are written.
anteriores_afectadas as (
    select
        anteriores.* exclude ({{ columnas_del_destino | join(', ') }}, lote),
        entregas.archivo,
        entregas.orden_entrega,
        anteriores.estado = 'id_repetido' as es_id_repetido,
        {{ destino_de | replace('__relacion__', 'anteriores') }} as destino_guardado
    from anteriores
    left join entregas
        on anteriores.entrega_id = entregas.entrega_id
    where anteriores.mes in (select mes from meses_afectados)
),

repetidas_marcadas as not materialized (
    select * from nuevas_marcadas

    union all by name

    select * from anteriores_afectadas
),

-- Keys can reach outside the affected months (an id sent again under another month): their
-- earlier rows there keep counting for the latest delivery of the key. Only rows whose key has rows
-- in several months can be there (`clave_en_varios_meses`, a handful): the flag lets the scan skip
-- the rest of the history. It stays right on every stored row: a key gains a row in another month
-- only through a new row with that key, and that row recomputes the stored row's month
-- (meses_afectados).
-- Written as IN in the select list (a mark join, whose hash table is always the subquery's keys),
-- not as a semi join: DuckDB estimates `entrega_id > n` at a fifth of the history, so it built the
-- semi join's hash table on the history instead (issue #17).
otras_con_clave as (
    select
        clave,
        mes,
        orden_entrega,
        entrega_id,
        archivo,
        estado = 'id_repetido' as es_id_repetido
    from (
        select
            *,
            clave in (select repetidas_marcadas.clave from repetidas_marcadas) as comparte_clave
        from anteriores
        where clave_en_varios_meses
            and mes not in (select mes from meses_afectados)
    ) as fuera_de_los_meses
    where coalesce(comparte_clave, false)
),

{%- else %}

repetidas_marcadas as not materialized (
    select * from nuevas_marcadas
),

{%- endif %}

-- A later delivery replaces every earlier row with the same key. Repeated ids take no part, except
-- in telling whether the key has rows in several months (incremental models: see otras_con_clave).
ultimas_por_clave as (
    -- Numbers only: the delivery's file is looked up afterwards (a lighter state per key when
    -- there are tens of millions of keys).
    select
        clave,
        max(orden_entrega) filter (where not es_id_repetido) as ultima_orden_clave,
        arg_max(entrega_id, orden_entrega) filter (where not es_id_repetido) as entrega_id_clave
        {%- if por_lotes %},
        min(mes) <> max(mes) as clave_en_varios_meses
        {%- endif %}
    from (
        select clave, mes, orden_entrega, entrega_id, es_id_repetido from repetidas_marcadas
        {%- if incremental %}

        union all

        select clave, mes, orden_entrega, entrega_id, es_id_repetido from otras_con_clave
        {%- endif %}
    ) as con_orden
    group by clave
),

en_pie as not materialized (
    select
        repetidas_marcadas.*,
        ultimas_por_clave.entrega_id_clave,
        {%- if por_lotes %}
        ultimas_por_clave.clave_en_varios_meses,
        {%- endif %}
        entrega_clave.archivo as archivo_clave,
        not repetidas_marcadas.es_id_repetido
            and repetidas_marcadas.orden_entrega = ultimas_por_clave.ultima_orden_clave as sigue_en_pie
    from repetidas_marcadas
    left join ultimas_por_clave
        on repetidas_marcadas.clave = ultimas_por_clave.clave
    left join entregas as entrega_clave
        on ultimas_por_clave.entrega_id_clave = entrega_clave.entrega_id
),

{%- if cambio_granularidad %}

-- Day-vs-month switch, among the rows still standing after the replacements. A group is a month
-- and its dimension columns, NULLs included (GROUP BY and IS NOT DISTINCT FROM treat two NULLs as
-- equal). The winner is the latest delivery; within it a month row beats day rows (odd = month).
grupos as (
    select
        mes,
        {%- for columna in dimensiones %}
        {{ columna }},
        {%- endfor %}
        min(granularidad) <> max(granularidad) as grupo_mixto,
        max(orden_entrega * 2 + cast(granularidad = 'mes' as integer)) as ganador,
        arg_max(entrega_id, orden_entrega) as entrega_id_grupo,
        arg_max(archivo, orden_entrega) as archivo_grupo
    from en_pie
    where sigue_en_pie
    group by
        mes
        {%- for columna in dimensiones %},
        {{ columna }}
        {%- endfor %}
),

granularidad_ganadora as not materialized (
    select
        en_pie.*,
        coalesce(en_pie.sigue_en_pie and grupos.grupo_mixto, false) as grupo_mixto,
        case
            when en_pie.sigue_en_pie and grupos.grupo_mixto then
                case when grupos.ganador % 2 = 1 then 'mes' else 'dia' end
        end as granularidad_vigente,
        case when en_pie.sigue_en_pie and grupos.grupo_mixto then grupos.entrega_id_grupo end as entrega_id_grupo,
        case when en_pie.sigue_en_pie and grupos.grupo_mixto then grupos.archivo_grupo end as archivo_grupo
    from en_pie
    left join grupos
        on en_pie.mes = grupos.mes
        {%- for columna in dimensiones %}
        and en_pie.{{ columna }} is not distinct from grupos.{{ columna }}
        {%- endfor %}
),

{%- else %}

granularidad_ganadora as not materialized (
    select
        *,
        false as grupo_mixto,
        cast(null as varchar) as granularidad_vigente,
        cast(null as integer) as entrega_id_grupo,
        cast(null as varchar) as archivo_grupo
    from en_pie
),

{%- endif %}

resueltas as not materialized (
    select
        *,
        case
            when es_id_repetido then 'id_repetido'
            when not sigue_en_pie then 'reemplazada'
            when grupo_mixto and granularidad <> granularidad_vigente then 'descartada_por_granularidad'
            else 'vigente'
        end as estado
    from granularidad_ganadora
),

explicadas as not materialized (
    select
        *,
        case estado
            {%- if usa_id %}
            when 'id_repetido' then
                'id repetido en la misma entrega: «' || id || '» (cuenta solo la primera fila con este id, la línea '
                || primera_linea_id || ')'
            {%- endif %}
            when 'reemplazada' then
                'reemplazada por una entrega posterior con la misma clave: «' || archivo_clave || '»'
            when 'descartada_por_granularidad' then
                'descartada: el mes llegó por día y por mes, y la entrega más reciente («' || archivo_grupo
                || '») lo envía por ' || case granularidad_vigente when 'mes' then 'mes' else 'día' end
        end as motivo_estado
    from resueltas
)

-- `contenido` (the line as received) only where calidad.cuarentena shows it: repeated ids.
-- No text that other columns give: every text column costs DuckDB about a second per 12 M lines
-- to write (measured on the benchmark's year), so `archivo_clave` stays inside motivo_estado and
-- calidad.cambios_granularidad writes the dimensions as JSON for the few groups it lists.
select
    * exclude (
        motivo, sigue_en_pie, es_id_repetido, archivo_clave
        {{- ', ' ~ id_repetido_en_entrega if id_repetido_en_entrega }}
        {{- ', destino_guardado' if incremental }}
    )
    replace (case when estado = 'id_repetido' then contenido end as contenido)
    {%- if por_lotes %},
    {{ siguiente_lote() }} as lote
    {%- endif %}
from explicadas
{%- if incremental %}
-- A new line, or an earlier one whose fate changed: the rest of the recomputed months stays as
-- stored (a correction of ten thousand lines rewrites those lines, not their months' million).
where destino_guardado is null
    or destino_guardado is distinct from {{ destino_de | replace('__relacion__', 'explicadas') }}
{%- endif %}

{% endmacro %}
