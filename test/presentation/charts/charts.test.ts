/**
 * Every chart of presentation/charts/, from fixed rows to an SVG rendered in Node, against its snapshot
 * (test/snapshots/grafico-*.svg for the charts the PDFs print, tablero-*.svg for those only the
 * dashboards draw today).
 */
import { describe, expect, it } from 'vitest';
import { budgetExecutionChart } from '../../../presentation/charts/budget-execution-chart.js';
import { comparisonBarChart } from '../../../presentation/charts/comparison-bar-chart.js';
import { periodMonthlyChart } from '../../../presentation/charts/period-monthly-chart.js';
import { pniAxisProgressChart } from '../../../presentation/charts/pni-axis-progress-chart.js';
import { pniHistoryChart } from '../../../presentation/charts/pni-history-chart.js';
import { pniStatusMatrixChart } from '../../../presentation/charts/pni-status-matrix-chart.js';
import { nodeDocument, renderSvg } from '../../../presentation/charts/render-svg.js';
import { sexSplitChart } from '../../../presentation/charts/sex-split-chart.js';
import { sparklineChart } from '../../../presentation/charts/sparkline-chart.js';
import { targetAttainmentChart } from '../../../presentation/charts/target-attainment-chart.js';
import { weekdayChart } from '../../../presentation/charts/weekday-chart.js';
import { expectSnapshot, normalizeSvg } from '../../support/snapshot.js';

// Fixed rows (Tabla 12 and Tabla 10 of the 2023-2024 Memoria), so the snapshots do not depend on the warehouse.
const periodLabels = ['jun 2022 – mar 2023', 'jun 2023 – mar 2024'] as const;
const document = nodeDocument();

const charts = {
  'grafico-comparacion.svg': comparisonBarChart(
    [
      { categoria: 'Recuperación P/Ser Salva.', anterior: 35, actual: 49 },
      { categoria: 'Renuncia a ser Salv.', anterior: 34, actual: 28 },
      { categoria: 'Nacionalización', anterior: 294, actual: 320 },
      { categoria: 'Avales de Trámites Permisos Especiales de Ingreso en Línea', anterior: null, actual: 548 },
    ],
    { document, width: 488, periodLabels },
  ),
  'grafico-mensual.svg': periodMonthlyChart(
    ['2022-06', '2022-07', '2022-08', '2023-06', '2023-07', '2023-08'].map((mes, index) => ({
      posicion: index % 3,
      mes,
      periodo: index < 3 ? ('anterior' as const) : ('actual' as const),
      cantidad: [1200000, 980000, 1010000, 1250000, null, 1300000][index],
    })),
    { document, width: 488, periodLabels },
  ),
  'grafico-presupuesto.svg': budgetExecutionChart(
    [
      { etiqueta: 'FAE junio a diciembre 2023', vigente: 19442720, devengado: 15115918.79, porcentaje: '77.75 %' },
      { etiqueta: 'GOES enero a marzo 2024', vigente: 2233325, devengado: 1171720.31, porcentaje: '52.47 %' },
    ],
    { document, width: 488 },
  ),
  'grafico-metas.svg': targetAttainmentChart(
    [
      { indicador: 'Pasaportes emitidos', porcentaje: 108.8, etiqueta: '108.80 %' },
      { indicador: 'Personas retornadas atendidas', porcentaje: 92.5, etiqueta: '92.50 %' },
    ],
    { document, width: 488 },
  ),
  'grafico-mini.svg': sparklineChart(
    ['2023-03', '2023-04', '2023-05', '2023-06', '2024-01', '2024-02', '2024-03'].map((mes, index) => ({ mes, cantidad: index === 2 ? null : 100 + index * 10 })),
    { document, width: 150, highlight: '2024-03' },
  ),
};

