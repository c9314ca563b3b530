import { CONTROL } from '../origins.js';
import { closed, countSource, sexo } from '../source-declaration.js';

export const certificaciones = countSource({
  name: 'certificaciones',
  description: 'Certificaciones de movimiento migratorio y constancias de no restricción emitidas.',
  origin: CONTROL,
  counts: 'documentos',
  definition: 'Certificaciones y constancias: documentos emitidos a solicitud de parte.',
  area: 'control_migratorio',
  dimensions: [
    closed(
      'tipo',
      'tipo_certificacion',
      'Documento emitido: `certificacion_movimientos` (certificación de movimientos migratorios) o `constancia_no_restriccion` (constancia de no restricción migratoria).',
    ),
    sexo(false),
  ],
  title: 'Certificaciones y constancias emitidas por mes',
  measures: [
    {
      key: 'certificaciones',
      filtro: { tipo: 'certificacion_movimientos' },
      nombre: 'Certificaciones de movimiento migratorio',
      unidad: { singular: 'certificación de movimiento migratorio emitida', plural: 'certificaciones de movimiento migratorio emitidas' },
      memoria: {
        orden: 50,
        titulo: 'Emitir certificaciones de movimiento migratorio (trámite particular)',
        grafico: 'mensual',
        tablas: [{ kind: 'mart', id: 'certificaciones', titulo: 'Certificaciones de movimiento migratorio', medida: 'certificaciones', encabezado: 'Servicio' }],
      },
    },
    {
      key: 'constancias',
      filtro: { tipo: 'constancia_no_restriccion' },
      nombre: 'Constancias de no restricción',
      unidad: { singular: 'constancia de no restricción emitida', plural: 'constancias de no restricción emitidas' },
      memoria: {
        orden: 60,
        titulo: 'Emitir constancias de no restricción',
        grafico: 'mensual',
        tablas: [{ kind: 'mart', id: 'constancias', titulo: 'Constancias de no restricción', medida: 'constancias', encabezado: 'Servicio' }],
      },
    },
  ],
  cube: { dims: ['mes', 'tipo', 'sexo'] },
});
