import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../../pipelines/paths.js';
import { lastDayIso } from '../../pipelines/time/reporting-period.js';
import { periodText } from '../../presentation/format/period-labels.js';
import type { EditionContext, EditionOutput } from '../../presentation/edition/edition-output.js';
import { SYMBOL_LEGEND } from '../../presentation/format/symbols.js';
import { readCodeLabels, warehouseReferenceReader } from '../../presentation/labels/code-labels.js';
import { prepareMemoria } from '../memoria/memoria-output.js';
import type { ProtectedTable } from '../../privacy/protected-release.js';
import { CHANGELOG_FILE, changelogMarkdown } from './changelog.js';
import { citationText } from './citation.js';
import { CODE_LIST_DATASET, CODE_LIST_DESCRIPTION, CODE_LIST_FIELDS, codedColumns, codeListTable } from './code-lists.js';
import { writeDataset, type WrittenDataset } from './dataset-writer.js';
import { readModelDocs, type ModelDocs } from './dbt-docs.js';
import { fieldType } from './field-types.js';
import { MEMORIA_WORKBOOK_FILE, memoriaWorkbook } from './memoria-workbook.js';
import { openDatasets, primaryKeyOf, type OpenDataset } from './open-datasets.js';
import { contactText, figureFlagDescription, PUBLIC_INFORMATION_UNIT, publisher, suppressedFieldDescription } from './publisher.js';
import { readmeMarkdown } from './readme-writer.js';
import { reviseRelease, REVISIONS_FILE, revisionsCsv } from './release-revisions.js';
import { carryOverVersions, EDITIONS_DIR, keepVersion, latestRelease, periodKeyOf, versionFolder } from './release-versions.js';

export const CHECKSUMS_FILE = 'SHA256SUMS';

/** How the PNI's targets are read and its statuses decided (docs/pni.md), in the release that publishes them. */
export const PNI_METHOD_FILE = 'PNI-METODO.md';

/** The suffix of the Parquet twin of a dataset's resource (`cuadros_memoria_parquet`). */
export const PARQUET_SUFFIX = '_parquet';

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

/** A resource of datapackage.json: a dataset's CSV, or its Parquet twin. */
type Resource = Record<string, unknown> & {
  name: string;
  path: string;
  title: string;
  description: string;
  schema: { fields: { name: string; type: string; description: string }[] } & Record<string, unknown>;
};

