import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landingSources } from '../../../pipelines/contract/landing-sources.js';
import { REPORT_FILE } from '../../../orchestration/run/run-edition.js';
import { demoEditionPaths, readPublishedCsv } from '../../support/demo-edition.js';

interface Field {
  name: string;
  type: string;
  description: string;
}
interface Resource {
  name: string;
  path: string;
  title: string;
  format: string;
  description: string;
  schema: { fields: Field[] };
}
const dataPackage = JSON.parse(await readFile(join(demoEditionPaths.out, 'datos', 'datapackage.json'), 'utf8')) as {
  title: string;
  licenses: { name: string }[];
  created: string;
  periodo: object;
  periodo_comparacion: object;
  resources: Resource[];
};
const countSources = landingSources.filter((source) => source.kind === 'count').map((source) => source.name);

describe('datos/ of the demo edition (outputs.md)', () => {
  it('catalogues cuadros_memoria, every <source>_mensual and presupuesto_periodo with the package metadata', () => {
    expect(dataPackage.resources.map((resource) => resource.name)).toEqual(expect.arrayContaining(['cuadros_memoria', 'presupuesto_periodo', ...countSources.map((source) => `${source}_mensual`)]));
    expect(dataPackage.licenses[0].name).toBe('CC-BY-4.0');
    expect(dataPackage.created).toBe('2024-04-15T12:00:00Z');
    expect(dataPackage.periodo).toEqual({ desde: '2023-06', hasta: '2024-03' });
    expect(dataPackage.periodo_comparacion).toEqual({ desde: '2022-06', hasta: '2023-03' });
  });

  it('describes every resource and every field in Spanish, from the dbt docs (the code lists from their own module)', () => {
    for (const resource of dataPackage.resources) {
      expect(resource.description, resource.name).not.toBe('');
      for (const field of resource.schema.fields) expect(field.description, `${resource.name}.${field.name}`).not.toBe('');
    }
  });

  it('writes each CSV with exactly the fields its schema lists, in order', async () => {
    for (const resource of dataPackage.resources.filter((candidate) => candidate.format === 'csv')) {
      const header = (await readFile(join(demoEditionPaths.out, 'datos', resource.path), 'utf8')).split('\n')[0];
      expect(header.split(','), resource.name).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it('publishes cuadros_memoria with the columns of outputs.md', () => {
    const fields = dataPackage.resources.find((resource) => resource.name === 'cuadros_memoria')!.schema.fields.map((field) => field.name);
    expect(fields).toEqual(
      expect.arrayContaining(['cuadro', 'codigo', 'categoria', 'm_anterior', 'f_anterior', 'total_anterior', 'm_actual', 'f_actual', 'total_actual', 'variacion', 'variacion_pct']),
    );
  });

  it('publishes monthly series over the whole history with the source dimensions, and grupo_edad instead of edad', async () => {
    const pasaportes = await readPublishedCsv('pasaportes_mensual');
    const months = [...new Set(pasaportes.map((row) => row.mes))].sort();
    expect(months[0]).toBe('2022-01');
    expect(months.at(-1)).toBe('2024-05');
    const retornados = dataPackage.resources.find((resource) => resource.name === 'retornados_mensual')!.schema.fields.map((field) => field.name);
    expect(retornados).toContain('grupo_edad');
    expect(retornados).not.toContain('edad');
    const groups = new Set((await readPublishedCsv('retornados_mensual')).map((row) => row.grupo_edad));
    expect([...groups].every((group) => ['nna', 'adulto', 'sin_dato'].includes(group))).toBe(true);
    expect(groups).toContain('nna');
    expect(groups).toContain('adulto');
  });

  it('saves the run report beside the edition with deliveries, quarantine, dbt tests and step times', async () => {
    const report = JSON.parse(await readFile(join(demoEditionPaths.out, REPORT_FILE), 'utf8'));
    expect(report.resultado).toBe('correcto');
    expect(report.entregas.length).toBeGreaterThan(20);
    expect(report.cuarentena.total).toBeGreaterThan(0);
    expect(report.dbt.pruebas).toBeGreaterThan(50);
    expect(report.dbt.pruebas_fallidas).toBe(0);
    // Where the build's time went: its ten slowest nodes, slowest first.
    const slowest = report.dbt.nodos_mas_lentos as { nodo: string; segundos: number }[];
    expect(slowest).toHaveLength(10);
    expect(slowest.map((node) => node.segundos)).toEqual(slowest.map((node) => node.segundos).sort((a, b) => b - a));
    expect(slowest.every((node) => node.nodo.length > 0 && node.segundos >= 0)).toBe(true);
    expect(report.pasos.map((step: { paso: string }) => step.paso)).toEqual(expect.arrayContaining(['extracción', 'dbt build', 'datos abiertos']));
  });
});
