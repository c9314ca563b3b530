{#- Passports issued by the sucursales and the consulates: the fate of every valid line under the
    contract's keys and corrections (later deliveries replace earlier rows with the same key,
    repeated ids within a delivery are quarantined, a month never counts both by day and by month).
    See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas=ref('int_pasaportes__validadas'),
    clave=['fecha_normalizada', 'oficina_tipo', 'oficina', 'sexo', 'tramite', 'canal'],
    usa_id=true,
    dimensiones=['oficina_tipo', 'oficina', 'sexo', 'tramite', 'canal'],
    cambio_granularidad=true
) }}
