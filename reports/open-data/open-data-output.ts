import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lastDayIso } from '../../pipelines/time/reporting-period.js';
import { periodText } from '../../presentation/format/period-labels.js';
import type { EditionContext, EditionOutput } from '../../presentation/edition/edition-output.js';
import { SYMBOL_LEGEND } from '../../presentation/format/symbols.js';
import { prepareMemoria } from '../memoria/memoria-output.js';
import type { ProtectedTable } from '../../privacy/protected-release.js';
import { writeDataset } from './dataset-writer.js';
import { readModelDocs } from './dbt-docs.js';
import { fieldType } from './field-types.js';
import { openDatasets } from './open-datasets.js';
import { figureFlagDescription, publisher, suppressedFieldDescription } from './publisher.js';
import { readmeMarkdown } from './readme-writer.js';
import { reviseRelease, REVISIONS_FILE, revisionsCsv } from './release-revisions.js';

export const EDITIONS_DIR = 'ediciones';
export const CHECKSUMS_FILE = 'SHA256SUMS';

/** The column of cuadros_memoria with each cuadro's number in this edition's Memoria. */
const TABLE_NUMBER = 'tabla_memoria';
const tableNumberDescription = 'Número de la tabla en la Memoria de Labores de esta edición (memoria.pdf), el mismo que usa el tablero; vacío si la Memoria no imprime el cuadro.';

/** Returns cuadros_memoria with each row's table number in the Memoria, after its title. */
function withTableNumbers(table: ProtectedTable, numbers: ReadonlyMap<string, number>): ProtectedTable {
  const at = table.columns.findIndex((column) => column.name === 'titulo') + 1;
  const columns = [...table.columns.slice(0, at), { name: TABLE_NUMBER, type: 'INTEGER' }, ...table.columns.slice(at)];
  const rows = table.rows.map((row) => {
    const number = numbers.get(row.cuadro ?? '');
    return { ...row, [TABLE_NUMBER]: number === undefined ? null : String(number) };
  });
  return { name: table.name, columns, rows };
}

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
const bytes = async (path: string) => (await readFile(path)).length;

/**
 * The open-data release (`datos/`): every dataset as CSV and Parquet written by DuckDB, sensitive
 * ones after small-cell protection, catalogued in a Frictionless datapackage.json whose field
 * descriptions come from the dbt docs, a LEEME.md dictionary, SHA-256 checksums, a revision log
 * against the previous release of the same period, and every period's latest release kept in
 * `datos/ediciones/<desde>_<hasta>/`.
 */
