import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipelines/paths.js';
import { reportingPeriod } from '../../pipelines/run/reporting-period.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { parseCsv } from '../../reports/open-data/csv-read.js';
import { protectRelease } from '../../reports/privacy/protected-release.js';
import { demoEditionPaths, readPublishedCsv } from '../support/demo-edition.js';
import { attack, type FineRow, type SumRow } from './lp-attacker.js';

// Written from outputs.md, not from reports/privacy: what each protected source publishes and how it adds up.
const period = { actual: ['2023-06', '2024-03'], anterior: ['2022-06', '2023-03'] } as const;
const THRESHOLD = 5;
type Row = Record<string, string>;

interface Source {
  readonly monthly: string;
  readonly dims: readonly string[];
  readonly small: (row: Row) => boolean;
  readonly coarse: readonly { name: string; by: readonly string[]; time: 'mes' | 'trimestre' | 'anio'; where?: Row }[];
  readonly cuadro?: { name: string; column: string };
  /** Totals the PDFs print: filters of the measures over this dataset, by month, period, year to date and year. */
  readonly printed: readonly Row[];
  /** The Memoria prints the period totals by sex too (a table of its own, or the register's sentence by sex). */
  readonly printedBySex?: true;
  /** PNI indicators computed from this dataset: their filter, summed over each year up to the reporting month. */
  readonly pni?: readonly Row[];
}

const sources: Record<string, Source> = {
  retornados: {
    monthly: 'retornados_mensual', dims: ['via', 'sexo', 'grupo_edad', 'pais_procedencia'], small: () => true,
    coarse: [{ name: 'retornados_ruta_mensual', by: ['via', 'sexo'], time: 'mes' }, { name: 'retornados_nna_trimestral', by: ['sexo'], time: 'trimestre', where: { grupo_edad: 'nna' } }],
    cuadro: { name: 'retornados_via', column: 'via' }, printed: [{}], pni: [{}],
  },
  derivaciones: {
    monthly: 'derivaciones_mensual', dims: ['institucion', 'sexo'], small: () => true,
    coarse: [{ name: 'derivaciones_institucion_trimestral', by: ['institucion'], time: 'trimestre' }],
    cuadro: { name: 'derivaciones_institucion', column: 'institucion' }, printed: [{}], pni: [{ institucion: 'rnpn' }],
  },
  resguardos: {
    monthly: 'resguardos_mensual', dims: ['nacionalidad', 'sexo', 'region'], small: () => true,
    coarse: [{ name: 'resguardos_region_anual', by: ['region'], time: 'anio' }], printed: [{}], printedBySex: true,
  },
  residencias: {
    monthly: 'residencias_mensual', dims: ['calidad', 'sexo', 'nacionalidad'], small: (row) => row.nacionalidad !== '' && row.nacionalidad !== 'otras',
    coarse: [{ name: 'residencias_calidad_mensual', by: ['calidad', 'sexo'], time: 'mes' }],
    cuadro: { name: 'residencias_calidad', column: 'calidad' }, printed: [{}], printedBySex: true,
  },
  prechequeo: {
    monthly: 'prechequeo_mensual', dims: ['tipo', 'puesto', 'sexo'], small: (row) => row.tipo === 'autorizacion_salida_nna',
    coarse: [], printed: [{ tipo: 'autorizacion_salida_nna' }],
  },
};

const regions = new Map(parseCsv(await readFile(join(projectRoot, 'seeds', 'paises.csv'), 'utf8')).map((row) => [row.codigo, row.region]));
const withRegion = (row: Row) => (row.nacionalidad !== undefined ? { ...row, region: regions.get(row.nacionalidad) ?? 'no_reconocida' } : row);
const span = (time: string, value: string): [string, string] => {
  if (time === 'mes') return [value, value];
  if (time === 'anio') return [`${value}-01`, `${value}-12`];
  const quarter = Number(value.slice(6));
  return [`${value.slice(0, 4)}-${String(3 * quarter - 2).padStart(2, '0')}`, `${value.slice(0, 4)}-${String(3 * quarter).padStart(2, '0')}`];
};

