import { measures } from '../../pipelines/contract/landing-sources.js';
import type { HeadlineMeasure } from '../data/site-data.js';

/**
 * The Resumen's figures: every measure the source declarations define (pipelines/contract/sources/;
 * the edition's targets use the same keys), each as a cube of the site and the codes that count
 * (the same rows as the measure's SQL `where`). A measure whose totals are published whole after
 * disclosure control reads them from `medidas_protegidas`; the others from their source's cube.
 */
const HEADLINES = measures
  .filter((measure) => !measure.partOf)
  .map((measure) => ({
    clave: measure.key,
    ...(measure.totalesProtegidos
      ? { cubo: 'medidas_protegidas', filtro: { medida: [measure.key] } }
      : { cubo: measure.source.name, ...(measure.filtro ? { filtro: Object.fromEntries(Object.entries(measure.filtro).map(([column, code]) => [column, [code]])) } : {}) }),
    ...(measure.cuadro ? { cuadro: measure.cuadro } : {}),
    nombre: measure.nombre,
  }));

/** Returns the Resumen's measures whose cube the site has, with their Spanish names. */
export function headlineMeasures(cubes: ReadonlySet<string>): HeadlineMeasure[] {
  return HEADLINES.filter((headline) => cubes.has(headline.cubo));
}
