import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { loadEditorial } from '../../presentation/edition/editorial/editorial-folder.js';
import { withPlanTargets } from '../../presentation/metas/period-targets.js';
import type { CodeLabel, TargetDatum } from '../data/site-data.js';
import type { PublishedData } from './published-data-reader.js';
import { targetData } from './target-follow-up-reader.js';

/**
 * Returns the institutional targets of the edition folder (`edicion.yml`, `metas`), with their
 * figures from the published POA targets where it has them, as the Memoria prints them
 * (presentation/metas/period-targets.ts); empty without a folder. Problems in the folder are
 * reported by the Memoria's own output, so they are not repeated here.
 */
export async function readEditionTargets(
  editorialDir: string | undefined,
  data: PublishedData,
  period: ReportingPeriod,
  labels: Readonly<Record<string, readonly CodeLabel[]>>,
): Promise<TargetDatum[]> {
  const folder = await loadEditorial(editorialDir, () => {});
  const avance = data.publishes('metas_avance') ? ((await data.rows('metas_avance')) ?? []) : [];
  const mensual = data.publishes('metas_mensual') ? ((await data.rows('metas_mensual')) ?? []) : [];
  const editorial = withPlanTargets(folder, targetData(avance, mensual, period.hasta, labels), period);
  return editorial.metas.map((target) => ({ medida: target.medida, meta: target.meta, descripcion: target.descripcion, ...(target.filtro ? { filtro: target.filtro } : {}) }));
}