/** Builds the attacker's view of one source from published rows (`cantidad` '' = unknown). */
function view(source: Source, monthly: Row[], coarse: Map<string, Row[]>, cuadros: Row[], printedTotals: (filter: Row, desde: string, hasta: string) => number): { fine: FineRow[]; sums: SumRow[] } {
  const value = (text: string | undefined) => (text === '' || text === undefined ? null : Number(text));
  const fine = monthly.map((row) => withRegion(row)).map((row) => ({ mes: row.mes, dims: Object.fromEntries(source.dims.map((dim) => [dim, row[dim] ?? ''])), value: value(row.cantidad) }));
  const sums: SumRow[] = [];
  for (const grid of source.coarse) {
    for (const row of coarse.get(grid.name)!) {
      const [desde, hasta] = span(grid.time, row[grid.time]);
      sums.push({ label: `${grid.name} ${JSON.stringify(row)}`, desde, hasta, where: { ...grid.where, ...Object.fromEntries(grid.by.map((dim) => [dim, row[dim]])) }, value: value(row.cantidad) });
    }
  }
  if (source.cuadro) {
    for (const row of cuadros.filter((candidate) => candidate.cuadro === source.cuadro!.name)) {
      for (const which of ['anterior', 'actual'] as const) {
        for (const [column, sexo] of [['m', 'M'], ['f', 'F'], ['total', undefined]] as const) {
          const where: Row = {};
          if (row.codigo !== 'total') where[source.cuadro.column] = row.codigo;
          if (sexo) where.sexo = sexo;
          sums.push({ label: `cuadro ${row.cuadro} ${row.codigo} ${column}_${which}`, desde: period[which][0], hasta: period[which][1], where, value: value(row[`${column}_${which}`]) });
        }
      }
    }
  }
  // Printed totals: every month, both periods, the bulletin's years to date, the calendar years (the attacker gets them exactly).
  const months = [...new Set(monthly.map((row) => row.mes))];
  const years = [...new Set(months.map((mes) => mes.slice(0, 4)))].filter((year) => year <= '2024');
  const yearSpans = years.map((year) => [`${year}-01`, year === '2024' ? '2024-03' : `${year}-12`, {}] as [string, string, Row]);
  const printed = (filter: Row, spans: [string, string, Row][]) => {
    for (const [desde, hasta, extra] of spans) {
      const where = { ...filter, ...extra };
      sums.push({ label: `impreso ${JSON.stringify(where)} ${desde}..${hasta}`, desde, hasta, where, value: printedTotals(where, desde, hasta) });
    }
  };
  for (const filter of source.printed) {
    const spans: [string, string, Row][] = [...months.map((mes) => [mes, mes, {}] as [string, string, Row]), ['2024-01', '2024-03', {}], ['2023-01', '2023-03', {}], ...yearSpans];
    for (const which of ['anterior', 'actual'] as const) {
      for (const sexo of source.printedBySex ? [undefined, 'M', 'F'] : [undefined]) spans.push([period[which][0], period[which][1], sexo ? { sexo } : {}]);
    }
    printed(filter, spans);
  }
  for (const filter of source.pni ?? []) printed(filter, yearSpans);
  return { fine, sums };
}

const truthRows = new Map<string, Row[]>();
const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
for (const source of Object.values(sources)) truthRows.set(source.monthly, await warehouse.rows<Row>(`select columns(*)::varchar from marts.${source.monthly}`));
warehouse.close();

/** True values, from the warehouse, mapped onto the published grid (nationalities merged into `otras`). */
function truthOf(source: Source, published: Row[]) {
  const kept = new Set(published.map((row) => row.nacionalidad));
  const rows = truthRows.get(source.monthly)!.map((row) => withRegion({ ...row, ...(row.nacionalidad !== undefined && row.nacionalidad !== null && !kept.has(row.nacionalidad) ? { nacionalidad: 'otras' } : {}) }));
  const total = (where: Row, desde: string, hasta: string) =>
    rows.filter((row) => row.mes >= desde && row.mes <= hasta && Object.entries(where).every(([key, value]) => (row[key] ?? '') === value)).reduce((sum, row) => sum + Number(row.cantidad), 0);
  return { rows, total };
}

