/** The figures `memoria bench` measures; the JSON keys are the issues' (#8, #16, #17), so runs can be compared. */
export interface BenchFigures {
  extract_rows_per_s: number;
  native_rows_per_s: number;
  extract_ratio: number;
  dbt_build_s: number;
  full_run_s: number;
  incremental_s: number;
  full_rebuild_s: number;
  incremental_ratio: number;
  /** The new month with `anios` years of history over the same month with one year (#17: flat in history). */
  incremental_history_ratio: number;
  /** A run that received nothing new (the same landing again). */
  noop_run_s: number;
  /** The most DuckDB had spilled to disk at once during the full rebuild. */
  peak_spill_mb: number;
  /** The warehouse with the history and the new month. */
  warehouse_mb: number;
  peak_rss_mb: number;
  /** Seconds of one `memoria consulta` of the benchmark year by day and post, in its own process (#16). */
  consulta_dia_puesto_s: number;
  /** Context of the figures: sizes, the parts of each time, the machine. */
  detalle: BenchDetail;
}

export interface BenchDetail {
  filas: number;
  anios_historia: number;
  filas_historia: number;
  filas_mes_nuevo: number;
  filas_correccion: number;
  extraccion_s: number;
  nativo_s: number;
  carga_historia_s: number;
  incremental_dbt_s: number;
  /** The same new month and correction on a warehouse with one year of history. */
  incremental_un_anio_s: number;
  /** Whether the run without news found nothing to do (and so left the edition as it was). */
  sin_novedades_hizo_nada: boolean;
  full_rebuild_dbt_s: number;
  /** Seconds of each step of the runs (extraction, dbt build, each output). */
  pasos: Record<'anio' | 'historia' | 'incremental' | 'un_anio' | 'reconstruccion', Record<string, number>>;
  /** The dbt nodes that took longest in each run (run report `dbt.nodos_mas_lentos`). */
  nodos_mas_lentos: Record<'anio' | 'historia' | 'incremental' | 'un_anio' | 'reconstruccion', { nodo: string; segundos: number }[]>;
  incremental_igual_a_completa: boolean;
  diferencias: string[];
  peak_rss_node_mb: number;
  peak_rss_dbt_mb: number;
  /** Node's peak RSS (MB) when each phase of the benchmark ended: it only grows. */
  peak_rss_node_mb_por_fase: Record<string, number>;
  /** The highest RSS of dbt's processes within each phase that ran dbt. */
  peak_rss_dbt_mb_por_fase: Record<string, number>;
  /** Records of the benchmark year the consulta adds up (rows of marts.conteos_diarios), and the rows of its answer. */
  consulta_filas_anio: number;
  consulta_filas_respuesta: number;
  maquina: { cpus: number; modelo: string; memoria_gb: number; sistema: string; carga_inicio: number[]; carga_fin: number[] };
}

interface Target {
  readonly label: string;
  readonly value: (figures: BenchFigures) => number;
  readonly goal: number;
  /** `min`: at least the goal; `below`: under it; `atMost`: the goal or under (as each issue states it). */
  readonly kind: 'min' | 'below' | 'atMost';
  readonly unit: string;
}

const TARGETS: readonly Target[] = [
  { label: 'extracción / read_csv nativo', value: (f) => f.extract_ratio, goal: 0.85, kind: 'min', unit: '' },
  { label: 'ejecución completa de un año', value: (f) => f.full_run_s, goal: 60, kind: 'below', unit: ' s' },
  { label: 'mes incremental / reconstrucción', value: (f) => f.incremental_ratio, goal: 0.1, kind: 'atMost', unit: '' },
  { label: 'mes con toda la historia / mes con un año', value: (f) => f.incremental_history_ratio, goal: 1.2, kind: 'atMost', unit: '' },
  { label: 'ejecución sin novedades', value: (f) => f.noop_run_s, goal: 10, kind: 'atMost', unit: ' s' },
  {
    label: 'volcado a disco de la reconstrucción / tamaño del almacén',
    value: (f) => Math.round((f.peak_spill_mb / Math.max(1, f.warehouse_mb)) * 100) / 100,
    goal: 2,
    kind: 'atMost',
    unit: '',
  },
  { label: 'memoria máxima (RSS)', value: (f) => f.peak_rss_mb, goal: 3072, kind: 'below', unit: ' MB' },
  { label: 'consulta de un año de cruces por día y puesto', value: (f) => f.consulta_dia_puesto_s, goal: 5, kind: 'below', unit: ' s' },
];

