{#- PNI tracker: the fate of every valid line under the contract's keys and corrections. The key is
    indicador + anio + institucion (absent institution = empty): a later delivery replaces the
    value, lines with the same key in one delivery add up. Template lines left empty (`omitida`)
    take no part: an empty cell is not a correction. See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas='(select * exclude (omitida, motivo_omision) from ' ~ ref('int_pni__validadas') ~ ' where not omitida)',
    clave=['indicador', 'anio', 'institucion'],
    usa_id=false,
    dimensiones=['indicador', 'anio', 'institucion']
) }}
