import { describe, expect, it } from 'vitest';
import { checkTargets, formatBenchTable, type BenchFigures } from '../../../orchestration/bench/bench-figures.js';

/** Figures of an imaginary run: three targets met, two missed. */
const figures: BenchFigures = {
  extract_rows_per_s: 660_000,
  native_rows_per_s: 1_000_000,
  extract_ratio: 0.66,
  dbt_build_s: 80,
  full_run_s: 120,
  incremental_s: 60,
  full_rebuild_s: 600,
  incremental_ratio: 0.1,
  peak_rss_mb: 2900,
  consulta_dia_puesto_s: 3.4,
  detalle: {
    filas: 12_000_000,
    anios_historia: 5,
    filas_historia: 60_000_000,
    filas_mes_nuevo: 1_000_000,
    filas_correccion: 10_000,
    extraccion_s: 18.2,
    nativo_s: 12,
    carga_historia_s: 700,
    incremental_dbt_s: 50,
    full_rebuild_dbt_s: 590,
    pasos: { anio: {}, historia: {}, incremental: { 'dbt build': 50 }, reconstruccion: { 'dbt build': 590 } },
    incremental_igual_a_completa: true,
    diferencias: [],
    peak_rss_node_mb: 1500,
    peak_rss_dbt_mb: 2900,
    peak_rss_node_mb_por_fase: { 'Extracción de memoria': 1500 },
    almacen_mb: 3100,
    consulta_filas_anio: 11_999_952,
    consulta_filas_respuesta: 3_660,
    maquina: { cpus: 2, modelo: 'AMD EPYC', memoria_gb: 24, sistema: 'linux 6.18', carga_inicio: [1, 1, 1], carga_fin: [2, 2, 2] },
  },
};

describe('bench targets', () => {
  it('says which targets are met and by how much each missed one falls short', () => {
    expect(checkTargets(figures).map(({ label, met, gap }) => ({ label, met, gap }))).toEqual([
      { label: 'extracción / read_csv nativo', met: false, gap: 'falta 6 % (0.66 de 0.7)' },
      { label: 'ejecución completa de un año', met: false, gap: 'excede en 33 % (120 s contra 90 s)' },
      { label: 'mes incremental / reconstrucción', met: true, gap: undefined },
      { label: 'memoria máxima (RSS)', met: true, gap: undefined },
      { label: 'consulta de un año de cruces por día y puesto', met: true, gap: undefined },
    ]);
  });

  it('counts a ratio exactly at its ≤ target as met, and a time exactly at its < target as missed', () => {
    const [, run, incremental] = checkTargets({ ...figures, full_run_s: 90, incremental_ratio: 0.15 });
    expect([run.met, incremental.met]).toEqual([false, true]);
  });

  it('prints the table with the targets and the machine', () => {
    const table = formatBenchTable(figures);
    expect(table).toContain('✗ extracción / read_csv nativo: 0.66 (meta ≥ 0.7), falta 6 % (0.66 de 0.7)');
    expect(table).toContain('✓ memoria máxima (RSS): 2900 (meta < 3072 MB)');
    expect(table).toContain('✓ consulta de un año de cruces por día y puesto: 3.4 (meta < 5 s)');
    expect(table).toMatch(/consulta de un año por día y puesto \(11,999,952 filas, 3,660 en la respuesta\)\s+3\.4 s/);
    expect(formatBenchTable({ ...figures, consulta_dia_puesto_s: 6 })).toContain('✗ consulta de un año de cruces por día y puesto: 6 (meta < 5 s), excede en 20 % (6 s contra 5 s)');
    expect(table).toContain('Máquina: 2 núcleos (AMD EPYC), 24 GB');
  });
});
