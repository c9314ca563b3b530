{#- POA targets: the fate of every valid line under the contract's key anio + mes + medida + the
    dimension values (`filtro`): a later delivery replaces the target (a 0 included), lines with
    the same key in one delivery add up. Template lines left empty (`omitida`) take no part: an
    empty cell is not a correction. A target has no day-or-month granularity: the resolver's
    `granularidad` is constant. See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas='(select * exclude (omitida, motivo_omision), \'meta\' as granularidad from ' ~ ref('int_metas__validadas') ~ ' where not omitida)',
    clave=['anio', 'mes', 'medida', 'filtro'],
    usa_id=false,
    dimensiones=['anio', 'mes', 'medida', 'filtro']
) }}
