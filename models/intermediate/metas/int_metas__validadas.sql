{#- POA targets: every delivered line checked against the landing contract. A target measures a
    count source (`medida`) in a month, or a year when `mes` is empty, restricted by the values of
    that source's own dimension columns (extra columns of the delivery). One row per line with the
    restriction as `filtro` (`columna=código`, several joined by `;` in the source's column order,
    empty when none) and its Spanish label; `motivo` is NULL when the line is valid, otherwise every
    reason in Spanish: a measure that is not a count source, a column that is not one of its
    dimensions and a code not in the column's list are all quarantined (a target that names nothing
    known cannot be measured). Lines of a `memoria metas plantillas` workbook (column
    `Plantilla metas`) left without `programado` are `omitida`: the unit planned nothing there. -#}
with

filas as (
    select * from {{ ref('stg_metas__filas') }}
),

-- Every dimension column of every count source, with its code list (macros/fuentes.sql).
columnas_de_fuentes as (
    {%- for fuente in fuentes_conteo() %}
    {%- set ultima_fuente = loop.last %}
    {%- for columna in fuente.columnas %}
    select
        '{{ fuente.nombre }}' as fuente,
        '{{ columna.nombre }}' as columna,
        {{ loop.index }} as orden,
        '{{ columna.tipo }}' as tipo,
        {{ "'" ~ columna.lista ~ "'" if columna.lista else 'cast(null as varchar)' }} as lista,
        {{ "'" ~ columna.semilla ~ "'" if columna.semilla else 'cast(null as varchar)' }} as semilla,
        {{ 'true' if columna.iso else 'false' }} as iso
    {%- if not (ultima_fuente and loop.last) %}

    union all
    {%- endif %}
    {%- endfor %}
    {%- endfor %}
),

