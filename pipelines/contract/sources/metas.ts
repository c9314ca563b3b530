import { PLANIFICACION } from '../origins.js';
import { tableSource } from '../source-declaration.js';

/**
 * The operating plan's physical targets (POA): how many of a count source's records a unit plans
 * for a month, or for a year when `mes` is empty. The dimension columns that restrict a target
 * (`oficina`, `tramite`, …) are the measured source's own, so they vary by row: they arrive among
 * the delivery's extra columns and models/intermediate/metas/ checks them against the source.
 */
export const metas = tableSource({
  name: 'metas',
  kind: 'record',
  description: 'Metas físicas del plan operativo anual (POA): lo que una unidad programa contar de una fuente en un mes o en un año.',
  origin: PLANIFICACION,
  columns: ['anio', 'mes?', 'medida', 'programado', 'unidad?'],
  cron: '0 7 1 * *',
  scheduleNote: 'Metas del POA: el día 1 de cada mes a las 07:00 (las unidades envían su plantilla al inicio del año y cuando la reprograman).',
});
