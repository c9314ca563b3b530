/**
 * The services the Memoria reports («Servicios prestados a la población»), in its order: every
 * measure whose source declaration (pipelines/contract/sources/) gives it a place in the Memoria,
 * with its comparison tables and its chart. Titles are the defaults; an edition folder may retitle
 * a service and adds its objective and responsible unit.
 */
import { measures, type CuadroTable, type MartTable, type MemoriaService } from '../../pipelines/contract/landing-sources.js';
import type { MeasureKey } from './service-measures.js';

/** A comparison table from `cuadros_memoria` (protected for small cells). */
export type CuadroSource = CuadroTable;

/** A comparison table computed from a monthly mart: one row per category (or one row), both periods. */
export type MartSource = MartTable;

export type ComparisonSource = CuadroSource | MartSource;

export interface ServiceDefinition extends Omit<MemoriaService, 'orden' | 'codigo'> {
  /** Key of the service in an edition folder's `servicios.yml`. */
  readonly codigo: string;
  readonly medida: MeasureKey;
}

/** The services of Servicios prestados a la población, in the Memoria's order. */
export const SERVICES: readonly ServiceDefinition[] = measures
  .flatMap((measure) => (measure.memoria ? [{ measure, service: measure.memoria }] : []))
  .sort((a, b) => a.service.orden - b.service.orden)
  .map(({ measure, service: { orden: _orden, codigo, ...service } }) => ({ ...service, codigo: codigo ?? measure.key, medida: measure.key }));
