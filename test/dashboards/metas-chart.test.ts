/** The POA follow-up chart (only the dashboards draw it): fixed rows rendered to SVG in Node against test/snapshots/tablero-metas-poa.svg. */
import { describe, expect, it } from 'vitest';
import { nodeDocument, renderSvg } from '../../presentation/charts/render-svg.js';
import { targetFollowUpChart } from '../../presentation/charts/target-follow-up-chart.js';
import { expectSnapshot, normalizeSvg } from '../support/snapshot.js';

const spec = targetFollowUpChart(
  [
    { linea: 'Pasaportes emitidos · San Miguel (meta anual)', porcentaje: 82.51, etiqueta: '82.51 %', estado: 'En riesgo' },
    { linea: 'Personas extranjeras resguardadas en el CAIPEM (meta anual)', porcentaje: null, etiqueta: 'x', estado: 'Reservada' },
    { linea: 'Resoluciones de residencia', porcentaje: 163.85, etiqueta: '163.85 %', estado: 'En curso' },
    { linea: 'Visas, prórrogas y avales PEI · Prórrogas', porcentaje: 841.67, etiqueta: '841.67 %', estado: 'Cumplida' },
    { linea: 'Resoluciones de nacionalidad', porcentaje: 61.2, etiqueta: '61.20 %', estado: 'Rezagada' },
  ],
  { document: nodeDocument(), width: 488 },
);

describe('the POA follow-up chart', () => {
  it('draws a bar per line with a figure in its status colour, cut at 200 %, the 100 % line, and the sign of a withheld line', async () => {
    const svg = renderSvg(spec);
    expect(svg).toContain('841.67 %');
    expect(svg).toContain('>x<');
    expect(svg).toContain('#a3432f');
    expect(svg).not.toMatch(/[↑↓→←]/);
    await expectSnapshot('tablero-metas-poa.svg', normalizeSvg(svg));
  });
});
