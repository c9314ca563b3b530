{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. Carnés de tránsito vecinal fronterizo emitidos a niñas, niños y adolescentes que habitan en los límites fronterizos (Reglamento, Arts. 134 y 135). -#}
{{ fuente_conteo_filas('carnets') }}
