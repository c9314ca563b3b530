import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSources, landingSources, measures } from '../../../pipelines/contract/landing-sources.js';
import { generatedFiles } from '../../../pipelines/contract/generated-files.js';
import { demoWriter } from '../../../pipelines/demo/demo-landing.js';
import { projectRoot } from '../../../pipelines/paths.js';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

/** Rows of a seed CSV whose first columns hold no quoted commas. */
const seedRows = (name: string) =>
  read(`seeds/${name}.csv`)
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

describe('the source declarations are the one place a source is declared', () => {
  it('leaves every generated file as the declarations give it (npm run fuentes)', () => {
    for (const [path, content] of generatedFiles(read)) {
      expect(existsSync(join(projectRoot, path)), `${path} falta: ejecute npm run fuentes`).toBe(true);
      expect(read(path), `${path} no es lo que dan las declaraciones: ejecute npm run fuentes`).toBe(content);
    }
  });

  it('names only closed lists that seeds/codigos.csv holds, and reference seeds that exist', () => {
    const lists = new Set(seedRows('codigos').map(([lista]) => lista));
    for (const source of countSources) {
      for (const dimension of source.dimensions) {
        if (dimension.codes.kind === 'closed') expect(lists.has(dimension.codes.list), `${source.name}.${dimension.name}: lista ${dimension.codes.list}`).toBe(true);
        if (dimension.codes.kind === 'open' && dimension.codes.seed) expect(existsSync(join(projectRoot, 'seeds', `${dimension.codes.seed}.csv`)), `${source.name}.${dimension.name}`).toBe(true);
      }
    }
  });

  it('has a demo generator for every source, found by its name', async () => {
    for (const source of landingSources) expect(typeof (await demoWriter(source.name)), source.name).toBe('function');
  });

  it('has the dbt models of every count source, hand-written ones checking the declared code lists', () => {
    for (const source of countSources) {
      const models = [
        `models/staging/${source.name}/stg_${source.name}__filas.sql`,
        ...['validadas', 'corregidas', 'mensual'].map((step) => `models/intermediate/${source.area}/int_${source.name}__${step}.sql`),
        `models/marts/${source.area}/${source.name}_mensual.sql`,
      ];
      for (const model of models) expect(existsSync(join(projectRoot, model)), model).toBe(true);
      if (source.models === 'generated') continue;
      const validation = read(`models/intermediate/${source.area}/int_${source.name}__validadas.sql`);
      for (const dimension of source.dimensions) {
        if (dimension.codes.kind === 'closed') expect(validation, `${source.name}.${dimension.name}`).toContain(`motivo_lista_cerrada('${dimension.name}', '${dimension.codes.list}'`);
        if (dimension.codes.kind === 'open' && dimension.codes.seed && source.name !== 'flujo')
          expect(validation, `${source.name}.${dimension.name}`).toContain(`codigo_abierto_conocido('${dimension.codes.seed}'`);
      }
    }
  });

  it('gives every measure a unique key, filters on its own dimensions, and tables and cuadros that exist', () => {
    const keys = measures.map((measure) => measure.key);
    expect(new Set(keys).size).toBe(keys.length);
    const cuadros = new Set(seedRows('cuadros').map(([cuadro]) => cuadro));
    for (const measure of measures) {
      const dims = new Set(measure.source.dimensions.map((dimension) => dimension.name));
      for (const column of Object.keys(measure.filtro ?? {})) expect(dims.has(column), `${measure.key}: ${column}`).toBe(true);
      if (measure.partOf) expect(keys, measure.key).toContain(measure.partOf);
      if (measure.cuadro) expect(cuadros.has(measure.cuadro), `${measure.key}: ${measure.cuadro}`).toBe(true);
      for (const table of measure.memoria?.tablas ?? []) {
        if (table.kind === 'cuadro') expect(cuadros.has(table.cuadro), `${measure.key}: ${table.cuadro}`).toBe(true);
        else expect(keys, `${measure.key}: ${table.id}`).toContain(table.medida);
      }
    }
    const orders = measures.flatMap((measure) => (measure.memoria ? [measure.memoria.orden] : []));
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('declares cubes and protections over the columns the monthly mart publishes', () => {
    for (const source of countSources) {
      const published = new Set(['mes', ...(source.protection?.martDimensions ?? source.dimensions.map((dimension) => dimension.name))]);
      if (source.cube && !source.cube.dataset) for (const dim of source.cube.dims) expect(published.has(dim), `${source.name}: ${dim}`).toBe(true);
      for (const grid of source.protection?.coarse ?? [])
        for (const dim of grid.by) expect(published.has(dim) || Object.hasOwn(source.protection?.derived ?? {}, dim), `${grid.name}: ${dim}`).toBe(true);
    }
  });

  it('documents every source in the landing contract (docs/contrato-entrada.md)', () => {
    const docs = read('docs/contrato-entrada.md');
    for (const source of landingSources) expect(docs, source.name).toContain(`\`${source.name}\``);
  });
});
