{#- Land pre-checks, exit authorisations of minors and mobile controls: the fate of every valid line
    under the contract's keys and corrections (later deliveries replace earlier rows with the same
    key, repeated ids within a delivery are quarantined, a month never counts both by day and by
    month). See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas=ref('int_prechequeo__validadas'),
    clave=['fecha_normalizada', 'tipo', 'puesto', 'sexo'],
    usa_id=true,
    dimensiones=['tipo', 'puesto', 'sexo'],
    cambio_granularidad=true
) }}