describe('charts: rows to a Plot spec rendered to SVG in Node (the same code the dashboards use)', () => {
  for (const [name, spec] of Object.entries(charts)) {
    it(`${name} matches its snapshot`, async () => {
      const svg = renderSvg(spec);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      // Spanish formats and no axis-label arrows.
      expect(svg).not.toMatch(/[↑↓→←]/);
      await expectSnapshot(name, normalizeSvg(svg));
    });
  }

  it('writes numbers with comma thousands and Spanish month names', () => {
    expect(renderSvg(charts['grafico-mensual.svg'])).toContain('1,200,000');
    expect(renderSvg(charts['grafico-mensual.svg'])).toContain('>jul<');
    expect(renderSvg(charts['grafico-comparacion.svg'])).toContain('>320<');
    expect(renderSvg(charts['grafico-presupuesto.svg'])).toContain('$ 15 M');
  });

  it('draws no bar for a missing figure', () => {
    const svg = renderSvg(charts['grafico-comparacion.svg']);
    expect((svg.match(/<rect/g) ?? []).length).toBe(7);
  });
});

// Charts only the dashboards draw today (fixed rows); the same functions draw the site's charts in the browser.
const siteCharts = {
  'tablero-sexo.svg': sexSplitChart(
    [
      { categoria: 'Pasaportes', m: 195_243, f: 203_194 },
      { categoria: 'Residencias', m: 4_148, f: 3_292 },
      { categoria: 'Certificaciones', m: null, f: null },
    ],
    { document, width: 420 },
  ),
  'tablero-dia-semana.svg': weekdayChart(
    [1, 2, 3, 4, 5, 6, 7].flatMap((dia) => [
      { dia, serie: 'Entradas', promedio: 15_000 + dia * 900 },
      { dia, serie: 'Salidas', promedio: dia === 7 ? null : 14_500 + dia * 1_000 },
    ]),
    { document, width: 420, series: ['Entradas', 'Salidas'] },
  ),
  'tablero-pni-ejes.svg': pniAxisProgressChart(
    [
      { eje: '2. Asistencia y Protección', estado: 'Cumplida', indicadores: 1 },
      { eje: '2. Asistencia y Protección', estado: 'En curso', indicadores: 2 },
      { eje: '2. Asistencia y Protección', estado: 'Sin datos', indicadores: 11 },
      { eje: '5. Reintegración', estado: 'Rezagada', indicadores: 1 },
      { eje: '5. Reintegración', estado: 'En riesgo', indicadores: 0 },
      { eje: '5. Reintegración', estado: 'Sin datos', indicadores: 13 },
    ],
    { document, width: 420 },
  ),
  'tablero-pni-matriz.svg': pniStatusMatrixChart(
    [
      { indicador: '5.4.1.a', anio: 2024, estado: 'En curso' },
      { indicador: '5.4.1.a', anio: 2025, estado: 'Sin datos' },
      { indicador: '5.4.2.a', anio: 2024, estado: 'Rezagada' },
    ],
    { document, width: 420, years: [2024, 2025] },
  ),
  'tablero-pni-historia.svg': pniHistoryChart(
    [
      { anio: 2024, meta: 6000, valor: 3985 },
      { anio: 2025, meta: 6000, valor: null },
    ],
    { document, width: 420 },
  ),
};

describe('dashboard charts: rows to a Plot spec, rendered to SVG in Node', () => {
  for (const [name, spec] of Object.entries(siteCharts)) {
    it(`${name} matches its snapshot`, async () => {
      const svg = renderSvg(spec);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      await expectSnapshot(name, normalizeSvg(svg));
    });
  }

  it('writes Spanish labels and formats: percentages with two decimals, days and years as printed', () => {
    const sexes = renderSvg(siteCharts['tablero-sexo.svg']);
    expect(sexes).toContain('F 51.00 %');
    expect(sexes).toContain('M 49.00 %');
    expect(renderSvg(siteCharts['tablero-dia-semana.svg'])).toContain('>mié<');
    expect(renderSvg(siteCharts['tablero-dia-semana.svg'])).toContain('20,000');
    expect(renderSvg(siteCharts['tablero-pni-matriz.svg'])).toContain('>2024<');
    expect(renderSvg(siteCharts['tablero-pni-matriz.svg'])).not.toContain('2,024');
  });

  it('draws no bar for a missing figure (never a zero-length bar pretending to be 0)', () => {
    const sexes = renderSvg(siteCharts['tablero-sexo.svg']);
    // Two categories with figures, two sexes each.
    expect(sexes.match(/<rect /g)?.length).toBe(4);
    const days = renderSvg(siteCharts['tablero-dia-semana.svg']);
    expect(days.match(/<rect /g)?.length).toBe(13);
  });
});
