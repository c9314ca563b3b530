import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { loadEditorial } from '../../presentation/edition/editorial/editorial-folder.js';
import { withPlanTargets } from '../../presentation/metas/period-targets.js';
import type { TargetData } from '../../presentation/metas/target-rows.js';
import type { TargetDatum } from '../data/site-data.js';

/**
 * Returns the institutional targets of the edition folder (`edicion.yml`, `metas`), with their
 * figures from the published POA targets where it has them, as the Memoria prints them
 * (presentation/metas/period-targets.ts); empty without a folder. Problems in the folder are
 * reported by the Memoria's own output, so they are not repeated here.
 */
export async function readEditionTargets(editorialDir: string | undefined, targets: TargetData, period: ReportingPeriod): Promise<TargetDatum[]> {
  const editorial = withPlanTargets(await loadEditorial(editorialDir, () => {}), targets, period);
  return editorial.metas.map((target) => ({ medida: target.medida, meta: target.meta, descripcion: target.descripcion, ...(target.filtro ? { filtro: target.filtro } : {}) }));
}
