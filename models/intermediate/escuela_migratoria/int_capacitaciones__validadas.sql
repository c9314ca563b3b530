{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. Cada línea entregada, validada contra el contrato. -#}
{{ fuente_conteo_validadas('capacitaciones') }}