/**
 * The open-data release (`datos/`): every dataset as CSV and Parquet written by DuckDB, sensitive
 * ones after small-cell protection, catalogued in a Frictionless datapackage.json (a resource for
 * each file, primary keys on every table, coded fields linked to the `codigos` list and PNI rows to
 * `pni_catalogo`) whose field descriptions come from the dbt docs; a LEEME.md dictionary with how
 * to cite it; the Memoria's tables as printed in an Excel workbook; SHA-256 checksums; a revision
 * log against the previous release of the same period; and every version ever published kept in
 * `datos/ediciones/<desde>_<hasta>/v<N>/`, with a CAMBIOS.md changelog.
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
    const { tableNumbers, definition } = await prepareMemoria(context);
    const codeTable = codeListTable(await readCodeLabels(warehouseReferenceReader(warehouse)));
    const resources: Resource[] = [];
    for (const dataset of datasets) {
      const released = release.tables.get(dataset.name);
      const table = dataset.name === CODE_LIST_DATASET ? codeTable : released && dataset.name === 'cuadros_memoria' ? withTableNumbers(released, tableNumbers) : released;
      const written = await writeDataset(warehouse, dataset, dir, table);
      resources.push(...(await datasetResources(dataset, written, dir, docs.get(dataset.name), release.tables.has(dataset.name))));
    }

    const periodKey = periodKeyOf(period);
    const previousDatos = context.previousDir ? join(context.previousDir, 'datos') : undefined;
    const revision = await reviseRelease(await latestRelease(previousDatos, periodKey), dir, datasets, context.createdAt);
    const version = `${revision.revision}.0.0`;
    const versionPath = `${EDITIONS_DIR}/${periodKey}/${versionFolder(revision.revision)}/`;
    await writeFile(join(dir, REVISIONS_FILE), revisionsCsv(revision.log));
    if (revision.changes.length > 0) {
      context.report.observaciones.push({ salida: 'datos abiertos', mensaje: `${revision.changes.length} cifras cambiaron desde la versión anterior del periodo (ver ${REVISIONS_FILE})` });
    }
    if (revision.added.length > 0 || revision.dropped.length > 0) {
      const list = (names: string[]) => names.join(', ');
      context.report.observaciones.push({
        salida: 'datos abiertos',
        mensaje: [
          revision.added.length ? `conjuntos nuevos desde la versión anterior del periodo: ${list(revision.added)}` : '',
          revision.dropped.length ? `conjuntos que ya no se publican: ${list(revision.dropped)}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
    await copyFile(join(projectRoot, 'docs', 'pni.md'), join(dir, PNI_METHOD_FILE));
    await writeFile(
      join(dir, MEMORIA_WORKBOOK_FILE),
      await memoriaWorkbook(definition, { title: `Memoria de Labores de la DGME, ${periodText(period.desde, period.hasta)}`, createdAt: context.createdAt }),
    );

    const title = `Datos abiertos de la Memoria de Labores de la DGME, ${periodText(period.desde, period.hasta)}`;
    const citation = citationText({ title, version, published: context.publication.fecha, versionPath });
    const dataPackage = {
      profile: 'tabular-data-package',
      name: `memoria-dgme-${period.desde}-${period.hasta}`,
      title,
      description:
        'Cifras de la Dirección General de Migración y Extranjería de El Salvador detrás de la Memoria de Labores: cuadros ' +
        'comparativos del periodo, series mensuales de cada servicio, ejecución presupuestaria, compras y seguimiento del PNI. Ver LEEME.md.',
      version,
      revision: revision.revision,
      created: context.createdAt,
      fecha_publicacion: context.publication.fecha,
      cita: citation,
      carpeta_version: versionPath,
      contacto: contactText(),
      informacion_publica: PUBLIC_INFORMATION_UNIT,
      // The release's documents besides the datasets, for readers and for the dashboards' Datos abiertos page.
      documentos: [
        { path: 'LEEME.md', title: 'Diccionario de datos y cómo citar (LEEME.md)' },
        { path: CHANGELOG_FILE, title: 'Cambios entre versiones (CAMBIOS.md)' },
        { path: REVISIONS_FILE, title: 'Cifras revisadas, con su valor anterior y el nuevo (revisiones.csv)' },
        { path: MEMORIA_WORKBOOK_FILE, title: 'Cuadros de la Memoria tal como se imprimen, para Excel (memoria-cuadros.xlsx)' },
        { path: PNI_METHOD_FILE, title: 'Cómo se leen las metas del PNI y se decide su estado (PNI-METODO.md)' },
        { path: CHECKSUMS_FILE, title: 'Sumas de verificación (SHA256SUMS)' },
      ],
      signos_convencionales: SYMBOL_LEGEND.map((entry) => ({ signo: entry.symbol, significado: entry.meaning })),
      corte_datos: lastDayIso(period.hasta),
      licenses: [publisher.license],
      sources: [{ title: publisher.institution, path: publisher.site }],
      contributors: [{ title: `${publisher.unit}, ${publisher.institution}`, role: 'contact', path: publisher.site }],
      keywords: ['migración', 'El Salvador', 'DGME', 'pasaportes', 'flujo migratorio', 'retornados', 'presupuesto', 'PNI'],
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
        citation,
        contact: contactText(),
        versionPath,
        published: context.publication.fecha,
        cutOff: lastDayIso(period.hasta),
        period,
        threshold: context.privacyThreshold,
        resources: resources
          .filter((resource) => resource.format === 'csv')
          .map((resource) => ({
            name: resource.name,
            title: resource.title,
            description: resource.description,
            fields: resource.schema.fields,
            protectedDataset: resource.proteccion_celdas_pequenas === true,
          })),
      }),
    );

    // Every version is kept: the earlier editions' versions, then this one; the changelog is written from them all.
    const editions = join(dir, EDITIONS_DIR);
    await carryOverVersions(previousDatos, editions);
    const releaseFiles = (await readdir(dir)).filter((name) => name !== EDITIONS_DIR && name !== CHANGELOG_FILE && name !== CHECKSUMS_FILE);
    const kept = await keepVersion(dir, editions, periodKey, revision.revision, releaseFiles);
    await writeFile(join(dir, CHANGELOG_FILE), await changelogMarkdown(editions));
    const files = [...releaseFiles, CHANGELOG_FILE].sort();
    const sums = await Promise.all(files.map(async (name) => `${await sha256(join(dir, name))}  ${name}`));
    await writeFile(join(dir, CHECKSUMS_FILE), sums.join('\n') + '\n');
    if (kept) for (const name of [CHANGELOG_FILE, CHECKSUMS_FILE]) await writeFile(join(kept, name), await readFile(join(dir, name)));
    return [...files, CHECKSUMS_FILE].map((name) => join('datos', name));
  },
};

/**
 * Returns a dataset's two resources: its CSV, with the schema (descriptions from the dbt docs, the
 * primary key, each coded field's list and foreign key), and its Parquet twin with the same schema.
 */
