/**
 * pni.pdf on the demo edition: the document definition (sections, tables, statuses) and the
 * rendered file (uncompressed, fixed date: deterministic bytes, page count, text present).
 */
import { describe, expect, it } from 'vitest';
import { nodeDocument } from '../../reports/charts/plot-render.js';
import { renderPdf } from '../../reports/pdf/pdf-printer.js';
import { formatFigure, pniDocument } from '../../reports/pni/pni-document.js';
import { loadPniReportData } from '../../reports/pni/pni-report-data.js';
import { protectRelease } from '../../reports/privacy/protected-release.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../pipelines/run/run-edition.js';
import { reportingPeriod } from '../../pipelines/run/reporting-period.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths } from '../support/demo-edition.js';

const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
const period = reportingPeriod('2023-06', '2024-03');
const data = await protectRelease(warehouse, period, DEFAULT_PRIVACY_THRESHOLD).then((release) => loadPniReportData(warehouse, period, release)).finally(() => warehouse.close());
const createdAt = '2024-04-15T12:00:00Z';
const definition = pniDocument({ data, document: nodeDocument(), createdAt });
const json = JSON.stringify(definition.content);

describe('pni.pdf (demo edition, hasta 2024-03)', () => {
  it('reads the reporting year, its axes and every indicator of the year', () => {
    expect(data.anio).toBe(2024);
    expect(data.meses).toBe(3);
    expect(data.axes.map((axis) => axis.eje)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(data.progress).toHaveLength(116);
    expect(data.progress.find((row) => row.indicador === '5.5.2.a')).toMatchObject({ valor: '1645.00', estado: 'en_curso', fuente: 'CONAMYPE, MRREE, MTPS' });
    expect(data.progress.find((row) => row.indicador === '5.4.1.a')?.fuente).toBe('operacional');
  });

  it('has a section per axis and one for the institutions’ reports, in the contents', () => {
    for (const title of ['Resumen', 'Cómo se lee este informe', 'Intervenciones transversales', 'Eje 1: Prevención de la Migración Irregular', 'Eje 6: Factores Medioambientales', 'Reportes de las instituciones']) {
      expect(json).toContain(`"text":"${title}"`);
    }
    expect(json).toContain('Informe al 31 de marzo de 2024');
    expect(json).toContain('Registros DGME');
    expect(json).toContain('"En riesgo"');
  });

  it('prints figures as the Memoria does', () => {
    expect(formatFigure('1645.00')).toBe('1,645');
    expect(formatFigure('3.33')).toBe('3.33');
    expect(formatFigure(null)).toBe('–');
  });

  it('renders a deterministic PDF with the cover, the tables and page numbers', async () => {
    const first = await renderPdf(definition, { createdAt, compress: false });
    const second = await renderPdf(definition, { createdAt, compress: false });
    expect(first.equals(second)).toBe(true);
    const text = first.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    const pages = text.match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(20);
  });
});
