/**
 * pni.pdf on the demo edition: the report's data (every indicator of the catalogue), the document
 * definition (sections, tables with their sources, statuses) and the rendered file (uncompressed,
 * fixed date: deterministic bytes, every indicator in the text, no blank page), plus the rules of
 * how figures print (whole units without decimals, reported beside computed, context not a value).
 */
import type { ContentTable } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { nodeDocument } from '../../../presentation/charts/render-svg.js';
import { renderPdf } from '../../../reports/pdf/pdf-printer.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { readPniCatalogue } from '../../../reports/pni/pni-catalogue.js';
import { pniDocument } from '../../../reports/pni/pni-document.js';
import { axisCounts, contextLine } from '../../../reports/pni/pni-indicator-table.js';
import { counted, dueText, formatFigure, reportedBeside, targetText, valueText } from '../../../reports/pni/pni-labels.js';
import { loadPniReportData, type PniIndicatorRow, type PniReportData } from '../../../reports/pni/pni-report-data.js';
import { protectRelease } from '../../../privacy/protected-release.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../../privacy/privacy-threshold.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths } from '../../support/demo-edition.js';
import { pdfPages } from '../support/pdf-text.js';

const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
const period = reportingPeriod('2023-06', '2024-03');
const release = await protectRelease(warehouse, period, DEFAULT_PRIVACY_THRESHOLD);
const data = await loadPniReportData(warehouse, period, release);
// The same release with the disclosure control withholding the referrals to the RNPN of 2024.
const rnpnFigure = release.system.find({ source: 'derivaciones', desde: '2024-01', hasta: '2024-03', filter: { institucion: 'rnpn' } })!;
rnpnFigure.suppressed = true;
const withheld = await loadPniReportData(warehouse, period, release).finally(() => warehouse.close());
rnpnFigure.suppressed = false;
const catalogue = await readPniCatalogue();
const createdAt = '2024-04-15T12:00:00Z';
const publication = { fecha: '2024-04-20', origen: 'bandera' } as const;
const definition = pniDocument({ data, document: nodeDocument(), publication });
const json = JSON.stringify(definition.content);
const pdf = await renderPdf(definition, { createdAt, compress: false });
const pages = pdfPages(pdf);
const row = (id: string) => data.indicators.find((candidate) => candidate.indicador === id)!;

/** Returns every table of the definition whose caption starts with `Tabla`, with its caption. */
function tables(): { caption: string; table: ContentTable }[] {
  const found: { caption: string; table: ContentTable }[] = [];
  const visit = (node: unknown, caption: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      let last = caption;
      for (const child of node) {
        if (child && typeof child === 'object' && (child as { style?: string }).style === 'caption') last = (child as { text: string }).text;
        visit(child, last);
      }
      return;
    }
    if ('table' in node) found.push({ caption, table: node as ContentTable });
    for (const value of Object.values(node)) visit(value, caption);
  };
  visit(definition.content, '');
  return found;
}

/** Returns the plain text of a cell (its runs joined). */
const cellText = (cell: unknown): string => {
  const text = (cell as { text?: unknown })?.text;
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((part) => (typeof part === 'string' ? part : cellText(part))).join('');
  return '';
};

