/**
 * boletin-2024-03.pdf on the demo edition: the document definition against its snapshot, the PDF
 * rendered uncompressed with its text checked against sums computed here straight from the marts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { openWarehouse, type Warehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { loadBulletinData, type BulletinData } from '../../../reports/boletin/boletin-data.js';
import { bulletinDocument } from '../../../reports/boletin/boletin-document.js';
import { bulletinFileName } from '../../../reports/boletin/boletin-output.js';
import { nodeDocument } from '../../../presentation/charts/render-svg.js';
import { emptyEditorial } from '../../../presentation/edition/editorial/editorial-content.js';
import { formatCount } from '../../../presentation/format/number-format.js';
import { renderPdf } from '../../../reports/pdf/pdf-printer.js';
import { demoEditionPaths } from '../../support/demo-edition.js';
import { pdfInfo } from '../support/pdf-info.js';
import { pdfPages } from '../support/pdf-text.js';
import { documentJson, expectSnapshot } from '../../support/snapshot.js';
import { protectRelease } from '../../../privacy/protected-release.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../../orchestration/run/run-edition.js';

const createdAt = '2024-04-15T12:00:00Z';
const flat = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

let warehouse: Warehouse;
let data: BulletinData;
let definition: ReturnType<typeof bulletinDocument>;
let pdf: Buffer;
let pages: string[];
let text: string;

const sum = async (mart: string, from: string, to: string, where = 'true') =>
  (await warehouse.rows<{ total: number }>(`select coalesce(sum(cantidad), 0) as total from marts.${mart} where mes between '${from}' and '${to}' and ${where}`))[0].total;

beforeAll(async () => {
  warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
  const period = reportingPeriod('2023-06', '2024-03');
  const loaded = await loadBulletinData(warehouse, period, await protectRelease(warehouse, period, DEFAULT_PRIVACY_THRESHOLD));
  data = { ...loaded, version: { entregas: 352, ultimoArchivo: '2024-06-14_entrega.csv', ultimaCarga: '2024-04-10T15:00:00Z', codigo: '0.1.0+prueba' } };
  definition = bulletinDocument(data, emptyEditorial(), nodeDocument(), createdAt, { fecha: '2024-04-20', origen: 'bandera' });
  pdf = await renderPdf(definition, { createdAt, compress: false });
  pages = pdfPages(pdf);
  text = flat(pages.join('\n'));
});

afterAll(() => warehouse?.close());

describe('boletín mensual of the demo edition (marzo de 2024)', () => {
  it('is named after the period’s last month and matches the snapshot of its document definition', async () => {
    expect(bulletinFileName(data.month)).toBe('boletin-2024-03.pdf');
    await expectSnapshot('boletin-documento.json', documentJson(definition));
  });

  it('has 2 to 4 pages, the month in its title and footer', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pdfInfo(pdf).Title).toBe('Boletín estadístico mensual, marzo de 2024');
    expect(flat(pages[0])).toContain('BOLETÍN ESTADÍSTICO MENSUAL');
    expect(text).toContain(`DGME · Boletín estadístico mensual, marzo de 2024 Página 1 de ${pages.length}`);
  });

  it('gives every service’s month against a year earlier and both years to date, as the marts sum them', async () => {
    const checks: [string, string, string][] = [
      ['Pasaportes emitidos', 'pasaportes_mensual', 'true'],
      ['Flujo migratorio (entradas y salidas)', 'flujo_mensual', 'true'],
      ['Personas retornadas atendidas', 'retornados_mensual', 'true'],
      ['Prechequeo terrestre', 'prechequeo_mensual', "tipo = 'prechequeo_terrestre'"],
      ['Constancias de no restricción', 'certificaciones_mensual', "tipo = 'constancia_no_restriccion'"],
    ];
    for (const [name, mart, where] of checks) {
      const figures = [
        await sum(mart, '2024-03', '2024-03', where),
        await sum(mart, '2023-03', '2023-03', where),
        await sum(mart, '2024-01', '2024-03', where),
        await sum(mart, '2023-01', '2023-03', where),
      ].map(formatCount);
      expect(text, name).toMatch(new RegExp(`${name.replace(/[()]/g, '\\$&')} ${figures[0]} ${figures[1]} \\S+ % ${figures[2]} ${figures[3]} \\S+ %`));
    }
    // The 13 services of the 2023-2024 Memoria, border-transit cards and the Escuela Migratoria's participants.
    expect(data.figures).toHaveLength(15);
  });

  it('says how each headline changed in a generated sentence', () => {
    expect(text).toMatch(/En marzo de 2024 se registraron [\d,]+ pasaportes emitidos, un (incremento|a disminución) del [\d.]+ % en comparación con marzo de 2023 \([\d,]+\)\./);
  });

  it('has the month’s budget by fund and the small monthly charts', () => {
    expect(text).toContain('Cuadro 2. Ejecución presupuestaria de marzo de 2024 y acumulada del año');
    expect(text).toContain('Devengado $ 1,246,620.33 $ 3,908,758.02 $ 333,206.07 $ 1,171,720.31');
    expect(JSON.stringify(definition.content).match(/"svg":/g)).toHaveLength(15);
  });

  it('never prints a placeholder', () => {
    expect(text).not.toMatch(/undefined|NaN|null|\[object|\u0000/);
  });
});
