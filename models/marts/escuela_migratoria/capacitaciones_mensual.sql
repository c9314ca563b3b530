{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. Serie mensual publicada. -#}
{{ fuente_conteo_publicada('capacitaciones') }}
