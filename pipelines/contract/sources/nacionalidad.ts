import { EXTRANJERIA } from '../origins.js';
import { closed, countSource, sexo } from '../source-declaration.js';

export const nacionalidad = countSource({
  name: 'nacionalidad',
  description: 'Resoluciones de recuperación, renuncia, nacionalización y naturalización de la calidad de salvadoreño.',
  origin: EXTRANJERIA,
  counts: 'resoluciones',
  definition: 'Nacionalidad: resoluciones de recuperación, renuncia, nacionalización y naturalización.',
  area: 'extranjeria',
  dimensions: [closed('tramite', 'tramite_nacionalidad', 'Trámite: `recuperacion`, `renuncia`, `nacionalizacion` o `naturalizacion` de la calidad de salvadoreño.'), sexo()],
  title: 'Resoluciones de nacionalidad por mes',
  measures: [
    {
      key: 'nacionalidad',
      nombre: 'Resoluciones de nacionalidad',
      unidad: { singular: 'resolución de nacionalidad', plural: 'resoluciones de nacionalidad' },
      cuadro: 'nacionalidad_tramite',
      memoria: {
        orden: 40,
        titulo: 'Elaborar resoluciones de renuncias, recuperaciones, naturalizaciones y nacionalizaciones de la calidad de salvadoreño',
        grafico: 'comparacion',
        tablas: [{ kind: 'cuadro', cuadro: 'nacionalidad_tramite', encabezado: 'Trámite' }],
      },
    },
  ],
  cube: { dims: ['mes', 'tramite', 'sexo'] },
});
