import { MECANISMO } from '../origins.js';
import { tableSource } from '../source-declaration.js';

export const pni = tableSource({
  name: 'pni',
  kind: 'record',
  description: 'Avances anuales de los indicadores del PNI que reportan las instituciones del Mecanismo.',
  origin: MECANISMO,
  columns: ['indicador', 'anio', 'valor', 'institucion?', 'fuente?', 'fecha?'],
  openColumns: ['institucion'],
  cron: '0 7 * * 1',
  scheduleNote: 'Avances del PNI: los lunes a las 07:00; en producción, con el conector http (ver docs/servicio.md).',
});
