{#- Budget: the fate of every valid line under the contract's keys and corrections. The key is
    fecha + fondo + etapa: a later delivery replaces the month's amount, lines with the same key
    in one delivery add up. See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas=ref('int_presupuesto__validadas'),
    clave=['fecha_normalizada', 'fondo', 'etapa'],
    usa_id=false,
    dimensiones=['fondo', 'etapa']
) }}
