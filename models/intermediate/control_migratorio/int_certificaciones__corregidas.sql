{#- Migration-record certifications and no-restriction certificates: the fate of every valid line
    under the contract's keys and corrections (later deliveries replace earlier rows with the same
    key, repeated ids within a delivery are quarantined, a month never counts both by day and by
    month). See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas=ref('int_certificaciones__validadas'),
    clave=['fecha_normalizada', 'tipo', 'sexo'],
    usa_id=true,
    dimensiones=['tipo', 'sexo'],
    cambio_granularidad=true
) }}
