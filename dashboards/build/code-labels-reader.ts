import { countSources } from '../../pipelines/contract/landing-sources.js';
import type { CodeLabel } from '../data/site-data.js';
import type { PublishedData } from './published-data-reader.js';

const byOrder = (a: Record<string, string>, b: Record<string, string>) => Number(a.orden) - Number(b.orden) || a.codigo.localeCompare(b.codigo);

/**
 * Returns the Spanish labels of every code the pages show, by list: the lists of `codigos`
 * (`calidad`, `via_flujo`, ...) plus `oficina` (grouped by sucursal / consulado), `puesto` (grouped
 * by vía), `institucion`, `pais` and the other open lists the sources declare (`curso`), each in
 * the seeds' display order.
 */
export async function readCodeLabels(data: PublishedData): Promise<Record<string, CodeLabel[]>> {
  const labels: Record<string, CodeLabel[]> = {};
  for (const row of (await data.reference('codigos')).sort(byOrder)) {
    (labels[row.lista] ??= []).push({ codigo: row.codigo, etiqueta: row.etiqueta });
  }
  labels.oficina = (await data.reference('oficinas')).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta, grupo: row.oficina_tipo }));
  labels.puesto = (await data.reference('puestos_fronterizos')).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta, grupo: row.via }));
  labels.institucion = (await data.reference('instituciones')).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta_memoria || row.nombre }));
  labels.pais = (await data.reference('paises')).sort((a, b) => a.etiqueta.localeCompare(b.etiqueta, 'es')).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta }));
  // Any other open list a source declares (`curso`): its seed's codes and labels, in the seed's order.
  for (const source of countSources) {
    for (const { codes } of source.dimensions) {
      if (codes.kind !== 'open' || !codes.seed || !codes.labels || labels[codes.labels]) continue;
      labels[codes.labels] = (await data.reference(codes.seed)).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta }));
    }
  }
  labels.dia_semana = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'].map((etiqueta, index) => ({ codigo: String(index + 1), etiqueta }));
  return labels;
}
