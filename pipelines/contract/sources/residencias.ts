import { EXTRANJERIA } from '../origins.js';
import { closed, country, countSource, sexo } from '../source-declaration.js';

export const residencias = countSource({
  name: 'residencias',
  description: 'Resoluciones de residencia (calidades migratorias) otorgadas a personas extranjeras por la Gerencia de Extranjería.',
  origin: EXTRANJERIA,
  counts: 'resoluciones',
  definition: 'Resoluciones de residencia: resoluciones emitidas por calidad migratoria (otorgamientos, refrendas y prórrogas), no personas residentes.',
  area: 'extranjeria',
  dimensions: [
    closed(
      'calidad',
      'calidad',
      'Calidad migratoria otorgada: `residencia_definitiva`, `refrenda_residencia_definitiva`, `residencia_temporal`, `prorroga_residencia_temporal`, `residencia_transitoria` o `prorroga_residencia_transitoria`.',
    ),
    sexo(),
    country('nacionalidad', 'Nacionalidad de la persona, código ISO 3166-1 alfa-3 (`SLV`, `GTM`, `HND`, …); vacía cuando la fuente no la envió.'),
  ],
  title: 'Resoluciones de residencia por mes',
  measures: [
    {
      key: 'residencias',
      nombre: 'Resoluciones de residencia',
      unidad: { singular: 'resolución de residencia', plural: 'resoluciones de residencia' },
      totalesProtegidos: true,
      cuadro: 'residencias_calidad',
      memoria: { orden: 20, titulo: 'Elaborar resoluciones de residencia', grafico: 'comparacion', tablas: [{ kind: 'cuadro', cuadro: 'residencias_calidad', encabezado: 'Calidad migratoria' }] },
    },
  ],
  // The register by nationality is confidential (Reglamento, Art. 208); its grid without nationality is published whole.
  protection: {
    cells: { naming: 'nacionalidad' },
    mergeRare: 'nacionalidad',
    coarse: [{ name: 'residencias_calidad_mensual', title: 'Resoluciones de residencia por mes, calidad y sexo', by: ['calidad', 'sexo'], time: 'mes' }],
    cuadros: [{ name: 'residencias_calidad', codeColumn: 'calidad' }],
  },
  cube: { dataset: 'residencias_calidad_mensual', dims: ['mes', 'calidad', 'sexo'] },
});
