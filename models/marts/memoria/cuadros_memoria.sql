{#- The Memoria de Labores' comparison tables (Tablas 9, 10, 12, 15, 17, 22 and 23), long form: one row
    per table and row, with masculino / femenino / total for the comparison period and the
    reporting period, the change and the change in percent. Row labels come from the seeds
    (codigos, oficinas, instituciones, cuadros_filas), never from this SQL. -#}
with

periodos as (
    select * from {{ ref('int_periodos') }}
),

cuadros as (
    select * from {{ ref('cuadros') }}
),

cuadros_filas as (
    select * from {{ ref('cuadros_filas') }}
),

codigos as (
    select * from {{ ref('codigos') }}
),

oficinas as (
    select * from {{ ref('oficinas') }}
),

instituciones as (
    select * from {{ ref('instituciones') }}
),

pasaportes as (
    select * from {{ ref('int_pasaportes__mensual') }}
),

residencias as (
    select * from {{ ref('int_residencias__mensual') }}
),

nacionalidad as (
    select * from {{ ref('int_nacionalidad__mensual') }}
),

flujo as (
    select * from {{ ref('int_flujo__mensual') }}
),

retornados as (
    select * from {{ ref('int_retornados__mensual') }}
),

derivaciones as (
    select * from {{ ref('int_derivaciones__mensual') }}
),

-- People are not a sum of months (one person referred in two months is one person): counted apart.
derivaciones_personas as (
    select * from {{ ref('int_derivaciones__personas') }}
),

-- Monthly facts mapped to the row code they count in. Passports: a sucursal counts in its own
-- row, every consulate in `consulados`.
hechos as (
    select
        'pasaportes_oficina' as cuadro,
        case when oficina_tipo = 'sucursal' then oficina else 'consulados' end as codigo,
        oficina_tipo = 'sucursal' as es_sucursal,
        mes,
        sexo,
        cantidad
    from pasaportes

    union all

    select 'residencias_calidad' as cuadro, calidad as codigo, false as es_sucursal, mes, sexo, cantidad
    from residencias

    union all

    select 'nacionalidad_tramite' as cuadro, tramite as codigo, false as es_sucursal, mes, sexo, cantidad
    from nacionalidad

    union all

    select 'flujo_direccion' as cuadro, direccion as codigo, false as es_sucursal, mes, sexo, cantidad
    from flujo

    union all

    select 'flujo_via' as cuadro, via as codigo, false as es_sucursal, mes, sexo, cantidad
    from flujo

    union all

    select 'retornados_via' as cuadro, via as codigo, false as es_sucursal, mes, sexo, cantidad
    from retornados

    union all

    select 'derivaciones_institucion' as cuadro, institucion as codigo, false as es_sucursal, mes, sexo, cantidad
    from derivaciones
),

hechos_periodo as (
    select
        hechos.*,
        periodos.periodo
    from hechos
    inner join periodos
        on hechos.mes between periodos.desde and periodos.hasta
),

-- The rows of every table: every code of a closed list; every sucursal of the offices seed plus
-- unknown sucursal codes with data; every institution with data; the summary rows of the seed.
filas_categoria as (
    select
        cuadros.cuadro,
        codigos.codigo,
        codigos.etiqueta as categoria,
        'categoria' as tipo_fila,
        codigos.orden
    from cuadros
    inner join codigos
        on cuadros.lista = codigos.lista

    union all

    select
        'pasaportes_oficina' as cuadro,
        oficinas.codigo,
        oficinas.etiqueta as categoria,
        'categoria' as tipo_fila,
        oficinas.orden
    from oficinas
    where oficinas.oficina_tipo = 'sucursal'
),

filas_con_datos as (
    select distinct
        hechos_periodo.cuadro,
        hechos_periodo.codigo
    from hechos_periodo
    where hechos_periodo.cuadro = 'pasaportes_oficina' and hechos_periodo.es_sucursal
        or hechos_periodo.cuadro = 'derivaciones_institucion'
),

filas_abiertas as (
    select
        filas_con_datos.cuadro,
        filas_con_datos.codigo,
        -- An institution's label is its name as printed in Tabla 23; an unknown code has no
        -- label and is shown as received (it is also listed in calidad.codigos_desconocidos).
        coalesce(instituciones.etiqueta_memoria, instituciones.nombre, filas_con_datos.codigo) as categoria,
        'categoria' as tipo_fila,
        coalesce(instituciones.orden, 800) as orden
    from filas_con_datos
    left join instituciones
        on filas_con_datos.cuadro = 'derivaciones_institucion'
        and filas_con_datos.codigo = instituciones.codigo
    left join filas_categoria
        on filas_con_datos.cuadro = filas_categoria.cuadro
        and filas_con_datos.codigo = filas_categoria.codigo
    where filas_categoria.codigo is null
),

filas as (
    select * from filas_categoria
    union all
    select * from filas_abiertas
    union all
    select cuadro, codigo, categoria, tipo_fila, orden from cuadros_filas
),

-- Sums per table row, period and sex. Summary rows: `total` (every fact of the table),
-- `total_sucursales` (the sucursal facts).
valores as (
    select cuadro, codigo, periodo, sexo, sum(cantidad) as cantidad
    from hechos_periodo
    group by cuadro, codigo, periodo, sexo

    union all

    select cuadro, 'total' as codigo, periodo, sexo, sum(cantidad) as cantidad
    from hechos_periodo
    group by cuadro, periodo, sexo

    union all

    select cuadro, 'total_sucursales' as codigo, periodo, sexo, sum(cantidad) as cantidad
    from hechos_periodo
    where es_sucursal
    group by cuadro, periodo, sexo

    union all

    select 'derivaciones_personas' as cuadro, 'total' as codigo, periodo, sexo, personas as cantidad
    from derivaciones_personas
),

pivotados as (
    select
        cuadro,
        codigo,
        sum(cantidad) filter (where periodo = 'anterior' and sexo = 'M') as m_anterior,
        sum(cantidad) filter (where periodo = 'anterior' and sexo = 'F') as f_anterior,
        sum(cantidad) filter (where periodo = 'anterior') as total_anterior,
        sum(cantidad) filter (where periodo = 'actual' and sexo = 'M') as m_actual,
        sum(cantidad) filter (where periodo = 'actual' and sexo = 'F') as f_actual,
        sum(cantidad) filter (where periodo = 'actual') as total_actual
    from valores
    group by
        cuadro,
        codigo
),

cuadros_completos as (
    select
        filas.cuadro,
        cuadros.titulo,
        cuadros.unidad,
        filas.codigo,
        filas.categoria,
        filas.tipo_fila,
        cast(coalesce(pivotados.m_anterior, 0) as bigint) as m_anterior,
        cast(coalesce(pivotados.f_anterior, 0) as bigint) as f_anterior,
        cast(coalesce(pivotados.total_anterior, 0) as bigint) as total_anterior,
        cast(coalesce(pivotados.m_actual, 0) as bigint) as m_actual,
        cast(coalesce(pivotados.f_actual, 0) as bigint) as f_actual,
        cast(coalesce(pivotados.total_actual, 0) as bigint) as total_actual,
        cuadros.orden as orden_cuadro,
        filas.orden as orden_fila
    from filas
    inner join cuadros
        on filas.cuadro = cuadros.cuadro
    left join pivotados
        on filas.cuadro = pivotados.cuadro
        and filas.codigo = pivotados.codigo
),

con_variacion as (
    select
        cuadro,
        codigo,
        categoria,
        m_anterior,
        f_anterior,
        total_anterior,
        m_actual,
        f_actual,
        total_actual,
        total_actual - total_anterior as variacion,
        {{ porcentaje('total_actual - total_anterior', 'total_anterior') }} as variacion_pct,
        row_number() over (order by orden_cuadro, orden_fila, codigo) as orden,
        titulo,
        unidad,
        tipo_fila
    from cuadros_completos
)

select * from con_variacion
order by orden
