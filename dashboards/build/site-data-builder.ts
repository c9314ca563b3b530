import { landingSources } from '../../pipelines/contract/landing-sources.js';
import { lastDayIso } from '../../pipelines/time/reporting-period.js';
import { periodText } from '../../presentation/format/period-labels.js';
import { sourceOrigin } from '../../presentation/format/source-line.js';
import type { EditionContext } from '../../presentation/edition/edition-output.js';
import type { CodeLabel, SiteCuadroRow, OpenResource, SiteData } from '../data/site-data.js';
import { readBudgetMonths } from './budget-reader.js';
import { readProcurement } from './procurement-reader.js';
import { readCodeLabels } from '../../presentation/labels/code-labels.js';
import { readEditionTargets } from './edition-targets-reader.js';
import { headlineMeasures } from './headline-measures.js';
import { readPni } from './pni-reader.js';
import { PublishedData } from './published-data-reader.js';
import { readCubes } from './site-cubes.js';
import { readPublishedTargets, targetFollowUp } from './target-follow-up-reader.js';

/** Returns the origin of the landing source a dataset publishes (`pasaportes_mensual` → pasaportes), or '' when it mixes several. */
function datasetOrigin(dataset: string): string {
  const source = landingSources.find((candidate) => dataset === candidate.name || dataset.startsWith(`${candidate.name}_`));
  return source ? sourceOrigin(source.name) : '';
}

const count = (text: string) => (text === '' ? null : Number(text));

/** Returns everything the pages show for the edition being written, read from its open-data release. */
export async function buildSiteData(context: EditionContext): Promise<SiteData> {
  const data = await PublishedData.open(context.dir, context.warehouse);
  const labels = await readCodeLabels((table) => data.reference(table));
  const targets = await readPublishedTargets(data, context.period.hasta, labels);
  const cubes = await readCubes(data, labels);
  const cuadros: SiteCuadroRow[] = ((await data.rows('cuadros_memoria')) ?? []).map((row) => ({
    cuadro: row.cuadro,
    tabla: count(row.tabla_memoria),
    codigo: row.codigo,
    categoria: row.categoria,
    m_anterior: count(row.m_anterior),
    f_anterior: count(row.f_anterior),
    total_anterior: count(row.total_anterior),
    m_actual: count(row.m_actual),
    f_actual: count(row.f_actual),
    total_actual: count(row.total_actual),
    suprimido: row.suprimido === 'true',
  }));
  const usedCountries = new Set(Object.values(cubes).flatMap((cube) => cube.valores.nacionalidad ?? []));
  const etiquetas: Record<string, readonly CodeLabel[]> = { ...labels, pais: labels.pais.filter((label) => usedCountries.has(label.codigo)) };
  const { period } = context;
  const pkg = data.dataPackage;
  // Each dataset's Parquet twin is a resource of its own, beside its CSV (`x.csv`, `x.parquet`).
  const parquetOf = (csvPath: string) => pkg.resources.find((resource) => resource.format === 'parquet' && resource.path === csvPath.replace(/\.csv$/, '.parquet'));
  const recursos: OpenResource[] = await Promise.all(
    pkg.resources
      .filter((resource) => resource.format === 'csv')
      .map(async (resource) => {
        const parquet = parquetOf(resource.path);
        return {
          name: resource.name,
          title: resource.title,
          description: resource.description,
          path: resource.path,
          bytes: resource.bytes ?? (await data.fileBytes(resource.path)),
          parquet: parquet && { path: parquet.path, bytes: await data.fileBytes(parquet.path) },
          protegido: resource.proteccion_celdas_pequenas ?? false,
          origen: datasetOrigin(resource.name),
          fields: resource.schema.fields.map((field) => ({ name: field.name, type: field.type, description: field.description })),
        };
      }),
  );
  return {
    edicion: {
      titulo: `Tableros de la DGME, ${periodText(period.desde, period.hasta)}`,
      desde: period.desde,
      hasta: period.hasta,
      desdeAnterior: period.desdeAnterior,
      hastaAnterior: period.hastaAnterior,
      publicada: context.publication.fecha,
      corte: lastDayIso(period.hasta),
      institucion: 'Dirección General de Migración y Extranjería (DGME)',
      umbral: context.privacyThreshold,
    },
    meses: [...new Set(Object.values(cubes).flatMap((cube) => cube.meses))].sort(),
    cubos: cubes,
    etiquetas,
    cuadros,
    medidas: headlineMeasures(new Set(Object.keys(cubes))),
    metas: await readEditionTargets(context.editorialDir, targets, context.period),
    presupuesto: await readBudgetMonths(data),
    compras: await readProcurement(data),
    pni: await readPni(data),
    poa: targetFollowUp(targets, period),
    gruesas: {
      nnaTrimestral: ((await data.rows('retornados_nna_trimestral')) ?? []).map((row) => ({ trimestre: row.trimestre, sexo: row.sexo, cantidad: count(row.cantidad) })),
      resguardosRegion: ((await data.rows('resguardos_region_anual')) ?? []).map((row) => ({ anio: row.anio, region: row.region, cantidad: count(row.cantidad) })),
      fuentes: { nnaTrimestral: 'retornados_nna_trimestral', resguardosRegion: 'resguardos_region_anual' },
    },
    datos: {
      titulo: pkg.title,
      version: pkg.version,
      licencia: pkg.licenses[0]?.title ?? '',
      cita: pkg.cita ?? '',
      carpeta: pkg.carpeta_version ?? '',
      contacto: pkg.contacto ?? '',
      informacionPublica: pkg.informacion_publica ?? '',
      documentos: [{ path: 'datapackage.json', title: 'Catálogo (datapackage.json, Frictionless Data)' }, ...(pkg.documentos ?? [])],
      recursos,
    },
  };
}
