/**
 * WCAG 2 contrast between two colours (`#rrggbb`): 1 for the same colour, 21 for black on white.
 * The dashboards' colours are held to it: 3:1 for chart marks, 4.5:1 for text.
 */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The relative luminance of a `#rrggbb` colour (WCAG 2's definition, sRGB). */
export function relativeLuminance(color: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`Color no válido (se espera #rrggbb): «${color}».`);
  const [red, green, blue] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
