import { MEASURES, type MeasureKey } from '../../reports/memoria/service-measures.js';
import type { HeadlineMeasure } from '../data/site-data.js';

/**
 * The Resumen's figures: the Memoria's measures (reports/memoria/service-measures.ts, whose keys the
 * edition's targets use), each as a cube of the site and the codes that count (the same rows as the
 * measure's SQL `where`).
 */
const HEADLINES: readonly { readonly clave: MeasureKey; readonly cubo: string; readonly filtro?: Record<string, string[]>; readonly cuadro?: string }[] = [
  { clave: 'pasaportes', cubo: 'pasaportes', cuadro: 'pasaportes_oficina' },
  { clave: 'residencias', cubo: 'medidas_protegidas', filtro: { medida: ['residencias'] }, cuadro: 'residencias_calidad' },
  { clave: 'visas', cubo: 'visas' },
  { clave: 'nacionalidad', cubo: 'nacionalidad', cuadro: 'nacionalidad_tramite' },
  { clave: 'certificaciones', cubo: 'certificaciones', filtro: { tipo: ['certificacion_movimientos'] } },
  { clave: 'constancias', cubo: 'certificaciones', filtro: { tipo: ['constancia_no_restriccion'] } },
  { clave: 'flujo', cubo: 'flujo', cuadro: 'flujo_direccion' },
  { clave: 'prechequeo_terrestre', cubo: 'prechequeo', filtro: { tipo: ['prechequeo_terrestre'] } },
  { clave: 'control_movil', cubo: 'prechequeo', filtro: { tipo: ['control_movil'] } },
  // Protected populations: the monthly totals the reports print (medidas_protegidas_mensual), whole.
  { clave: 'autorizaciones_nna', cubo: 'medidas_protegidas', filtro: { medida: ['autorizaciones_nna'] } },
  { clave: 'retornados', cubo: 'medidas_protegidas', filtro: { medida: ['retornados'] }, cuadro: 'retornados_via' },
  { clave: 'resguardos', cubo: 'medidas_protegidas', filtro: { medida: ['resguardos'] } },
  { clave: 'derivaciones', cubo: 'medidas_protegidas', filtro: { medida: ['derivaciones'] }, cuadro: 'derivaciones_institucion' },
];

/** Returns the Resumen's measures whose cube the site has, with their Spanish names. */
export function headlineMeasures(cubes: ReadonlySet<string>): HeadlineMeasure[] {
  return HEADLINES.filter((headline) => cubes.has(headline.cubo)).map((headline) => ({ ...headline, nombre: MEASURES[headline.clave].nombre }));
}
