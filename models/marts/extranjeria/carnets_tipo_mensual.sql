{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. Carnés de tránsito vecinal fronterizo por mes, trámite y sexo, publicada completa. -#}
{{ fuente_conteo_gruesa('carnets', 'carnets_tipo_mensual') }}
