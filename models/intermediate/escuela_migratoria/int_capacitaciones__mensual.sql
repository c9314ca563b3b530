{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. Las líneas vigentes, sumadas por mes. -#}
{{ fuente_conteo_mensual('capacitaciones') }}
