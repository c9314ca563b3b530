{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano. El destino de cada línea válida según las claves y correcciones del contrato. -#}
{{ fuente_conteo_corregidas('carnets') }}
