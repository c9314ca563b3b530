import { COMPRAS } from '../origins.js';
import { tableSource } from '../source-declaration.js';

export const compras = tableSource({
  name: 'compras',
  kind: 'record',
  description: 'Procesos de compra de la DGME: método de adquisición, rubro, estado y monto de cada proceso.',
  origin: COMPRAS,
  columns: ['id', 'fecha', 'metodo', 'rubro', 'estado', 'monto'],
  cron: '0 6 * * 1-5',
});
