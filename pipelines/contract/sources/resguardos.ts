import { ATENCION } from '../origins.js';
import { country, countSource, sexo } from '../source-declaration.js';

export const resguardos = countSource({
  name: 'resguardos',
  description: 'Personas extranjeras en situación migratoria irregular recibidas y resguardadas en el CAIPEM.',
  origin: ATENCION,
  counts: 'personas',
  definition: 'Personas resguardadas: personas extranjeras recibidas en el CAIPEM.',
  area: 'atencion_migrante',
  dimensions: [country('nacionalidad', 'Nacionalidad de la persona, código ISO 3166-1 alfa-3 (`GTM`, `HND`, `NIC`, …).', true), sexo()],
  title: 'Personas extranjeras resguardadas en el CAIPEM por mes',
  measures: [
    {
      key: 'resguardos',
      nombre: 'Personas extranjeras resguardadas',
      unidad: { singular: 'persona extranjera resguardada', plural: 'personas extranjeras resguardadas' },
      totalesProtegidos: true,
      // Protected: only the period totals by sex are printed, never by nationality.
      memoria: {
        orden: 100,
        titulo: 'Recibir y resguardar en el CAIPEM a personas extranjeras en situación migratoria irregular',
        grafico: 'mensual',
        tablas: [{ kind: 'mart', id: 'resguardos', titulo: 'Personas extranjeras resguardadas en el CAIPEM', medida: 'resguardos', encabezado: 'Servicio' }],
      },
    },
  ],
  protection: {
    cells: 'all',
    derived: { region: { from: 'nacionalidad', table: 'paises', column: 'region' } },
    coarse: [{ name: 'resguardos_region_anual', title: 'Personas extranjeras resguardadas por año y región de origen', by: ['region'], time: 'anio' }],
  },
});