async function datasetResources(dataset: OpenDataset, written: WrittenDataset, dir: string, modelDocs: ModelDocs | undefined, isProtected: boolean): Promise<Resource[]> {
  const isCodeList = dataset.name === CODE_LIST_DATASET;
  const columnDocs = isCodeList ? CODE_LIST_FIELDS : (modelDocs?.columns ?? {});
  const columnNames = written.columns.map((column) => column.name);
  const lists = isCodeList ? {} : codedColumns(dataset, columnNames);
  const fields = written.columns.map((column) => ({
    name: column.name,
    type: fieldType(column.name, column.type),
    description: column.name === 'suprimido' ? suppressedFieldDescription : column.name === TABLE_NUMBER ? tableNumberDescription : (columnDocs[column.name] ?? figureFlagDescription(column.name)),
    // Which list of `codigos` the field's codes come from (the foreign key below names the code only).
    ...(lists[column.name] ? { lista_codigos: lists[column.name] } : {}),
  }));
  const primaryKey = primaryKeyOf(dataset, columnNames);
  const foreignKeys = [
    ...Object.keys(lists).map((column) => ({ fields: [column], reference: { resource: CODE_LIST_DATASET, fields: ['codigo'] } })),
    ...Object.entries(dataset.references ?? {}).map(([column, target]) => ({ fields: [column], reference: { resource: target.resource, fields: [target.field] } })),
  ];
  const protection = {
    proteccion_celdas_pequenas: isProtected,
    // Secondary suppression may pick a cell that holds a sent zero: a reader may not assume ≥ 1.
    ...(isProtected ? { suprimido_incluye_ceros: true } : {}),
  };
  return [
    {
      name: dataset.name,
      path: written.files.csv,
      profile: 'tabular-data-resource',
      title: dataset.title,
      description: isCodeList ? CODE_LIST_DESCRIPTION : (modelDocs?.description ?? ''),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: await bytes(join(dir, written.files.csv)),
      hash: `sha256:${await sha256(join(dir, written.files.csv))}`,
      schema: { fields, missingValues: [''], primaryKey, ...(foreignKeys.length ? { foreignKeys } : {}) },
      ...protection,
    },
    // The same table in Parquet, a resource of its own so that Frictionless tools read and check it
    // too. No `bytes` nor `hash`: the validator reads Parquet by its columns and cannot check them
    // (SHA256SUMS has its hash).
    {
      name: `${dataset.name}${PARQUET_SUFFIX}`,
      path: written.files.parquet,
      profile: 'tabular-data-resource',
      title: `${dataset.title} (Parquet)`,
      description: `El conjunto \`${dataset.name}\` en formato Parquet: las mismas filas y campos que ${written.files.csv}.`,
      format: 'parquet',
      mediatype: 'application/vnd.apache.parquet',
      schema: { fields, missingValues: [''], primaryKey },
      ...protection,
    },
  ];
}
