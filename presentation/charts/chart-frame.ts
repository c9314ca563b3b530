import type * as Plot from '@observablehq/plot';
import { CHART_FONT, PALETTE } from './chart-palette.js';

/**
 * What every chart of the PDFs and the dashboards shares: the document Plot draws in, a class name
 * (`grafico-…`, the snapshot's and the stylesheet's handle), the size, the margins and the text.
 */
export interface ChartFrame {
  readonly document: Document;
  readonly className: string;
  readonly width: number;
  readonly height: number;
  /** Margins in pixels, in CSS order: top, right, bottom, left. */
  readonly margins: readonly [top: number, right: number, bottom: number, left: number];
  /** Text size in pixels (9 by default: the PDFs' chart text). */
  readonly fontSize?: number;
  /** Text colour (the ink by default). */
  readonly color?: string;
}

/** The position scales whose axes get the frame's defaults. */
const AXES = ['x', 'y', 'fx', 'fy'] as const;

/**
 * Returns a Plot spec in the shared frame: the frame's size, margins and text style, and every
 * drawn axis without a scale label or its arrow (a chart's title and units say what it shows);
 * `plot` gives the scales and marks. A scale drawn without an axis (`axis: null`) is left as given.
 */
export function chartFrame(frame: ChartFrame, plot: Plot.PlotOptions): Plot.PlotOptions {
  const [marginTop, marginRight, marginBottom, marginLeft] = frame.margins;
  const spec: Plot.PlotOptions = {
    document: frame.document,
    className: frame.className,
    width: frame.width,
    height: frame.height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontFamily: CHART_FONT, fontSize: `${frame.fontSize ?? 9}px`, color: frame.color ?? PALETTE.ink },
    ...plot,
  };
  for (const axis of AXES) {
    const scale = plot[axis];
    if (scale && scale.axis !== null) spec[axis] = { label: null, labelArrow: 'none', ...scale };
  }
  return spec;
}
