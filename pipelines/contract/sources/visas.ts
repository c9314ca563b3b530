import { EXTRANJERIA } from '../origins.js';
import { closed, country, countSource, sexo } from '../source-declaration.js';

export const visas = countSource({
  name: 'visas',
  description: 'Trámites del Departamento de Visas y Prórrogas: visas, prórrogas de permanencia y avales de Permisos Especiales de Ingreso (PEI) en línea.',
  origin: EXTRANJERIA,
  counts: 'tramites',
  definition: 'Visas y prórrogas: trámites resueltos (visas, prórrogas de permanencia y avales de Permisos Especiales de Ingreso en línea).',
  area: 'extranjeria',
  dimensions: [
    closed('tramite', 'tramite_visa', 'Trámite: `visa`, `prorroga` (prórroga de permanencia) o `aval_pei` (aval de un Permiso Especial de Ingreso en línea).'),
    sexo(false),
    country('nacionalidad', 'Nacionalidad de la persona, código ISO 3166-1 alfa-3 (`SLV`, `GTM`, `HND`, …); vacía cuando la fuente no la envió.'),
  ],
  title: 'Visas, prórrogas y avales PEI por mes',
  measures: [
    {
      key: 'visas',
      nombre: 'Visas, prórrogas y avales PEI',
      unidad: { singular: 'trámite de visas y prórrogas resuelto', plural: 'trámites de visas y prórrogas resueltos' },
      memoria: {
        orden: 30,
        titulo: 'Elaborar resoluciones de los trámites de visas y prórrogas',
        grafico: 'comparacion',
        tablas: [{ kind: 'mart', id: 'visas_tramite', titulo: 'Trámites de visas y prórrogas', medida: 'visas', encabezado: 'Trámite', categoria: { columna: 'tramite', lista: 'tramite_visa' } }],
      },
    },
  ],
  protection: { cells: { naming: 'nacionalidad' }, mergeRare: 'nacionalidad' },
  cube: { dims: ['mes', 'tramite', 'sexo'] },
});
