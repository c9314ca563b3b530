{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. Personas distintas por ventana, grupo y sexo. -#}
{{ fuente_conteo_personas('capacitaciones') }}
