import { ATENCION } from '../origins.js';
import { closed, country, countSource, integer, sexo } from '../source-declaration.js';

export const retornados = countSource({
  name: 'retornados',
  description: 'Personas salvadoreñas retornadas recibidas por la Gerencia de Atención al Migrante (GAMI).',
  origin: ATENCION,
  counts: 'personas',
  definition: 'Personas retornadas: recepciones de personas salvadoreñas retornadas por vía aérea o terrestre; una persona retornada dos veces en el periodo cuenta dos veces.',
  area: 'atencion_migrante',
  scheduleNote: 'En producción, con el conector postgres de GAMI (ver docs/servicio.md).',
  dimensions: [
    closed('via', 'via_retorno', 'Vía por la que la persona fue retornada: `aerea` o `terrestre`.'),
    sexo(),
    integer('edad', 'Edad en años cumplidos; vacía cuando la fuente no la envió.'),
    country('pais_procedencia', 'País desde el que la persona fue retornada, código ISO 3166-1 alfa-3 (`USA`, `MEX`, …); vacío cuando la fuente no lo envió.'),
  ],
  persona: true,
  title: 'Personas salvadoreñas retornadas por mes',
  measures: [
    {
      key: 'retornados',
      nombre: 'Personas retornadas atendidas',
      unidad: { singular: 'persona retornada atendida', plural: 'personas retornadas atendidas' },
      totalesProtegidos: true,
      cuadro: 'retornados_via',
      memoria: {
        orden: 90,
        titulo: 'Recibir y asistir a connacionales retornados por vía aérea y terrestre',
        grafico: 'mensual',
        tablas: [{ kind: 'cuadro', cuadro: 'retornados_via', encabezado: 'Vía de retorno' }],
      },
    },
  ],
  protection: {
    cells: 'all',
    martDimensions: ['via', 'sexo', 'grupo_edad', 'pais_procedencia'],
    coarse: [
      { name: 'retornados_ruta_mensual', title: 'Personas retornadas por mes, vía y sexo', by: ['via', 'sexo'], time: 'mes' },
      { name: 'retornados_nna_trimestral', title: 'Niñas, niños y adolescentes retornados por trimestre y sexo', by: ['sexo'], time: 'trimestre', where: { grupo_edad: 'nna' } },
    ],
    cuadros: [{ name: 'retornados_via', codeColumn: 'via' }],
  },
  // Returnees by month, route and sex (the grid the disclosure control keeps readable); age group by quarter is in `gruesas`.
  cube: { dataset: 'retornados_ruta_mensual', dims: ['mes', 'via', 'sexo'] },
});
