/**
 * The "Fuente:" line under every table and chart, written from the landing contract's declaration
 * of who sends each source, so a table and its dashboard twin name the same origin.
 */
import { findSource } from '../../pipelines/contract/landing-sources.js';

/** The institution every operational source belongs to. */
const INSTITUTION = 'DGME';

/** Editorial tables (projects, coordination, difficulties) are compiled by the Unidad de Planificación. */
export const EDITORIAL_SOURCE = `Fuente: ${INSTITUTION}, Unidad de Planificación y Desarrollo Institucional, con información de las unidades ejecutoras.`;

/** Returns the origin of one source (`DGME, Dirección de Extranjería, registro de extranjeros`). */
export function sourceOrigin(name: string): string {
  const source = findSource(name);
  if (!source) throw new Error(`Fuente desconocida para la línea «Fuente:»: ${name}`);
  const { unidad, sistema } = source.origin;
  return source.name === 'pni' ? `${unidad} (${sistema})` : `${INSTITUTION}, ${unidad}${sistema ? `, ${sistema}` : ''}`;
}

/** Returns the "Fuente:" line of a table or chart drawn from the given landing sources (each named once). */
export function sourceLine(...names: string[]): string {
  const origins = [...new Set(names.map(sourceOrigin))];
  return `Fuente: ${origins.join('; ')}.`;
}
