import * as Plot from '@observablehq/plot';
import { PALETTE } from '../../../presentation/charts/chart-palette.js';
import { percentLabel } from '../../../presentation/format/number-format.js';
import { sexSplitChart, type SexSplitDatum } from '../../../presentation/charts/sex-split-chart.js';
import type { FigureSpec } from '../components/chart-figure.js';
import { withMarks } from '../../../presentation/charts/screen-spec.js';
import { cifraText, cifraValue, shareText, type Cifra } from '../data/figures.js';
import { spanLabel } from '../data/period-months.js';
import type { PageContext } from '../page-context.js';

/** One category to split by sex: its cube and the codes that count. */
export interface SexSplitSource {
  readonly categoria: string;
  readonly cubo: string;
  readonly filtro?: Readonly<Record<string, readonly string[]>>;
}

/** Returns a figure of each category's split into women and men over the reporting period. */
export function sexSplitFigure(context: PageContext, titulo: string, sources: readonly SexSplitSource[], applies = { oficina: false }): FigureSpec {
  const rows = sources.map((source) => {
    const cube = context.cubes[source.cubo];
    const bySex = cube ? cube.groupSum(context.filter(cube, context.state.periodo, source.filtro, { ...applies, sexo: false }), 'sexo') : new Map<string, Cifra>();
    const has = (sexo: string) => cube?.codes('sexo').includes(sexo);
    return { categoria: source.categoria, m: has('M') ? (bySex.get('M') ?? null) : null, f: has('F') ? (bySex.get('F') ?? null) : null, fuente: cube?.fuente ?? source.cubo };
  });
  const data: SexSplitDatum[] = rows.map((row) => ({ categoria: row.categoria, m: cifraValue(row.m), f: cifraValue(row.f) }));
  const total = (row: (typeof rows)[number]): Cifra => (typeof row.m === 'number' && typeof row.f === 'number' ? row.m + row.f : null);
  return {
    titulo: `${titulo}, ${spanLabel(context.state.periodo)}`,
    unidades: 'porcentaje de cada categoría (F femenino, M masculino)',
    fuente: context.source(...new Set(rows.map((row) => row.fuente))),
    nota:
      [
        rows.some((row) => row.m === null || row.f === null) ? 'Sin barra: la fuente no registra el sexo o la cifra no está publicada.' : '',
        context.state.sexo ? 'Este gráfico muestra ambos sexos aunque el filtro de sexo esté activo.' : '',
      ]
        .filter(Boolean)
        .join(' ') || undefined,
    leyenda: [
      { etiqueta: 'Femenino', color: PALETTE.current },
      { etiqueta: 'Masculino', color: PALETTE.previous },
    ],
    plot: data.some((row) => row.m !== null && row.f !== null)
      ? (document, width) => {
          const spec = sexSplitChart(data, { document, width });
          const tips = data.filter((row) => row.m !== null && row.f !== null && row.m + row.f > 0);
          const tip = Plot.tip(
            tips,
            Plot.pointerY({
              x: () => 50,
              y: 'categoria',
              title: (row: SexSplitDatum) => `${row.categoria}\nFemenino: ${percentLabel((row.f! / (row.m! + row.f!)) * 100)}\nMasculino: ${percentLabel((row.m! / (row.m! + row.f!)) * 100)}`,
            }),
          );
          return withMarks(spec, tip);
        }
      : null,
    tabla: {
      columnas: [{ titulo: 'Categoría' }, { titulo: 'Femenino', numerica: true }, { titulo: '% F', numerica: true }, { titulo: 'Masculino', numerica: true }, { titulo: '% M', numerica: true }],
      filas: rows.map((row) => [row.categoria, cifraText(row.f), shareText(row.f, total(row)), cifraText(row.m), shareText(row.m, total(row))]),
    },
  };
}
