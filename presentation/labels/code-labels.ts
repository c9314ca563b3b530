import { countSources, type Dimension } from '../../pipelines/contract/landing-sources.js';
import { sqlIdentifier, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';

/** One code of a list, in display order. */
export interface CodeLabel {
  readonly codigo: string;
  readonly etiqueta: string;
  /** A code's group where the list has one (an office's `sucursal` / `consulado`, a post's vía). */
  readonly grupo?: string;
}

/** Reads a reference table (a seed) with every value as text: from the published data or from the warehouse. */
export type ReferenceReader = (table: string) => Promise<Record<string, string>[]>;

/** Returns a reader of the warehouse's reference tables (`referencia.<table>`), every value as text, empty for null. */
export function warehouseReferenceReader(warehouse: Warehouse): ReferenceReader {
  return async (table) => {
    const rows = await warehouse.rows<Record<string, string | null>>(`select columns(*)::varchar from referencia.${sqlIdentifier(table)}`);
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? ''])));
  };
}

const byOrder = (a: Record<string, string>, b: Record<string, string>) => Number(a.orden) - Number(b.orden) || a.codigo.localeCompare(b.codigo);

/**
 * Returns the Spanish labels of every code the pages show, by list: the lists of `codigos`
 * (`calidad`, `via_flujo`, ...) plus `oficina` (grouped by sucursal / consulado), `puesto` (grouped
 * by vía), `institucion`, `pais` and the other open lists the sources declare (`curso`), each in
 * the seeds' display order. The dashboards read them from the published data, `memoria consulta`
 * from the warehouse.
 */
export async function readCodeLabels(reference: ReferenceReader): Promise<Record<string, CodeLabel[]>> {
  const labels: Record<string, CodeLabel[]> = {};
  for (const row of (await reference('codigos')).sort(byOrder)) {
    (labels[row.lista] ??= []).push({ codigo: row.codigo, etiqueta: row.etiqueta });
  }
  labels.oficina = (await reference('oficinas')).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta, grupo: row.oficina_tipo }));
  labels.puesto = (await reference('puestos_fronterizos')).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta, grupo: row.via }));
  labels.institucion = (await reference('instituciones')).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta_memoria || row.nombre }));
  labels.pais = (await reference('paises')).sort((a, b) => a.etiqueta.localeCompare(b.etiqueta, 'es')).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta }));
  // Any other open list a source declares (`curso`): its seed's codes and labels, in the seed's order.
  for (const source of countSources) {
    for (const { codes } of source.dimensions) {
      if (codes.kind !== 'open' || !codes.seed || !codes.labels || labels[codes.labels]) continue;
      labels[codes.labels] = (await reference(codes.seed)).sort(byOrder).map((row) => ({ codigo: row.codigo, etiqueta: row.etiqueta }));
    }
  }
  labels.dia_semana = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'].map((etiqueta, index) => ({ codigo: String(index + 1), etiqueta }));
  return labels;
}

/** Returns the list of labels of a source's dimension: a closed list by its name, an open list by its labels. */
export function labelListOf(dimension: Dimension): string | undefined {
  const codes = dimension.codes;
  return codes.kind === 'closed' ? codes.list : codes.kind === 'open' ? codes.labels : undefined;
}
