import { describe, expect, it } from 'vitest';
import { budgetExecutionChart } from '../../../reports/charts/budget-execution-chart.js';
import { comparisonBarChart } from '../../../reports/charts/comparison-bar-chart.js';
import { periodMonthlyChart } from '../../../reports/charts/period-monthly-chart.js';
import { nodeDocument, renderSvg } from '../../../reports/charts/plot-render.js';
import { sparklineChart } from '../../../reports/charts/sparkline-chart.js';
import { targetAttainmentChart } from '../../../reports/charts/target-attainment-chart.js';
import { expectSnapshot, normalizeSvg } from '../support/snapshot.js';

// Fixed rows (Tabla 12 and Tabla 10 of the 2023-2024 Memoria), so the snapshots do not depend on the warehouse.
const periodLabels = ['jun 2022 – mar 2023', 'jun 2023 – mar 2024'] as const;
const document = nodeDocument();

const charts = {
  'grafico-comparacion.svg': comparisonBarChart([
    { categoria: 'Recuperación P/Ser Salva.', anterior: 35, actual: 49 },
    { categoria: 'Renuncia a ser Salv.', anterior: 34, actual: 28 },
    { categoria: 'Nacionalización', anterior: 294, actual: 320 },
    { categoria: 'Avales de Trámites Permisos Especiales de Ingreso en Línea', anterior: null, actual: 548 },
  ], { document, width: 488, periodLabels }),
  'grafico-mensual.svg': periodMonthlyChart(
    ['2022-06', '2022-07', '2022-08', '2023-06', '2023-07', '2023-08'].map((mes, index) => ({
      posicion: index % 3, mes, periodo: index < 3 ? 'anterior' as const : 'actual' as const, cantidad: [1200000, 980000, 1010000, 1250000, null, 1300000][index],
    })),
    { document, width: 488, periodLabels },
  ),
  'grafico-presupuesto.svg': budgetExecutionChart([
    { etiqueta: 'FAE junio a diciembre 2023', vigente: 19442720, devengado: 15115918.79, porcentaje: '77.75 %' },
    { etiqueta: 'GOES enero a marzo 2024', vigente: 2233325, devengado: 1171720.31, porcentaje: '52.47 %' },
  ], { document, width: 488 }),
  'grafico-metas.svg': targetAttainmentChart([
    { indicador: 'Pasaportes emitidos', porcentaje: 108.8, etiqueta: '108.80 %' },
    { indicador: 'Personas retornadas atendidas', porcentaje: 92.5, etiqueta: '92.50 %' },
  ], { document, width: 488 }),
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
