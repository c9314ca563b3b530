{#- Procurement: the fate of every valid line under the contract's keys and corrections. The key
    is the process `id`: a later delivery replaces the process (its state, amount, …), a repeated
    id within one delivery is quarantined. See macros/entregas/resolver_entregas.sql. -#}
{{ resolver_entregas(
    validadas=ref('int_compras__validadas'),
    clave=[],
    usa_id=true,
    dimensiones=['metodo', 'rubro', 'estado_proceso']
) }}
