import * as Plot from '@observablehq/plot';
import { percentLabel } from '../format/number-format.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One category split by sex: its label and the counts of men and women (null when not published). */
export interface SexSplitDatum {
  readonly categoria: string;
  readonly m: number | null;
  readonly f: number | null;
}

export interface SexSplitChartOptions {
  readonly document: Document;
  readonly width: number;
}

const SEXES = ['Femenino', 'Masculino'] as const;

/**
 * Returns a Plot spec of each category's split by sex as one 100 % bar: women (dark) then men
 * (light), each share written inside its part. Categories without both figures draw no bar.
 */
export function sexSplitChart(rows: readonly SexSplitDatum[], options: SexSplitChartOptions): Plot.PlotOptions {
  const parts = rows.flatMap((row) => {
    if (row.m === null || row.f === null || row.m + row.f === 0) return [];
    const total = row.m + row.f;
    return [
      { categoria: row.categoria, sexo: SEXES[0], cantidad: row.f, porcentaje: (row.f / total) * 100 },
      { categoria: row.categoria, sexo: SEXES[1], cantidad: row.m, porcentaje: (row.m / total) * 100 },
    ];
  });
  const longest = Math.min(28, Math.max(4, ...rows.map((row) => row.categoria.length)));
  const frame = { document: options.document, className: 'grafico-sexo', width: options.width, height: rows.length * 26 + 34, margins: [6, 22, 26, Math.round(longest * 5.3) + 10] } as const;
  return chartFrame(frame, {
    x: { domain: [0, 100], tickFormat: (value: number) => `${value} %`, ticks: 5, grid: true },
    y: { domain: rows.map((row) => row.categoria), padding: 0.25 },
    color: { domain: [...SEXES], range: [PALETTE.current, PALETTE.previous], legend: false },
    marks: [
      Plot.axisY({ anchor: 'left', label: null, tickSize: 0, lineWidth: 28, textOverflow: 'ellipsis-end' }),
      Plot.barX(parts, Plot.stackX({ x: 'porcentaje', y: 'categoria', fill: 'sexo', z: 'sexo', order: [...SEXES] })),
      Plot.text(
        parts,
        Plot.stackX({
          x: 'porcentaje',
          y: 'categoria',
          z: 'sexo',
          order: [...SEXES],
          text: (part: { sexo: string; porcentaje: number }) => (part.porcentaje >= 12 ? `${part.sexo[0]} ${percentLabel(part.porcentaje)}` : ''),
          fill: (part: { sexo: string }) => (part.sexo === SEXES[0] ? '#ffffff' : PALETTE.ink),
        }),
      ),
      Plot.ruleX([50], { stroke: PALETTE.ink, strokeDasharray: '2,2', strokeOpacity: 0.5 }),
    ],
  });
}
