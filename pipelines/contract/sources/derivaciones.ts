import { ATENCION } from '../origins.js';
import { countSource, open, sexo } from '../source-declaration.js';

export const derivaciones = countSource({
  name: 'derivaciones',
  description: 'Personas salvadoreñas retornadas derivadas por la GAMI a otras instituciones de apoyo.',
  origin: ATENCION,
  counts: 'derivaciones',
  definition:
    'Derivaciones: cada derivación de una persona retornada a una institución de apoyo cuenta una vez (Tabla de derivaciones por institución). ' +
    'Personas derivadas: personas distintas según la clave anónima de persona que envía el sistema; una persona derivada a tres instituciones es una persona y tres derivaciones. Un registro sin clave cuenta como una persona propia.',
  area: 'atencion_migrante',
  dimensions: [
    open('institucion', 'Institución a la que se derivó a la persona, por su sigla en minúsculas (`minsal`, `pnc`, `conapina`, `pgr`, …).', { seed: 'instituciones', labels: 'institucion' }),
    sexo(),
  ],
  persona: true,
  title: 'Derivaciones de personas retornadas a otras instituciones por mes',
  measures: [
    {
      key: 'derivaciones',
      nombre: 'Derivaciones a instituciones de apoyo',
      unidad: { singular: 'derivación a instituciones de apoyo', plural: 'derivaciones a instituciones de apoyo' },
      totalesProtegidos: true,
      cuadro: 'derivaciones_institucion',
      memoria: {
        orden: 130,
        titulo: 'Derivar a personas salvadoreñas retornadas hacia las instituciones de apoyo',
        grafico: 'comparacion',
        personas: 'derivaciones_personas',
        tablas: [
          {
            kind: 'cuadro',
            cuadro: 'derivaciones_personas',
            encabezado: 'Personas',
            nota: 'Personas distintas derivadas en cada periodo, según la clave anónima de persona que envía el sistema; una persona derivada a varias instituciones cuenta una vez.',
          },
          {
            kind: 'cuadro',
            cuadro: 'derivaciones_institucion',
            encabezado: 'Institución',
            nota: 'Cada fila cuenta derivaciones, no personas: una persona derivada a tres instituciones cuenta tres veces; las personas distintas están en la tabla anterior.',
          },
        ],
      },
    },
  ],
  protection: {
    cells: 'all',
    coarse: [{ name: 'derivaciones_institucion_trimestral', title: 'Derivaciones por trimestre e institución', by: ['institucion'], time: 'trimestre' }],
    cuadros: [{ name: 'derivaciones_institucion', codeColumn: 'institucion' }],
  },
  cube: { dims: ['mes', 'institucion', 'sexo'] },
});
