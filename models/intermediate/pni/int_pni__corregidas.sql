{#- PNI tracker: the fate of every valid line under the contract's keys and corrections. The key is
    indicador + anio + institucion (absent institution = empty): a later delivery replaces the
    value, lines with the same key in one delivery add up. See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas=ref('int_pni__validadas'),
    clave=['indicador', 'anio', 'institucion'],
    usa_id=false,
    dimensiones=['indicador', 'anio', 'institucion']
) }}