async function attackRelease(load: (name: string) => Promise<Row[]>): Promise<string[]> {
  const cuadros = await load('cuadros_memoria');
  const breaches: string[] = [];
  for (const source of Object.values(sources)) {
    const monthly = await load(source.monthly);
    const coarse = new Map(await Promise.all(source.coarse.map(async (grid) => [grid.name, await load(grid.name)] as const)));
    const truth = truthOf(source, monthly);
    const { fine, sums } = view(source, monthly, coarse, cuadros, truth.total);
    const labelTruth = new Map<string, number>();
    for (const row of fine) labelTruth.set(`${row.mes} ${JSON.stringify(row.dims)}`, truth.total(row.dims, row.mes, row.mes));
    for (const sum of sums) labelTruth.set(sum.label, truth.total(sum.where, sum.desde, sum.hasta));
    for (const breach of await attack(fine, sums, (label) => labelTruth.get(label)!, THRESHOLD)) breaches.push(`${source.monthly}: ${breach.label} ≤ ${breach.max}`);
  }
  return breaches;
}

describe('disclosure control of the published release (outputs.md, Privacy)', () => {
  it('suppresses every published cell of a protected population counting 1 to 4 people, and keeps true zeros', async () => {
    let suppressed = 0;
    for (const source of Object.values(sources)) {
      for (const row of await readPublishedCsv(source.monthly)) {
        if (row.suprimido === 'true') suppressed++;
        else if (source.small(row)) expect(Number(row.cantidad) === 0 || Number(row.cantidad) >= THRESHOLD, `${source.monthly} ${JSON.stringify(row)}`).toBe(true);
      }
    }
    expect(suppressed).toBeGreaterThan(100);
  });

  it('merges the register’s rare nationalities into «otras», the same in every table', async () => {
    const residencias = await readPublishedCsv('residencias_mensual');
    expect(residencias.some((row) => row.nacionalidad === 'otras')).toBe(true);
    const truth = truthRows.get('residencias_mensual')!;
    const published = new Set(residencias.map((row) => row.nacionalidad));
    expect(truth.some((row) => !published.has(row.nacionalidad))).toBe(true);
  });

  it('an attacker with every published figure and linear programming recovers nothing and proves nothing small', { timeout: 300_000 }, async () => {
    expect(await attackRelease(readPublishedCsv)).toEqual([]);
  });

  it('the same attacker breaks a release with primary suppression only (the attack is real)', { timeout: 300_000 }, async () => {
    const primaryOnly = async (name: string) => {
      const published = await readPublishedCsv(name);
      const source = Object.values(sources).find((candidate) => candidate.monthly === name);
      if (!source) return published;
      const truth = truthOf(source, published);
      return published.map((row) => {
        const value = truth.total(Object.fromEntries(source.dims.filter((dim) => dim !== 'region').map((dim) => [dim, row[dim] ?? ''])), row.mes, row.mes);
        return { ...row, cantidad: source.small(row) && value >= 1 && value < THRESHOLD ? '' : String(value) };
      });
    };
    expect((await attackRelease(primaryOnly)).length).toBeGreaterThan(0);
  });

  it('takes the threshold as a setting: a higher threshold suppresses more, and the audit still passes', { timeout: 300_000 }, async () => {
    const readOnly = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      const demo = reportingPeriod('2023-06', '2024-03');
      const five = await protectRelease(readOnly, demo, 5);
      const ten = await protectRelease(readOnly, demo, 10);
      // Returnees are never merged: a higher threshold can only suppress more of them.
      const suppressed = (release: typeof five) => release.tables.get('retornados_mensual')!.rows.filter((row) => row.suprimido === 'true').length;
      expect(suppressed(ten)).toBeGreaterThan(suppressed(five));
      expect(ten.summary.agrupadas_en_otras.length).toBeGreaterThanOrEqual(five.summary.agrupadas_en_otras.length);
      expect(ten.audit.failures).toEqual([]);
      expect(five.summary.intervalo_mas_estrecho!.maximo ?? Infinity).toBeGreaterThanOrEqual(5);
    } finally {
      readOnly.close();
    }
  });
});
