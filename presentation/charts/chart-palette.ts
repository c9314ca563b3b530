/** Colours shared by the charts of the PDFs and the dashboards (the DGME's institutional blue). */
export const PALETTE = {
  ink: '#1f2933',
  muted: '#5f6b7a',
  current: '#0b3a6e',
  /** The medium blue between the two periods' colours (5.6:1 against white). */
  mid: '#2f6aa8',
  previous: '#a9c1de',
  accent: '#c8962e',
  grid: '#dfe5ec',
  tint: '#e8eff7',
} as const;

/** The font of chart text: Roboto in the PDF (embedded), the system font in a browser without it. */
export const CHART_FONT = 'Roboto, system-ui, sans-serif';
