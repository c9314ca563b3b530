import { FINANCIERA } from '../origins.js';
import { tableSource } from '../source-declaration.js';

export const presupuesto = tableSource({
  name: 'presupuesto',
  kind: 'amount',
  description: 'Presupuesto mensual de la DGME por fondo (FAE, GOES) y etapa (aprobado, modificado, comprometido, devengado).',
  origin: FINANCIERA,
  columns: ['fecha', 'fondo', 'etapa', 'monto'],
  cron: '0 6 * * 1-5',
  scheduleNote: 'Presupuesto FAE y GOES: días hábiles a las 06:00.',
});
