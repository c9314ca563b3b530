{#- Returned Salvadorans received by the GAMI: the fate of every valid line under the contract's
    keys and corrections (later deliveries replace earlier rows with the same key, repeated ids
    within a delivery are quarantined, a month never counts both by day and by month). See
    macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas=ref('int_retornados__validadas'),
    clave=['fecha_normalizada', 'via', 'sexo', 'edad', 'pais_procedencia'],
    usa_id=true,
    dimensiones=['via', 'sexo', 'edad', 'pais_procedencia'],
    cambio_granularidad=true
) }}
