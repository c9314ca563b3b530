{#- PNI tracker: every delivered line checked against the landing contract (indicator id well
    formed, a four-digit year, a well-formed value, an optional institution from the open list).
    `motivo` is NULL when the line is valid, otherwise every reason, in Spanish. -#}
with

filas as (
    select * from {{ ref('stg_pni__filas') }}
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
        {{ codigo_abierto_conocido('instituciones', 'filas.institucion') }} as institucion_conocido,
        fuente_reporte,
        fecha_texto,
        fecha_dia,
        mes,
        granularidad,
        contenido,
        {{ motivo_fila([
            motivo_obligatorio('indicador'),
            motivo_patron(
                'indicador',
                '[0-9]+[.][0-9]+[.][0-9]+[.][a-z]+',
                'indicador mal formado (número de actividad del PNI y letra del indicador, p. ej. 5.5.2.a)'
            ),
            motivo_entero(
                'anio',
                'año inválido (debe ser un año de cuatro cifras, escrito solo con dígitos)',
                obligatoria=true
            ),
            motivo_monto('valor'),
            motivo_fecha(obligatoria=false)
        ]) }} as motivo
    from filas
)

select * from validadas
