/**
 * `memoria run` on other landing data and another period: a landing with only some sources, a
 * period without an edition folder. Both PDFs must still be written, complete and sensible.
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../orchestration/run/progress.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { runEdition } from '../../orchestration/run/run-edition.js';
import type { RunReport } from '../../orchestration/run/run-report.js';
import { demoEditionPaths, testTmpRoot } from '../support/demo-edition.js';
import { pdfInfo, pdfPageCount } from './support/pdf-info.js';
import { startFromBaseWarehouse } from '../support/base-warehouse.js';

const root = join(testTmpRoot, 'pdf-otra-edicion');
const out = join(root, 'edicion');
let report: RunReport;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  const landing = join(root, 'landing');
  for (const source of ['pasaportes', 'retornados', 'presupuesto', 'compras']) {
    await mkdir(landing, { recursive: true });
    await cp(join(demoEditionPaths.landing, source), join(landing, source), { recursive: true });
  }
  await startFromBaseWarehouse(join(root, 'almacen', 'memoria.duckdb'));
  report = await runEdition({ landing, out, warehouse: join(root, 'almacen', 'memoria.duckdb'), period: reportingPeriod('2024-01', '2024-05'), createdAt: '2024-06-20T12:00:00Z' }, silentProgress);
});

describe('memoria run with four sources and the period enero – mayo 2024 (no edition folder)', () => {
  it('publishes memoria.pdf and the bulletin of the period’s last month', () => {
    expect(report.resultado, report.error).toBe('correcto');
    expect(report.salidas).toEqual(expect.arrayContaining(['memoria.pdf', 'boletin-2024-05.pdf']));
  });

  it('writes both PDFs with their metadata and a sensible number of pages', async () => {
    const memoria = await readFile(join(out, 'memoria.pdf'));
    const boletin = await readFile(join(out, 'boletin-2024-05.pdf'));
    // Without an edition folder the publication date is the run's day (noon in San Salvador), whatever the hour of the build.
    expect(pdfInfo(memoria)).toMatchObject({ Title: 'Memoria de Labores Enero 2024 – mayo 2024', CreationDate: 'D:20240620180000Z' });
    expect(pdfInfo(boletin).Title).toBe('Boletín estadístico mensual, mayo de 2024');
    expect(pdfPageCount(memoria)).toBeGreaterThanOrEqual(8);
    expect(pdfPageCount(boletin)).toBeGreaterThanOrEqual(2);
    expect(pdfPageCount(boletin)).toBeLessThanOrEqual(8);
  });

  it('tells the Unidad that the Memoria went out without an edition folder, and renders in seconds', () => {
    expect(report.observaciones).toContainEqual({ salida: 'Memoria de Labores (PDF)', mensaje: expect.stringMatching(/^No hay carpeta editorial para este periodo/) });
    const seconds = report.pasos.find((step) => step.paso === 'Memoria de Labores (PDF)')?.segundos;
    console.log(`memoria.pdf en ${seconds} s; boletín en ${report.pasos.find((step) => step.paso === 'boletín mensual (PDF)')?.segundos} s`);
    expect(seconds).toBeDefined();
  });
});