/** One target with the measured value, whether it is met and, when not, by how much it is missed. */
export interface TargetResult {
  readonly label: string;
  readonly value: number;
  readonly goal: string;
  readonly met: boolean;
  /** Spanish: how far the value is from the target when it is missed (e.g. "falta 12 % (0.62 de 0.7)"). */
  readonly gap?: string;
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Returns each target of the issue with its measured value and, when missed, by how much. */
export function checkTargets(figures: BenchFigures): TargetResult[] {
  return TARGETS.map((target) => {
    const value = target.value(figures);
    const met = target.kind === 'min' ? value >= target.goal : target.kind === 'below' ? value < target.goal : value <= target.goal;
    const goal = `${{ min: '≥', below: '<', atMost: '≤' }[target.kind]} ${target.goal}${target.unit}`;
    if (met) return { label: target.label, value, goal, met };
    const percent = (Math.abs(value - target.goal) / target.goal) * 100;
    const gap =
      target.kind === 'min'
        ? `falta ${round(percent, 0)} % (${round(value)} de ${target.goal})`
        : `excede en ${round(percent, 0)} % (${round(value)}${target.unit} contra ${target.goal}${target.unit})`;
    return { label: target.label, value, goal, met, gap };
  });
}

const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const stepsText = (steps: Record<string, number>) =>
  Object.entries(steps)
    .map(([step, seconds]) => `${step} ${seconds} s`)
    .join(', ');

const nodesText = (nodes: { nodo: string; segundos: number }[]) =>
  nodes
    .slice(0, 6)
    .map((node) => `${node.nodo} ${node.segundos} s`)
    .join(', ');

/** Returns the figures as the Spanish table `memoria bench` prints. */
export function formatBenchTable(figures: BenchFigures): string {
  const d = figures.detalle;
  const rows: [string, string][] = [
    ['filas del año (flujo, una por cruce)', thousands(d.filas)],
    ['read_csv nativo de DuckDB (filas/s)', `${thousands(figures.native_rows_per_s)} (${d.nativo_s} s)`],
    ['extracción de memoria (filas/s)', `${thousands(figures.extract_rows_per_s)} (${d.extraccion_s} s)`],
    ['proporción extracción / nativo', String(figures.extract_ratio)],
    ['dbt build de los modelos de flujo', `${figures.dbt_build_s} s`],
    ['ejecución completa hasta la edición publicada', `${figures.full_run_s} s`],
    [`historia cargada (${d.anios_historia} años, ${thousands(d.filas_historia)} filas)`, `${d.carga_historia_s} s`],
    [`mes nuevo (${thousands(d.filas_mes_nuevo)} filas + corrección de ${thousands(d.filas_correccion)})`, `${figures.incremental_s} s (dbt ${d.incremental_dbt_s} s)`],
    ['reconstrucción completa con el mismo mes', `${figures.full_rebuild_s} s (dbt ${d.full_rebuild_dbt_s} s)`],
    ['  pasos del mes nuevo', stepsText(d.pasos.incremental)],
    ['  pasos del mismo mes sobre un año de historia', stepsText(d.pasos.un_anio)],
    ['  pasos de la reconstrucción', stepsText(d.pasos.reconstruccion)],
    ['  nodos de dbt más lentos del mes nuevo', nodesText(d.nodos_mas_lentos.incremental)],
    ['  … del mismo mes sobre un año de historia', nodesText(d.nodos_mas_lentos.un_anio)],
    ['proporción incremental / reconstrucción', String(figures.incremental_ratio)],
    ['el mismo mes sobre un año de historia', `${d.incremental_un_anio_s} s (proporción ${figures.incremental_history_ratio})`],
    ['ejecución sin novedades', `${figures.noop_run_s} s${d.sin_novedades_hizo_nada ? '' : ' (NO la reconoció: reconstruyó y publicó)'}`],
    ['volcado a disco máximo de la reconstrucción', `${thousands(figures.peak_spill_mb)} MB`],
    ['incremental igual a reconstrucción', d.incremental_igual_a_completa ? 'sí' : `NO: ${d.diferencias.join('; ')}`],
    ['memoria máxima: Node / dbt', `${d.peak_rss_node_mb} MB / ${d.peak_rss_dbt_mb} MB`],
    [
      '  memoria máxima de Node al terminar cada fase',
      Object.entries(d.peak_rss_node_mb_por_fase)
        .map(([phase, mb]) => `${phase} ${mb} MB`)
        .join(', '),
    ],
    [
      '  memoria máxima de dbt en cada fase',
      Object.entries(d.peak_rss_dbt_mb_por_fase)
        .map(([phase, mb]) => `${phase} ${mb} MB`)
        .join(', '),
    ],
    ['tamaño del almacén con la historia', `${thousands(figures.warehouse_mb)} MB`],
    [`consulta de un año por día y puesto (${thousands(d.consulta_filas_anio)} filas, ${thousands(d.consulta_filas_respuesta)} en la respuesta)`, `${figures.consulta_dia_puesto_s} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  lines.push('', 'Metas (#8, #16, #17):');
  for (const target of checkTargets(figures)) {
    lines.push(`  ${target.met ? '✓' : '✗'} ${target.label}: ${round(target.value)} (meta ${target.goal})${target.gap ? `, ${target.gap}` : ''}`);
  }
  const m = d.maquina;
  lines.push('', `Máquina: ${m.cpus} núcleos (${m.modelo}), ${m.memoria_gb} GB, ${m.sistema}; carga media al inicio ${m.carga_inicio.join(' ')}, al final ${m.carga_fin.join(' ')}.`);
  return lines.join('\n');
}
