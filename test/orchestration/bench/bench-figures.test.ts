import { describe, expect, it } from 'vitest';
import { checkTargets, formatBenchTable, type BenchFigures } from '../../../orchestration/bench/bench-figures.js';

/** Figures of an imaginary run: some targets met, some missed. */
const figures: BenchFigures = {
  extract_rows_per_s: 660_000,
  native_rows_per_s: 1_000_000,
  extract_ratio: 0.66,
  dbt_build_s: 80,
  full_run_s: 120,
  incremental_s: 60,
  full_rebuild_s: 600,
  incremental_ratio: 0.1,
  incremental_history_ratio: 1.5,
  noop_run_s: 4.2,
  peak_spill_mb: 9000,
  warehouse_mb: 3100,
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
    incremental_un_anio_s: 40,
    sin_novedades_hizo_nada: true,
    full_rebuild_dbt_s: 590,
    pasos: { anio: {}, historia: {}, incremental: { 'dbt build': 50 }, un_anio: { 'dbt build': 40 }, reconstruccion: { 'dbt build': 590 } },
    nodos_mas_lentos: {
      anio: [],
      historia: [],
      incremental: [
        { nodo: 'int_flujo__corregidas', segundos: 21.4 },
        { nodo: 'cuarentena', segundos: 3.2 },
      ],
      un_anio: [{ nodo: 'int_flujo__corregidas', segundos: 15.1 }],
      reconstruccion: [],
    },
    incremental_igual_a_completa: true,
    diferencias: [],
    peak_rss_node_mb: 1500,
    peak_rss_dbt_mb: 2900,
    peak_rss_node_mb_por_fase: { 'Extracción de memoria': 1500 },
    peak_rss_dbt_mb_por_fase: { 'Carga de la historia': 2900 },
    consulta_filas_anio: 11_999_952,
    consulta_filas_respuesta: 3_660,
    maquina: { cpus: 2, modelo: 'AMD EPYC', memoria_gb: 24, sistema: 'linux 6.18', carga_inicio: [1, 1, 1], carga_fin: [2, 2, 2] },
  },
};

describe('bench targets', () => {
  it('says which targets are met and by how much each missed one falls short', () => {
    expect(checkTargets(figures).map(({ label, met, gap }) => ({ label, met, gap }))).toEqual([
      { label: 'extracción / read_csv nativo', met: false, gap: 'falta 22 % (0.66 de 0.85)' },
      { label: 'ejecución completa de un año', met: false, gap: 'excede en 100 % (120 s contra 60 s)' },
      { label: 'mes incremental / reconstrucción', met: true, gap: undefined },
      { label: 'mes con toda la historia / mes con un año', met: false, gap: 'excede en 25 % (1.5 contra 1.2)' },
      { label: 'ejecución sin novedades', met: true, gap: undefined },
      { label: 'volcado a disco de la reconstrucción / tamaño del almacén', met: false, gap: 'excede en 45 % (2.9 contra 2)' },
      { label: 'memoria máxima (RSS)', met: true, gap: undefined },
      { label: 'consulta de un año de cruces por día y puesto', met: true, gap: undefined },
    ]);
  });

  it('counts a value exactly at its ≤ target as met, and a time exactly at its < target as missed', () => {
    const [, run, incremental, , noop] = checkTargets({ ...figures, full_run_s: 60, incremental_ratio: 0.1, noop_run_s: 10 });
    expect([run.met, incremental.met, noop.met]).toEqual([false, true, true]);
  });

  it('prints the table with the targets and the machine', () => {
    const table = formatBenchTable(figures);
    expect(table).toContain('✗ extracción / read_csv nativo: 0.66 (meta ≥ 0.85), falta 22 % (0.66 de 0.85)');
    expect(table).toContain('✓ ejecución sin novedades: 4.2 (meta ≤ 10 s)');
    expect(table).toMatch(/el mismo mes sobre un año de historia\s+40 s \(proporción 1\.5\)/);
    expect(table).toMatch(/volcado a disco máximo de la reconstrucción\s+9,000 MB/);
    expect(table).toContain('✓ memoria máxima (RSS): 2900 (meta < 3072 MB)');
    expect(table).toContain('✓ consulta de un año de cruces por día y puesto: 3.4 (meta < 5 s)');
    expect(table).toMatch(/consulta de un año por día y puesto \(11,999,952 filas, 3,660 en la respuesta\)\s+3\.4 s/);
    expect(formatBenchTable({ ...figures, consulta_dia_puesto_s: 6 })).toContain('✗ consulta de un año de cruces por día y puesto: 6 (meta < 5 s), excede en 20 % (6 s contra 5 s)');
    // A ratio just over its target prints its three decimals, not a rounded value equal to the target.
    expect(formatBenchTable({ ...figures, incremental_ratio: 0.101 })).toContain('✗ mes incremental / reconstrucción: 0.101 (meta ≤ 0.1), excede en 1 % (0.101 contra 0.1)');
    expect(table).toMatch(/nodos de dbt más lentos del mes nuevo\s+int_flujo__corregidas 21\.4 s, cuarentena 3\.2 s\n/);
    expect(table).toMatch(/memoria máxima de dbt en cada fase\s+Carga de la historia 2900 MB\n/);
    expect(table).toContain('Máquina: 2 núcleos (AMD EPYC), 24 GB');
  });
});
