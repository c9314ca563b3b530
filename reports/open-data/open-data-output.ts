import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { periodText } from '../../pipelines/run/reporting-period.js';
import { sqlIdentifier, sqlString } from '../../pipelines/warehouse/warehouse-connection.js';
import type { EditionContext, EditionOutput } from '../edition-output.js';
import { readModelDocs } from './dbt-docs.js';
import { openDatasets } from './open-datasets.js';

interface ColumnInfo {
  column_name: string;
  column_type: string;
}

/** Frictionless field type of a DuckDB column type; `mes` columns hold `YYYY-MM` and are typed as such. */
function fieldType(column: ColumnInfo): string {
  const type = column.column_type.toUpperCase();
  if (column.column_name === 'mes' || column.column_name.endsWith('_mes')) return 'yearmonth';
  if (/^(BIGINT|INTEGER|HUGEINT|SMALLINT|TINYINT|UBIGINT|UINTEGER)/.test(type)) return 'integer';
  if (/^(DECIMAL|DOUBLE|FLOAT|REAL)/.test(type)) return 'number';
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'DATE') return 'date';
  return 'string';
}

/** The open-data release: every dataset as CSV written by DuckDB, catalogued in datapackage.json. */
export const openDataOutput: EditionOutput = {
  name: 'datos abiertos',
  async write(context: EditionContext): Promise<string[]> {
    const { warehouse, period } = context;
    const dir = join(context.dir, 'datos');
    await mkdir(dir, { recursive: true });
    const docs = await readModelDocs(context.manifestPath);
    const resources = [];
    const written: string[] = [];
    for (const dataset of openDatasets()) {
      const relation = `marts.${sqlIdentifier(dataset.name)}`;
      const columns = await warehouse.rows<ColumnInfo>(`describe ${relation}`);
      const path = `${dataset.name}.csv`;
      // The warehouse writes the CSV itself: exact decimals, `.` decimal point, empty for missing.
      await warehouse.run(`copy (select * from ${relation} order by ${dataset.orderBy ?? 'all'}) to ${sqlString(join(dir, path))} (header, delimiter ',')`);
      const modelDocs = docs.get(dataset.name);
      resources.push({
        name: dataset.name,
        path,
        profile: 'tabular-data-resource',
        title: dataset.title,
        description: modelDocs?.description ?? '',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: columns.map((column) => ({
            name: column.column_name,
            type: fieldType(column),
            description: modelDocs?.columns[column.column_name] ?? '',
          })),
          missingValues: [''],
          ...(dataset.primaryKey ? { primaryKey: dataset.primaryKey } : {}),
        },
      });
      written.push(join('datos', path));
    }
    const dataPackage = {
      profile: 'tabular-data-package',
      name: `memoria-dgme-${period.desde}-${period.hasta}`,
      title: `Datos abiertos de la Memoria de Labores de la DGME, ${periodText(period.desde, period.hasta)}`,
      description:
        'Cifras de la Dirección General de Migración y Extranjería de El Salvador detrás de la Memoria de Labores: ' +
        'cuadros comparativos del periodo, series mensuales de cada servicio y ejecución presupuestaria.',
      licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Atribución 4.0 Internacional', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      created: context.createdAt,
      periodo: { desde: period.desde, hasta: period.hasta },
      periodo_comparacion: { desde: period.desdeAnterior, hasta: period.hastaAnterior },
      sources: [{ title: 'Dirección General de Migración y Extranjería (DGME), El Salvador' }],
      resources,
    };
    await writeFile(join(dir, 'datapackage.json'), JSON.stringify(dataPackage, null, 2) + '\n');
    return [...written, join('datos', 'datapackage.json')];
  },
};