export const openDataOutput: EditionOutput = {
  name: 'datos abiertos',
  async write(context: EditionContext): Promise<string[]> {
    const { warehouse, period } = context;
    const dir = join(context.dir, 'datos');
    await mkdir(dir, { recursive: true });
    const docs = await readModelDocs(context.manifestPath);
    const { release } = context;

    const datasets = openDatasets();
    const { tableNumbers } = await prepareMemoria(context);
    const resources = [];
    for (const dataset of datasets) {
      const released = release.tables.get(dataset.name);
      const table = released && dataset.name === 'cuadros_memoria' ? withTableNumbers(released, tableNumbers) : released;
      const written = await writeDataset(warehouse, dataset, dir, table);
      const modelDocs = docs.get(dataset.name);
      resources.push({
        name: dataset.name,
        path: written.files.csv,
        profile: 'tabular-data-resource',
        title: dataset.title,
        description: modelDocs?.description ?? '',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: await bytes(join(dir, written.files.csv)),
        hash: `sha256:${await sha256(join(dir, written.files.csv))}`,
        schema: {
          fields: written.columns.map((column) => ({
            name: column.name,
            type: fieldType(column.name, column.type),
            description:
              column.name === 'suprimido'
                ? suppressedFieldDescription
                : column.name === TABLE_NUMBER
                  ? tableNumberDescription
                  : (modelDocs?.columns[column.name] ?? figureFlagDescription(column.name)),
          })),
          missingValues: [''],
          ...(dataset.primaryKey ? { primaryKey: dataset.primaryKey } : {}),
        },
        parquet: {
          path: written.files.parquet,
          mediatype: 'application/vnd.apache.parquet',
          bytes: await bytes(join(dir, written.files.parquet)),
          hash: `sha256:${await sha256(join(dir, written.files.parquet))}`,
        },
        proteccion_celdas_pequenas: Boolean(table),
        // Secondary suppression may pick a cell that holds a sent zero: a reader may not assume ≥ 1.
        ...(table ? { suprimido_incluye_ceros: true } : {}),
      });
    }

    const periodKey = `${period.desde}_${period.hasta}`;
    const previousRelease = context.previousDir ? join(context.previousDir, 'datos', EDITIONS_DIR, periodKey) : undefined;
    const revision = await reviseRelease(previousRelease, dir, datasets, context.createdAt);
    const version = `${revision.revision}.0.0`;
    await writeFile(join(dir, REVISIONS_FILE), revisionsCsv(revision.log));
    if (revision.changes.length > 0) {
      context.report.observaciones.push({ salida: 'datos abiertos', mensaje: `${revision.changes.length} cifras cambiaron desde la versión anterior del periodo (ver ${REVISIONS_FILE})` });
    }

    const title = `Datos abiertos de la Memoria de Labores de la DGME, ${periodText(period.desde, period.hasta)}`;
    const dataPackage = {
      profile: 'tabular-data-package',
      name: `memoria-dgme-${period.desde}-${period.hasta}`,
      title,
      description:
        'Cifras de la Dirección General de Migración y Extranjería de El Salvador detrás de la Memoria de Labores: cuadros ' +
        'comparativos del periodo, series mensuales de cada servicio y ejecución presupuestaria. Ver LEEME.md.',
      version,
      revision: revision.revision,
      created: context.createdAt,
      fecha_publicacion: context.publication.fecha,
      signos_convencionales: SYMBOL_LEGEND.map((entry) => ({ signo: entry.symbol, significado: entry.meaning })),
      corte_datos: lastDayIso(period.hasta),
      licenses: [publisher.license],
      sources: [{ title: publisher.institution, path: publisher.site }],
      contributors: [{ title: `${publisher.unit}, ${publisher.institution}`, role: 'contact', path: publisher.site }],
      keywords: ['migración', 'El Salvador', 'DGME', 'pasaportes', 'flujo migratorio', 'retornados', 'presupuesto'],
      periodo: { desde: period.desde, hasta: period.hasta },
      periodo_comparacion: { desde: period.desdeAnterior, hasta: period.hastaAnterior },
      proteccion: {
        umbral: context.privacyThreshold,
        cifras_vistas: release.summary.cifras_vistas,
        celdas_suprimidas_primarias: release.summary.primarias,
        celdas_suprimidas_secundarias: release.summary.secundarias,
        agrupadas_en_otras: release.summary.agrupadas_en_otras,
      },
      resources,
    };
    await writeFile(join(dir, 'datapackage.json'), JSON.stringify(dataPackage, null, 2) + '\n');
    await writeFile(
      join(dir, 'LEEME.md'),
      readmeMarkdown({
        title,
        version,
        published: context.publication.fecha,
        cutOff: lastDayIso(period.hasta),
        period,
        threshold: context.privacyThreshold,
        institution: publisher.institution,
        license: publisher.license.title,
        site: publisher.site,
        resources: resources.map((resource) => ({
          name: resource.name,
          title: resource.title,
          description: resource.description,
          fields: resource.schema.fields,
          protectedDataset: resource.proteccion_celdas_pequenas,
        })),
      }),
    );

    const files = (await readdir(dir)).filter((name) => name !== EDITIONS_DIR).sort();
    const sums = await Promise.all(files.map(async (name) => `${await sha256(join(dir, name))}  ${name}`));
    await writeFile(join(dir, CHECKSUMS_FILE), sums.join('\n') + '\n');
    await keepEditions(context.previousDir, dir, periodKey, [...files, CHECKSUMS_FILE]);
    return [...files, CHECKSUMS_FILE].map((name) => join('datos', name));
  },
};

/** Copies this release into `ediciones/<period>/` and carries over the other periods' releases. */
async function keepEditions(previousDir: string | undefined, dir: string, periodKey: string, files: string[]): Promise<void> {
  const editions = join(dir, EDITIONS_DIR);
  const previousEditions = previousDir ? join(previousDir, 'datos', EDITIONS_DIR) : undefined;
  if (previousEditions && existsSync(previousEditions)) {
    for (const name of await readdir(previousEditions)) {
      if (name !== periodKey) await cp(join(previousEditions, name), join(editions, name), { recursive: true });
    }
  }
  await mkdir(join(editions, periodKey), { recursive: true });
  for (const name of files) await cp(join(dir, name), join(editions, periodKey, name));
}
