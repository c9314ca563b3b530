import { describe, expect, it } from 'vitest';
import { pniAxisProgressChart } from '../../dashboards/charts/pni-axis-progress-chart.js';
import { pniHistoryChart } from '../../dashboards/charts/pni-history-chart.js';
import { pniStatusMatrixChart } from '../../dashboards/charts/pni-status-matrix-chart.js';
import { sexSplitChart } from '../../dashboards/charts/sex-split-chart.js';
import { weekdayChart } from '../../dashboards/charts/weekday-chart.js';
import { nodeDocument, renderSvg } from '../../reports/charts/plot-render.js';
import { expectSnapshot, normalizeSvg } from '../reports/support/snapshot.js';

// Fixed rows, so the snapshots do not depend on the warehouse; the same functions draw the site's charts in the browser.
const document = nodeDocument();

const charts = {
  'tablero-sexo.svg': sexSplitChart([
    { categoria: 'Pasaportes', m: 195_243, f: 203_194 },
    { categoria: 'Residencias', m: 4_148, f: 3_292 },
    { categoria: 'Certificaciones', m: null, f: null },
  ], { document, width: 420 }),
  'tablero-dia-semana.svg': weekdayChart([1, 2, 3, 4, 5, 6, 7].flatMap((dia) => [
    { dia, serie: 'Entradas', promedio: 15_000 + dia * 900 },
    { dia, serie: 'Salidas', promedio: dia === 7 ? null : 14_500 + dia * 1_000 },
  ]), { document, width: 420, series: ['Entradas', 'Salidas'] }),
  'tablero-pni-ejes.svg': pniAxisProgressChart([
    { eje: '2. Asistencia y Protección', estado: 'Cumplida', indicadores: 1 },
    { eje: '2. Asistencia y Protección', estado: 'En curso', indicadores: 2 },
    { eje: '2. Asistencia y Protección', estado: 'Sin datos', indicadores: 11 },
    { eje: '5. Reintegración', estado: 'Rezagada', indicadores: 1 },
    { eje: '5. Reintegración', estado: 'En riesgo', indicadores: 0 },
    { eje: '5. Reintegración', estado: 'Sin datos', indicadores: 13 },
  ], { document, width: 420 }),
  'tablero-pni-matriz.svg': pniStatusMatrixChart([
    { indicador: '5.4.1.a', anio: 2024, estado: 'En curso' },
    { indicador: '5.4.1.a', anio: 2025, estado: 'Sin datos' },
    { indicador: '5.4.2.a', anio: 2024, estado: 'Rezagada' },
  ], { document, width: 420, years: [2024, 2025] }),
  'tablero-pni-historia.svg': pniHistoryChart([
    { anio: 2024, meta: 6000, valor: 3985 },
    { anio: 2025, meta: 6000, valor: null },
  ], { document, width: 420 }),
};

describe('dashboard charts: rows to a Plot spec, rendered to SVG in Node', () => {
  for (const [name, spec] of Object.entries(charts)) {
    it(`${name} matches its snapshot`, async () => {
      const svg = renderSvg(spec);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      await expectSnapshot(name, normalizeSvg(svg));
    });
  }

  it('writes Spanish labels and formats: percentages with two decimals, days and years as printed', () => {
    const sexes = renderSvg(charts['tablero-sexo.svg']);
    expect(sexes).toContain('F 51.00 %');
    expect(sexes).toContain('M 49.00 %');
    expect(renderSvg(charts['tablero-dia-semana.svg'])).toContain('>mié<');
    expect(renderSvg(charts['tablero-dia-semana.svg'])).toContain('20,000');
    expect(renderSvg(charts['tablero-pni-matriz.svg'])).toContain('>2024<');
    expect(renderSvg(charts['tablero-pni-matriz.svg'])).not.toContain('2,024');
  });

  it('draws no bar for a missing figure (never a zero-length bar pretending to be 0)', () => {
    const sexes = renderSvg(charts['tablero-sexo.svg']);
    // Two categories with figures, two sexes each.
    expect(sexes.match(/<rect /g)?.length).toBe(4);
    const days = renderSvg(charts['tablero-dia-semana.svg']);
    expect(days.match(/<rect /g)?.length).toBe(13);
  });
});
