import { CONTROL } from '../origins.js';
import { closed, countSource, open, sexo } from '../source-declaration.js';

export const prechequeo = countSource({
  name: 'prechequeo',
  description: 'Prechequeos terrestres, revisiones de autorizaciones de salida de niñas, niños y adolescentes, y controles migratorios móviles.',
  origin: CONTROL,
  counts: 'tramites',
  definition: 'Prechequeo, control móvil y autorizaciones de salida de niñas, niños y adolescentes: trámites y revisiones registrados.',
  area: 'control_migratorio',
  dimensions: [
    closed(
      'tipo',
      'tipo_prechequeo',
      'Tipo de control: `prechequeo_terrestre`, `autorizacion_salida_nna` (autorizaciones de salida de niñas, niños y adolescentes) o `control_movil` (control migratorio móvil con la PNC).',
    ),
    open('puesto', 'Código del puesto migratorio (`la_hachadura`, `el_amatillo`, …); vacío cuando la fuente no lo envió.', { seed: 'puestos_fronterizos', labels: 'puesto' }, false),
    sexo(false),
  ],
  title: 'Prechequeo, autorizaciones de salida de NNA y control móvil por mes',
  measures: [
    {
      key: 'prechequeo_terrestre',
      filtro: { tipo: 'prechequeo_terrestre' },
      nombre: 'Prechequeo terrestre',
      unidad: { singular: 'persona prechequeada', plural: 'personas prechequeadas' },
      memoria: {
        orden: 80,
        codigo: 'prechequeo',
        titulo: 'Realizar prechequeo de personas que viajan fuera de El Salvador por vía terrestre',
        grafico: 'mensual',
        tablas: [
          {
            kind: 'mart',
            id: 'prechequeo_puesto',
            titulo: 'Prechequeo terrestre por puesto fronterizo',
            medida: 'prechequeo_terrestre',
            encabezado: 'Puesto fronterizo',
            categoria: { columna: 'puesto', puestos: true },
          },
        ],
      },
    },
    {
      key: 'control_movil',
      filtro: { tipo: 'control_movil' },
      nombre: 'Control migratorio móvil',
      unidad: { singular: 'control migratorio móvil', plural: 'controles migratorios móviles' },
      memoria: {
        orden: 110,
        titulo: 'Realizar control migratorio móvil en coordinación con la Policía Nacional Civil (PNC)',
        grafico: 'mensual',
        tablas: [{ kind: 'mart', id: 'control_movil', titulo: 'Control migratorio móvil en puntos no habilitados', medida: 'control_movil', encabezado: 'Servicio' }],
      },
    },
    {
      key: 'autorizaciones_nna',
      filtro: { tipo: 'autorizacion_salida_nna' },
      nombre: 'Autorizaciones de salida de NNA',
      totalesProtegidos: true,
      unidad: { singular: 'autorización de salida de niñas, niños y adolescentes revisada', plural: 'autorizaciones de salida de niñas, niños y adolescentes revisadas' },
      // Protected: only the period totals are printed.
      memoria: {
        orden: 120,
        titulo: 'Revisar autorizaciones de salida de niñas, niños y adolescentes',
        grafico: 'mensual',
        tablas: [{ kind: 'mart', id: 'autorizaciones_nna', titulo: 'Autorizaciones de salida de niñas, niños y adolescentes revisadas', medida: 'autorizaciones_nna', encabezado: 'Servicio' }],
      },
    },
  ],
  protection: { cells: { where: { tipo: 'autorizacion_salida_nna' } } },
  cube: { dims: ['mes', 'tipo', 'puesto', 'sexo'] },
});
