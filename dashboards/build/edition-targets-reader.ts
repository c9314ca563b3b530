import { loadEditorial } from '../../presentation/edition/editorial/editorial-folder.js';
import type { TargetDatum } from '../data/site-data.js';

/**
 * Returns the institutional targets of the edition folder (`edicion.yml`, `metas`), empty without
 * one. Problems in the folder are reported by the Memoria's own output, so they are not repeated here.
 */
export async function readEditionTargets(editorialDir: string | undefined): Promise<TargetDatum[]> {
  const editorial = await loadEditorial(editorialDir, () => {});
  return editorial.metas.map((target) => ({ medida: target.medida, meta: target.meta, descripcion: target.descripcion, ...(target.filtro ? { filtro: target.filtro } : {}) }));
}
