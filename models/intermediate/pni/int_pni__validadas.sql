{#- PNI tracker: every delivered line checked against the landing contract (indicator id well
    formed and in the PNI catalogue, a four-digit year, a well-formed value, an optional institution
    from the open list). `motivo` is NULL when the line is valid, otherwise every reason, in Spanish.
    A line of a `memoria pni templates` workbook (it carries the template's `Plantilla PNI` column)
    whose `valor` was left empty is not an error: the institution did not report that indicator.
    It is `omitida` and takes no part in the corrections (it never replaces an earlier value). -#}
with

filas as (
    select * from {{ ref('stg_pni__filas') }}
),

indicadores as (
    select * from {{ ref('pni_indicadores') }}
),

marcadas as (
    select
        filas.*,
        (
            nullif(trim(json_extract_string(filas.contenido, '$.extras.plantilla_pni')), '') is not null
            and {{ texto_limpio('filas.valor_texto') }} is null
        ) as omitida
    from filas
),

validadas as (
    select
        fuente,
        entrega_id,
        linea,
        indicador,
        anio,
        valor,
        institucion,
        {{ codigo_abierto_conocido('instituciones', 'marcadas.institucion') }} as institucion_conocido,
        fuente_reporte,
        fecha_texto,
        fecha_dia,
        mes,
        granularidad,
        contenido,
        omitida,
        case
            when omitida
                then 'fila de plantilla sin valor: la institución no reportó este indicador (se omite)'
        end as motivo_omision,
        case
            when omitida then null
            else {{ motivo_fila([
                motivo_obligatorio('indicador'),
                motivo_patron(
                    'indicador',
                    '[0-9]+[.][0-9]+[.][0-9]+[.][a-z]+',
                    'indicador mal formado (número de actividad del PNI y letra del indicador, p. ej. 5.5.2.a)'
                ),
                "(case
                    when regexp_full_match(indicador, '[0-9]+[.][0-9]+[.][0-9]+[.][a-z]+')
                        and not exists (select 1 from indicadores where indicadores.indicador = marcadas.indicador)
                        then 'indicador desconocido: ' || " ~ citar('indicador_texto') ~ "
                            || ' (no está en el catálogo del PNI; vea el catálogo en la tabla de referencia pni_indicadores)'
                end)",
                motivo_entero(
                    'anio',
                    'año inválido (debe ser un año de cuatro cifras, escrito solo con dígitos)',
                    obligatoria=true
                ),
                motivo_monto('valor'),
                motivo_fecha(obligatoria=false)
            ]) }}
        end as motivo
    from marcadas
)

select * from validadas
