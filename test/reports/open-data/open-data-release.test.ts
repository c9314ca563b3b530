import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths, readPublishedCsv } from '../../support/demo-edition.js';

const datos = join(demoEditionPaths.out, 'datos');
const dataPackage = JSON.parse(await readFile(join(datos, 'datapackage.json'), 'utf8')) as {
  version: string;
  contributors: { role: string }[];
  proteccion: { umbral: number };
  resources: { name: string; path: string; title: string; hash: string; parquet: { path: string; hash: string }; schema: { fields: { name: string; description: string }[] } }[];
};

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
    for (const resource of dataPackage.resources) {
      expect(sums).toContainEqual([resource.hash.replace('sha256:', ''), resource.path]);
      expect(sums).toContainEqual([resource.parquet.hash.replace('sha256:', ''), resource.parquet.path]);
    }
  });

  it('publishes every dataset as Parquet with the same rows as its CSV', async () => {
    const warehouse = await openWarehouse(':memory:');
    try {
      for (const resource of dataPackage.resources) {
        const csv = await readPublishedCsv(resource.name);
        const [parquet] = await warehouse.rows<{ filas: number }>(`select count(*)::integer as filas from '${join(datos, resource.parquet.path)}'`);
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
    for (const resource of dataPackage.resources) {
      expect(leeme).toContain(`### ${resource.title}`);
      for (const field of resource.schema.fields) expect(leeme).toContain(`| \`${field.name}\` |`);
    }
  });

  it('names a contact and the protection threshold in the package', () => {
    expect(dataPackage.contributors.map((contributor) => contributor.role)).toContain('contact');
    expect(dataPackage.proteccion.umbral).toBe(5);
  });
});
