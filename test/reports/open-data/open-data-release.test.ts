import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { countSources } from '../../../pipelines/contract/landing-sources.js';
import { parseCsv } from '../../../presentation/format/csv.js';
import { labelListOf } from '../../../presentation/labels/code-labels.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths, readPublishedCsv } from '../../support/demo-edition.js';

const datos = join(demoEditionPaths.out, 'datos');
interface Resource {
  name: string;
  path: string;
  title: string;
  format: string;
  hash: string;
  bytes: number;
  schema: { fields: { name: string; description: string; lista_codigos?: string }[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}
const dataPackage = JSON.parse(await readFile(join(datos, 'datapackage.json'), 'utf8')) as {
  version: string;
  cita: string;
  contacto: string;
  contributors: { role: string }[];
  proteccion: { umbral: number };
  resources: Resource[];
};
const tables = dataPackage.resources.filter((resource) => resource.format === 'csv');
const parquetTwin = (resource: Resource) => dataPackage.resources.find((candidate) => candidate.format === 'parquet' && candidate.path === resource.path.replace(/\.csv$/, '.parquet'))!;

/** Runs the frictionless validator of the project's virtualenv on a datapackage; returns its verdict. */
function frictionless(packagePath: string): { valid: boolean; errors: string[] } {
  const result = spawnSync(join(projectRoot, '.venv', 'bin', 'frictionless'), ['validate', '--json', packagePath], { encoding: 'utf8', cwd: join(packagePath, '..') });
  const report = JSON.parse(result.stdout) as { valid: boolean; tasks: { errors: { message: string }[] }[] };
  return { valid: report.valid, errors: report.tasks.flatMap((task) => task.errors.map((error) => error.message)) };
}

describe('the open-data release of the demo edition', () => {
  it('is a Frictionless Data Package the standard validator accepts', () => {
    expect(frictionless(join(datos, 'datapackage.json'))).toEqual({ valid: true, errors: [] });
  });

  it('is rejected by the same validator once a published file is altered (the check can fail)', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'memoria-datos-'));
    await cp(datos, copy, { recursive: true });
    const path = join(copy, 'presupuesto_periodo.csv');
    await writeFile(path, (await readFile(path, 'utf8')).replace('19442720.00', '19442720.0O'));
    const verdict = frictionless(join(copy, 'datapackage.json'));
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.join(' ')).toMatch(/hash|type/i);
  });

  it('declares a primary key on every table, and every coded field names its list of codigos and holds only codes of that list', async () => {
    const codes = await readPublishedCsv('codigos');
    const known = new Set(codes.map((row) => `${row.lista}:${row.codigo}`));
    const unknown: string[] = [];
    for (const resource of tables) {
      expect(resource.schema.primaryKey?.length, resource.name).toBeGreaterThan(0);
      const coded = resource.schema.fields.filter((field) => field.lista_codigos);
      for (const field of coded) {
        expect(resource.schema.foreignKeys, resource.name).toContainEqual({ fields: [field.name], reference: { resource: 'codigos', fields: ['codigo'] } });
        const values = new Set((await readPublishedCsv(resource.name)).map((row) => row[field.name]).filter((value): value is string => Boolean(value)));
        for (const value of values) if (!known.has(`${field.lista_codigos}:${value}`)) unknown.push(`${resource.name}.${field.name}=${value} (lista ${field.lista_codigos})`);
      }
    }
    expect(unknown).toEqual([]);
    // Every dimension a count source declares with a list is linked where its monthly table publishes it.
    for (const source of countSources) {
      const resource = tables.find((candidate) => candidate.name === `${source.name}_mensual`)!;
      for (const dimension of source.dimensions) {
        const list = labelListOf(dimension);
        const field = resource.schema.fields.find((candidate) => candidate.name === dimension.name);
        if (list && field) expect(field.lista_codigos, `${resource.name}.${field.name}`).toBe(list);
      }
    }
    // The labels are the ones the Memoria prints and the dashboards show: a border post, a merged nationality.
    expect(codes.find((row) => row.lista === 'puesto' && row.codigo === 'aies_soarg')?.etiqueta).toMatch(/^Aeropuerto Internacional de El Salvador/);
    expect(codes.some((row) => row.lista === 'pais' && row.codigo === 'otras')).toBe(true);
  });

  it('is rejected by the validator when a table holds a code that codigos does not list (the foreign keys can fail)', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'memoria-datos-'));
    await cp(datos, copy, { recursive: true });
    const packagePath = join(copy, 'datapackage.json');
    const altered = (await readFile(join(copy, 'flujo_mensual.csv'), 'utf8')).replace(',el_amatillo,', ',xyz,');
    await writeFile(join(copy, 'flujo_mensual.csv'), altered);
    // The file's hash and size are brought up to date, so that only the unknown code is wrong.
    const edited = JSON.parse(await readFile(packagePath, 'utf8')) as typeof dataPackage;
    const resource = edited.resources.find((candidate) => candidate.name === 'flujo_mensual')!;
    resource.hash = `sha256:${createHash('sha256').update(altered).digest('hex')}`;
    resource.bytes = Buffer.byteLength(altered);
    edited.resources = edited.resources.filter((candidate) => candidate.format === 'csv' && ['flujo_mensual', 'codigos'].includes(candidate.name));
    await writeFile(packagePath, JSON.stringify(edited));
    const verdict = frictionless(packagePath);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.join(' ')).toMatch(/foreign key/i);
  });

  it('publishes the PNI catalogue every pni_avance row refers to, with texts, targets and responsible institutions', async () => {
    const catalogue = await readPublishedCsv('pni_catalogo');
    const seeds = parseCsv(await readFile(join(projectRoot, 'seeds', 'pni_indicadores.csv'), 'utf8'));
    expect(catalogue.map((row) => row.indicador).sort()).toEqual(seeds.map((row) => row.indicador).sort());
    const ids = new Set(catalogue.map((row) => row.indicador));
    expect((await readPublishedCsv('pni_avance')).filter((row) => !ids.has(row.indicador))).toEqual([]);
    const returned = catalogue.find((row) => row.indicador === '5.4.1.a')!;
    expect(returned).toMatchObject({ eje: '5', texto: expect.stringMatching(/retornad/i), meta_texto: expect.any(String), tipo_meta: expect.any(String) });
    expect(returned.responsables.split(';')).toContain('dgme');
    expect(tables.find((resource) => resource.name === 'pni_avance')!.schema.foreignKeys).toContainEqual({ fields: ['indicador'], reference: { resource: 'pni_catalogo', fields: ['indicador'] } });
  });

  it('gives Excel users the Memoria’s tables as printed, one sheet per table, figures as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(datos, 'memoria-cuadros.xlsx'));
    const cuadros = await readPublishedCsv('cuadros_memoria');
    const flow = cuadros.find((row) => row.cuadro === 'flujo_direccion' && row.codigo === 'total')!;
    const sheet = workbook.getWorksheet(`Tabla ${flow.tabla_memoria}`)!;
    expect(String(sheet.getCell(1, 1).value)).toMatch(new RegExp(`^Tabla ${flow.tabla_memoria}\\. Flujo migratorio`));
    const figures = sheet
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .filter((value): value is number => typeof value === 'number');
    expect(figures).toContain(Number(flow.total_actual));
    expect(figures).toContain(Number(flow.total_anterior));
    // Every numbered table of the Memoria has its sheet.
    const numbers = new Set(cuadros.map((row) => row.tabla_memoria).filter(Boolean));
    for (const number of numbers) expect(workbook.getWorksheet(`Tabla ${number}`), `Tabla ${number}`).toBeDefined();
    expect(workbook.worksheets[0]!.name).toBe('Índice');
  });

  it('says how to cite this version by its folder, keeps the PNI method in the release, and names a contact', async () => {
    expect(dataPackage.cita).toContain(`versión ${dataPackage.version}`);
    expect(dataPackage.cita).toContain('datos/ediciones/2023-06_2024-03/v1/');
    const leeme = await readFile(join(datos, 'LEEME.md'), 'utf8');
    expect(leeme).toContain(dataPackage.cita);
    expect(leeme).toContain('## Contacto');
    expect(leeme).toContain(dataPackage.contacto);
    expect(leeme).not.toContain('docs/pni.md');
    expect(await readFile(join(datos, 'PNI-METODO.md'), 'utf8')).toMatch(/^# Seguimiento del PNI/);
    expect(await readFile(join(datos, 'CAMBIOS.md'), 'utf8')).toContain('Primera versión de los datos del periodo.');
  });

  it('lists a SHA-256 for every file, in SHA256SUMS and in each resource', async () => {
    const sums = (await readFile(join(datos, 'SHA256SUMS'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
    expect(sums.map(([, name]) => name)).toEqual(expect.arrayContaining(['datapackage.json', 'LEEME.md', 'revisiones.csv', 'cuadros_memoria.csv', 'cuadros_memoria.parquet']));
    for (const [hash, name] of sums)
      expect(
        createHash('sha256')
          .update(await readFile(join(datos, name)))
          .digest('hex'),
        name,
      ).toBe(hash);
    for (const resource of tables) expect(sums).toContainEqual([resource.hash.replace('sha256:', ''), resource.path]);
    for (const resource of dataPackage.resources) expect(sums.map(([, name]) => name)).toContain(resource.path);
  });

  it('publishes every dataset as Parquet, a resource of its own, with the same rows as its CSV', async () => {
    const warehouse = await openWarehouse(':memory:');
    try {
      expect(dataPackage.resources.filter((resource) => resource.format === 'parquet')).toHaveLength(tables.length);
      for (const resource of tables) {
        const csv = await readPublishedCsv(resource.name);
        const twin = parquetTwin(resource);
        expect(twin.schema.fields, resource.name).toEqual(resource.schema.fields);
        const [parquet] = await warehouse.rows<{ filas: number }>(`select count(*)::integer as filas from '${join(datos, twin.path)}'`);
        expect(parquet.filas, resource.name).toBe(csv.length);
      }
      const [cuadro] = await warehouse.rows<{ total_actual: number }>(`select total_actual from '${join(datos, 'cuadros_memoria.parquet')}' where cuadro = 'flujo_direccion' and codigo = 'total'`);
      expect(cuadro.total_actual).toBe(Number((await readPublishedCsv('cuadros_memoria')).find((row) => row.cuadro === 'flujo_direccion' && row.codigo === 'total')!.total_actual));
    } finally {
      warehouse.close();
    }
  });

  it('documents every dataset and field in LEEME.md, with how to cite, in Spanish', async () => {
    const leeme = await readFile(join(datos, 'LEEME.md'), 'utf8');
    expect(leeme).toContain('## Cómo citar');
    expect(leeme).toContain(`versión ${dataPackage.version}`);
    for (const resource of tables) {
      expect(leeme).toContain(`### ${resource.title}`);
      for (const field of resource.schema.fields) expect(leeme).toContain(`| \`${field.name}\` |`);
    }
  });

  it('names a contact and the protection threshold in the package', () => {
    expect(dataPackage.contributors.map((contributor) => contributor.role)).toContain('contact');
    expect(dataPackage.proteccion.umbral).toBe(5);
  });
});
