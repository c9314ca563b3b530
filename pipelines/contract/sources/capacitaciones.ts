import { ESCUELA } from '../origins.js';
import { countSource, open, sexo } from '../source-declaration.js';

export const capacitaciones = countSource({
  name: 'capacitaciones',
  description: 'Participantes en los cursos de la Escuela Migratoria, del personal de la DGME y de otras instituciones.',
  origin: ESCUELA,
  counts: 'participaciones',
  definition:
    'Capacitaciones: cada participación de una persona en un curso de la Escuela Migratoria cuenta una vez. ' +
    'Las personas capacitadas (indicadores del PNI) son personas distintas según la clave anónima de persona; una persona en tres cursos es una persona y tres participaciones.',
  area: 'escuela_migratoria',
  models: 'generated',
  dimensions: [
    open('curso', 'Curso, por su código (`curso_basico_trata`, `migracion_cambio_climatico`, …).', { seed: 'cursos', labels: 'curso' }),
    open('institucion', 'Institución de la persona participante, por su sigla en minúsculas (`dgme`, `pnc`, `mrree`, …).', { seed: 'instituciones', labels: 'institucion' }),
    sexo(),
  ],
  persona: true,
  title: 'Participantes en los cursos de la Escuela Migratoria por mes',
  measures: [{ key: 'capacitaciones', nombre: 'Participantes en capacitaciones', unidad: { singular: 'participación en un curso', plural: 'participaciones en cursos' } }],
  cube: { dims: ['mes', 'curso', 'institucion', 'sexo'] },
});
