import { EXTRANJERIA } from '../origins.js';
import { closed, country, countSource, sexo } from '../source-declaration.js';

export const carnets = countSource({
  name: 'carnets',
  description: 'Carnés de tránsito vecinal fronterizo emitidos a niñas, niños y adolescentes que habitan en los límites fronterizos (Reglamento, Arts. 134 y 135).',
  origin: EXTRANJERIA,
  counts: 'documentos',
  definition:
    'Carnés de tránsito vecinal fronterizo: documentos emitidos (primera vez, renovación o reposición). ' +
    'Las niñas, niños y adolescentes documentados por primera vez son los carnés de primera vez: una renovación o una reposición documenta de nuevo a la misma persona.',
  area: 'extranjeria',
  models: 'generated',
  dimensions: [
    closed('tipo', 'tipo_carnet', 'Trámite del carné: `primera_vez`, `renovacion` o `reposicion`.'),
    sexo(),
    country('nacionalidad', 'Nacionalidad de la niña, niño o adolescente, código ISO 3166-1 alfa-3 (`GTM`, `HND`, …); vacía cuando la fuente no la envió.'),
  ],
  title: 'Carnés de tránsito vecinal fronterizo emitidos por mes',
  measures: [
    {
      key: 'carnets',
      nombre: 'Carnés de tránsito vecinal fronterizo',
      totalesProtegidos: true,
      unidad: { singular: 'carné de tránsito vecinal emitido', plural: 'carnés de tránsito vecinal emitidos' },
    },
    {
      // A first card documents a child who had none: it counts children, where renewals and replacements do not.
      key: 'carnets_primera_vez',
      partOf: 'carnets',
      filtro: { tipo: 'primera_vez' },
      counts: 'personas',
      totalesProtegidos: true,
      nombre: 'Niñas, niños y adolescentes documentados por primera vez',
      unidad: { singular: 'niña, niño o adolescente documentado por primera vez', plural: 'niñas, niños y adolescentes documentados por primera vez' },
    },
  ],
  // Part of the foreigners' register: a figure by nationality is confidential (Reglamento, Art. 208);
  // the totals the reports print are published whole in medidas_protegidas_*.
  protection: {
    cells: { naming: 'nacionalidad' },
    mergeRare: 'nacionalidad',
    coarse: [{ name: 'carnets_tipo_mensual', title: 'Carnés de tránsito vecinal fronterizo por mes, trámite y sexo', by: ['tipo', 'sexo'], time: 'mes' }],
  },
  // Its grid without nationality is published whole: the pages show it.
  cube: { dataset: 'carnets_tipo_mensual', dims: ['mes', 'tipo', 'sexo'] },
});
