{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. Participantes en los cursos de la Escuela Migratoria, del personal de la DGME y de otras instituciones. -#}
{{ fuente_conteo_filas('capacitaciones') }}