describe('pni.pdf data (demo edition, hasta 2024-03)', () => {
  it('reads the reporting year and every indicator of the catalogue, in the PNI’s order', () => {
    expect(data.anio).toBe(2024);
    expect(data.meses).toBe(3);
    expect(data.ejes.map((eje) => eje.eje)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(data.indicators.map((item) => item.indicador)).toEqual(catalogue.indicators.map((item) => item.indicador));
    expect(data.indicators).toHaveLength(155);
    const bySituation = (situacion: string) => data.indicators.filter((item) => item.situacion === situacion);
    expect(bySituation('en_periodo')).toHaveLength(116);
    expect(bySituation('no_iniciado')).toHaveLength(39);
    expect(new Set(bySituation('no_iniciado').map((item) => item.anioInicio))).toEqual(new Set([2025, 2026]));
    expect(bySituation('no_iniciado').every((item) => item.progress === null)).toBe(true);
    expect(row('5.5.2.a').progress).toMatchObject({ valor: '1645.00', estado: 'en_curso', fuente: 'CONAMYPE, MRREE, MTPS' });
    expect(row('5.5.2.a')).toMatchObject({ metaTexto: '3,500 migrantes retornados por año', responsables: expect.stringContaining('MTPS') });
  });

  it('keeps a computed value and what the institutions reported, both', () => {
    expect(row('5.4.1.a').progress).toMatchObject({ fuente: 'operacional', valor: '3985.00', valorReportado: '2414.00', reportadoPor: 'DGME' });
  });

  it('shows the referrals to the RNPN beside 5.4.2.a as context, never as its value', () => {
    expect(row('5.4.2.a').progress).toMatchObject({ valor: null, estado: 'sin_datos', fuente: null });
    expect(row('5.4.2.a').context).toMatchObject({ valor: '35.00', fuentes: ['derivaciones'], desde: '2024-01', hasta: '2024-03' });
    expect(contextLine(row('5.4.2.a'))).toBe(
      'Contexto, no es el valor del indicador (cuenta derivaciones, no documentos): 35 derivaciones en enero a marzo de 2024 según los registros de la DGME: Derivaciones de personas retornadas al RNPN.',
    );
    expect(row('2.5.2.a').context?.fuentes).toEqual(['residencias']);
    expect(row('2.5.2.a').progress).toMatchObject({ valor: '212.00', fuente: 'DGME', estado: 'en_riesgo' });
  });

  it('prints a context figure the disclosure control withheld as x', () => {
    const context = withheld.indicators.find((item) => item.indicador === '5.4.2.a')!;
    expect(context.context?.valor).toBeNull();
    expect(contextLine(context)).toContain(`${SYMBOLS.suppressed} (cifra confidencial)`);
    expect(contextLine(context)).not.toContain('35');
  });
});

describe('how the PNI report prints its figures', () => {
  const fake = (over: Partial<PniIndicatorRow>, progress: Partial<NonNullable<PniIndicatorRow['progress']>>): [PniIndicatorRow, NonNullable<PniIndicatorRow['progress']>] => {
    const base = { ...row('5.5.1.b'), ...over };
    const full = { ...base.progress!, ...progress };
    return [{ ...base, progress: full }, full];
  };

  it('never prints a whole-unit target with decimals, and refuses one that has them', () => {
    for (const item of data.indicators) {
      if (!item.unidadesEnteras || !item.progress) continue;
      expect(targetText(item, item.progress), item.indicador).not.toMatch(/\d\.\d/);
      expect(dueText(item, item.progress), item.indicador).not.toMatch(/\d\.\d/);
    }
    expect(targetText(row('5.5.1.b'), row('5.5.1.b').progress!)).toBe('3');
    expect(dueText(row('5.7.1.b'), row('5.7.1.b').progress!)).toBe('1');
    const [broken, progress] = fake({}, { meta: '2.80' });
    expect(() => targetText(broken, progress)).toThrow(/unidades enteras/);
    expect(formatFigure('2.80')).toBe('2.80');
    expect(formatFigure('1645.00')).toBe('1,645');
  });

  it('prints the reported value beside a computed one only when they differ', () => {
    expect(reportedBeside(row('5.4.1.a'), row('5.4.1.a').progress!)).toBe('reportado por DGME: 2,414');
    const [same, progress] = fake({ indicador: '5.4.1.a' }, { fuente: 'operacional', valor: '10.00', valorReportado: '10.00' });
    expect(reportedBeside(same, progress)).toBeNull();
    expect(reportedBeside(row('5.5.2.a'), row('5.5.2.a').progress!)).toBeNull();
  });

  it('prints the sign of why a figure is missing, never a bare dash', () => {
    expect(valueText(row('5.4.2.a'), row('5.4.2.a').progress!)).toBe(SYMBOLS.notAvailable);
    const [suppressed, progress] = fake({}, { valor: null, suprimido: true });
    expect(valueText(suppressed, progress)).toBe(SYMBOLS.suppressed);
    const [zero, zeroProgress] = fake({}, { valor: '0.00' });
    expect(valueText(zero, zeroProgress)).toBe(SYMBOLS.zero);
    expect(valueText(row('1.1.2.a'), row('1.1.2.a').progress!)).toBe('No hecho');
  });

  it('agrees the noun with the count', () => {
    expect(counted(1, 'indicador', 'indicadores')).toBe('1 indicador');
    expect(counted(2, 'cumplida', 'cumplidas')).toBe('2 cumplidas');
    const one = (estado: 'cumplida' | 'rezagada'): PniIndicatorRow => ({ ...row('5.5.2.a'), progress: { ...row('5.5.2.a').progress!, estado } });
    expect(axisCounts([one('cumplida')], 2024)).toBe('1 indicador en el PNI; 1 tiene meta en 2024: 1 cumplida, 0 en curso, 0 en riesgo, 0 rezagadas y 0 sin datos.');
    expect(axisCounts([one('rezagada'), row('0.2.2.a')], 2024)).toContain('1 rezagada');
    expect(axisCounts([one('rezagada'), row('0.2.2.a')], 2024)).toContain('1 no ha iniciado (inicia en 2025)');
  });
});

describe('pni.pdf (demo edition, hasta 2024-03)', () => {
  it('has a section per axis, the institutions’ reports and the methodological note, in the contents', () => {
    for (const title of [
      'Resumen',
      'Cómo se lee este informe',
      'Intervenciones transversales',
      'Eje 1: Prevención de la Migración Irregular',
      'Eje 6: Factores Medioambientales',
      'Reportes de las instituciones',
      'Nota metodológica',
    ]) {
      expect(json).toContain(`"text":"${title}"`);
    }
    expect(json).toContain('Informe al 31 de marzo de 2024');
    for (const heading of ['Cobertura', 'Fuentes', 'Cifras de contexto', 'Estados y bases', 'Revisiones', 'Protección de las personas', 'Signos convencionales'])
      expect(json).toContain(`"text":"${heading}"`);
  });

  it('lists every indicator of each axis in its axis’s table, those not started as such', () => {
    const axisTables = tables().filter((item) => /avance de los indicadores/.test(item.caption));
    expect(axisTables).toHaveLength(7);
    const listed: string[] = [];
    axisTables.forEach(({ table }, index) => {
      const body = table.table.body.slice(table.table.headerRows ?? 1);
      const ids = body.map((cells) => /^(\S+)/.exec(cellText(cells[0]))![1]);
      expect(ids).toEqual(data.indicators.filter((item) => item.eje === index).map((item) => item.indicador));
      listed.push(...ids);
      body.forEach((cells, rowIndex) => {
        const item = row(ids[rowIndex]);
        const text = cells.map(cellText).join(' | ');
        expect(text, item.indicador).toContain(item.metaTexto || '(el PNI no imprime META)');
        expect(text, item.indicador).toContain(`Responsables: ${item.responsables}`);
        if (item.situacion === 'no_iniciado') expect(text, item.indicador).toContain(`No iniciado: inicia en ${item.anioInicio}`);
      });
    });
    expect(listed).toHaveLength(155);
    expect(new Set(listed)).toEqual(new Set(catalogue.indicators.map((item) => item.indicador)));
  });

  it('prints 5.4.2.a without data and the referrals as context, and 5.4.1.a computed beside reported', () => {
    const cells = (id: string) =>
      tables()
        .flatMap(({ table }) => table.table.body)
        .find((candidate) => cellText(candidate[0]).startsWith(`${id} `))!
        .map(cellText);
    const dui = cells('5.4.2.a');
    expect(dui[0]).toContain('Contexto, no es el valor del indicador (cuenta derivaciones, no documentos): 35 derivaciones');
    expect(dui.slice(1)).toEqual(['240\n20 por mes', '60', SYMBOLS.notAvailable, SYMBOLS.notAvailable, 'Sin datos', SYMBOLS.notAvailable]);
    const gami = cells('5.4.1.a');
    expect(gami[3]).toBe('3,985\nreportado por DGME: 2,414');
    expect(gami[6]).toBe('Registros DGME');
  });

  it('prints an indicator whose period has ended with its status at the close, and counts it apart', () => {
    const ended: PniReportData = { ...data, indicators: data.indicators.map((item) => (item.indicador === '1.1.2.a' ? { ...item, situacion: 'concluido' } : item)) };
    const text = JSON.stringify(pniDocument({ data: ended, document: nodeDocument(), publication }).content);
    expect(text).toContain('Periodo concluido en 2024. Estado al cierre: Rezagada (valor No hecho; meta 1).');
    expect(text).toContain('"Concluidos"');
    expect(json).not.toContain('"Concluidos"');
  });

  it('names the source of every table and chart', () => {
    const captions = (json.match(/"style":"caption"/g) ?? []).length;
    expect(captions).toBeGreaterThanOrEqual(10);
    expect((json.match(/"style":"source"/g) ?? []).length).toBe(captions);
    expect(json).toContain('Fuente: instituciones del Mecanismo de seguimiento del PNI (reportes anuales de indicadores); DGME, Dirección de Atención al Migrante (GAMI)');
    expect(json).toContain('Signos convencionales: –');
  });

  it('renders a deterministic PDF with every indicator in its text and no blank page', async () => {
    const again = await renderPdf(definition, { createdAt, compress: false });
    expect(pdf.equals(again)).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(18);
    expect(pages.length).toBeLessThanOrEqual(30);
    pages.forEach((text, index) => {
      const body = text.split('\n').filter((line) => line.trim() && !/^PNI · Informe de avance|^Página \d+ de \d+$/.test(line.trim()));
      expect(body.length, `página ${index + 1} en blanco`).toBeGreaterThan(3);
    });
    const printed = new Set(pages.join('\n').match(/\b\d\.\d\.\d{1,2}\.[a-j]\b/g));
    for (const item of catalogue.indicators) expect(printed.has(item.indicador), item.indicador).toBe(true);
    const text = pages.join('\n');
    expect(text.match(/No iniciado: inicia en 20\d\d/g)).toHaveLength(39);
    expect(text).not.toMatch(/\b\d+\.\d+ (planes|departamentos|instituciones|personas|reuniones)\b/);
  });
});