{#- The open lists' reference seeds, each once. -#}
{%- set semillas = fuentes_conteo() | map(attribute='columnas') | sum(start=[])
    | selectattr('semilla', 'defined') | map(attribute='semilla') | unique | list %}

-- The codes of the closed lists and of the open lists' reference seeds, with their labels.
codigos_cerrados as (
    select * from {{ ref('codigos') }}
),

aceptados as (
    select * from {{ ref('int_codigos__aceptados') }}
),

codigos_abiertos as (
    {%- for semilla in semillas %}
    select
        '{{ semilla }}' as semilla,
        codigo,
        {{ 'sigla' if semilla == 'instituciones' else 'etiqueta' }} as etiqueta
    from {{ ref(semilla) }}
    {%- if not loop.last %}

    union all
    {%- endif %}
    {%- endfor %}
),

marcadas as (
    select
        filas.*,
        (
            nullif(trim(json_extract_string(filas.extras, '$.plantilla_metas')), '') is not null
            and {{ texto_limpio('filas.programado_texto') }} is null
        ) as omitida,
        coalesce(filas.medida in (
            select columnas_de_fuentes.fuente
            from columnas_de_fuentes
        ), false) as medida_conocida
    from filas
),

-- One row per restricting cell: the extra columns filled in, but for the reporting template's
-- informative ones (description, notes, marker), which restrict nothing.
pares as (
    select
        marcadas.entrega_id,
        marcadas.linea,
        marcadas.medida,
        marcadas.medida_conocida,
        extra.key as columna,
        {{ texto_limpio('json_extract_string(extra.value, \'$\')') }} as valor_texto
    from marcadas,
        json_each(marcadas.extras) as extra
    where extra.key not in ('descripcion', 'notas', 'plantilla_metas')
),

pares_con_valor as (
    select * from pares
    where valor_texto is not null
),

pares_validados as (
    select
        pares_con_valor.*,
        columnas_de_fuentes.orden,
        columnas_de_fuentes.tipo,
        case
            when columnas_de_fuentes.tipo = 'cerrada'
                then (
                    select aceptados.codigo
                    from aceptados
                    where aceptados.lista = columnas_de_fuentes.lista
                        and aceptados.valor = {{ plegar_codigo('pares_con_valor.valor_texto') }}
                )
            when columnas_de_fuentes.tipo = 'abierta'
                then (
                    select codigos_abiertos.codigo
                    from codigos_abiertos
                    where codigos_abiertos.semilla = columnas_de_fuentes.semilla
                        and codigos_abiertos.codigo = case
                            when columnas_de_fuentes.iso then {{ plegar_iso('pares_con_valor.valor_texto') }}
                            else {{ plegar_codigo('pares_con_valor.valor_texto') }}
                        end
                )
            when columnas_de_fuentes.tipo = 'entero'
                then cast({{ parsear_entero('pares_con_valor.valor_texto') }} as varchar)
        end as codigo,
        columnas_de_fuentes.lista,
        columnas_de_fuentes.semilla
    from pares_con_valor
    left join columnas_de_fuentes
        on pares_con_valor.medida = columnas_de_fuentes.fuente
        and pares_con_valor.columna = columnas_de_fuentes.columna
),

pares_etiquetados as (
    select
        pares_validados.*,
        coalesce(codigos_cerrados.etiqueta, codigos_abiertos.etiqueta, pares_validados.codigo) as etiqueta,
        case
            when not pares_validados.medida_conocida then null
            when pares_validados.tipo is null
                then 'la columna ' || pares_validados.columna || ' no es una dimensión de la fuente ' || pares_validados.medida
                    || ' (sus columnas: ' || (
                        select string_agg(columnas_de_fuentes.columna, ', ' order by columnas_de_fuentes.orden)
                        from columnas_de_fuentes
                        where columnas_de_fuentes.fuente = pares_validados.medida
                    ) || ')'
            when pares_validados.codigo is null and pares_validados.tipo = 'entero'
                then pares_validados.columna || ' inválida (debe ser un entero escrito solo con dígitos): ' || {{ citar('pares_validados.valor_texto') }}
            when pares_validados.codigo is null
                then 'valor desconocido de ' || pares_validados.columna || ': ' || {{ citar('pares_validados.valor_texto') }}
                    || ' (no está en la lista ' || coalesce(pares_validados.lista, pares_validados.semilla) || ')'
        end as motivo
    from pares_validados
    left join codigos_cerrados
        on pares_validados.lista = codigos_cerrados.lista
        and pares_validados.codigo = codigos_cerrados.codigo
    left join codigos_abiertos
        on pares_validados.semilla = codigos_abiertos.semilla
        and pares_validados.codigo = codigos_abiertos.codigo
),

filtros as (
    select
        entrega_id,
        linea,
        string_agg(columna || '=' || codigo, ';' order by orden) filter (where motivo is null) as filtro,
        string_agg(etiqueta, ' · ' order by orden) filter (where motivo is null) as filtro_etiqueta,
        string_agg(motivo, '; ' order by orden, columna) as motivo
    from pares_etiquetados
    group by
        entrega_id,
        linea
),

validadas as (
    select
        marcadas.fuente,
        marcadas.entrega_id,
        marcadas.linea,
        marcadas.anio,
        marcadas.mes,
        marcadas.medida,
        coalesce(filtros.filtro, '') as filtro,
        filtros.filtro_etiqueta,
        marcadas.programado,
        marcadas.unidad,
        marcadas.contenido,
        marcadas.omitida,
        case
            when marcadas.omitida
                then 'fila de plantilla sin cantidad programada: la unidad no programó esta meta (se omite)'
        end as motivo_omision,
        case
            when marcadas.omitida then null
            else {{ motivo_fila([
                motivo_entero(
                    'anio',
                    'año inválido (debe ser un año de cuatro cifras, escrito solo con dígitos)',
                    obligatoria=true
                ),
                "(case
                    when " ~ texto_limpio('marcadas.mes_texto') ~ " is not null and marcadas.mes is null
                        then 'mes inválido (debe ser un número de 1 a 12, o vacío en una meta anual): ' || " ~ citar('marcadas.mes_texto') ~ "
                end)",
                motivo_obligatorio('medida'),
                "(case
                    when marcadas.medida is not null and not marcadas.medida_conocida
                        then 'medida desconocida: ' || " ~ citar('marcadas.medida_texto') ~ "
                            || ' (debe ser una fuente de conteo: " ~ (fuentes_conteo() | map(attribute='nombre') | join(', ')) ~ ")'
                end)",
                motivo_entero(
                    'programado',
                    'programado inválido (debe ser un entero ≥ 0, escrito solo con dígitos)',
                    obligatoria=true
                ),
                'filtros.motivo'
            ]) }}
        end as motivo
    from marcadas
    left join filtros
        on marcadas.entrega_id = filtros.entrega_id
        and marcadas.linea = filtros.linea
)

select * from validadas
