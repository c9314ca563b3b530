import { CONTROL } from '../origins.js';
import { closed, country, countSource, open, sexo } from '../source-declaration.js';

export const flujo = countSource({
  name: 'flujo',
  description: 'Flujo migratorio: entradas y salidas de personas nacionales y extranjeras registradas en los puestos migratorios.',
  origin: CONTROL,
  counts: 'movimientos',
  definition: 'Flujo migratorio: movimientos (entradas y salidas) registrados en los puestos habilitados; una persona que cruza dos veces cuenta dos. No es población beneficiada.',
  area: 'control_migratorio',
  scheduleNote: 'Flujo migratorio (entradas y salidas): cada día a las 05:30, con las demás fuentes de conteo.',
  dimensions: [
    closed('direccion', 'direccion', 'Dirección del movimiento: `entrada` al país o `salida` del país.'),
    closed('via', 'via_flujo', 'Vía del movimiento: `aerea`, `terrestre` o `maritima`.'),
    open('puesto', 'Código del puesto migratorio (`aies_soarg` = Aeropuerto Internacional San Óscar Arnulfo Romero y Galdámez, `la_hachadura`, `el_amatillo`, …).', {
      seed: 'puestos_fronterizos',
      labels: 'puesto',
    }),
    sexo(),
    country('nacionalidad', 'Nacionalidad de la persona, código ISO 3166-1 alfa-3 (`SLV`, `GTM`, `HND`, …); vacía cuando la fuente no la envió.'),
  ],
  title: 'Movimientos migratorios (entradas y salidas, no personas) por mes',
  measures: [
    {
      key: 'flujo',
      nombre: 'Flujo migratorio (entradas y salidas)',
      unidad: { singular: 'registro de entrada o salida', plural: 'registros de entradas y salidas' },
      cuadro: 'flujo_direccion',
      memoria: {
        orden: 70,
        titulo: 'Ejercer el control migratorio de entradas y salidas en los puestos migratorios habilitados',
        grafico: 'mensual',
        tablas: [
          { kind: 'cuadro', cuadro: 'flujo_direccion', encabezado: 'Flujo migratorio' },
          { kind: 'cuadro', cuadro: 'flujo_via', encabezado: 'Vía' },
        ],
      },
    },
  ],
  // The post implies the vía (puestos_fronterizos), so the vía is not kept.
  cube: { dims: ['mes', 'direccion', 'puesto', 'sexo'] },
});
