import { describe, expect, it } from 'vitest';
import { reportingPeriod } from '../../pipelines/run/reporting-period.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { protectRelease } from '../../reports/privacy/protected-release.js';
import { demoEditionPaths, readPublishedCsv } from '../support/demo-edition.js';
import { recover, type Equation } from './recovery-attack.js';

const period = reportingPeriod('2023-06', '2024-03');
const periods = { actual: [period.desde, period.hasta], anterior: [period.desdeAnterior, period.hastaAnterior] } as const;
const inPeriod = (mes: string, which: keyof typeof periods) => mes >= periods[which][0] && mes <= periods[which][1];

const monthly = {
  derivaciones_mensual: ['institucion', 'sexo'],
  resguardos_mensual: ['nacionalidad', 'sexo'],
  retornados_mensual: ['via', 'sexo', 'grupo_edad', 'pais_procedencia'],
  prechequeo_mensual: ['tipo', 'puesto', 'sexo'],
} as const;
type MonthlyName = keyof typeof monthly;
const sensitive = (name: MonthlyName, row: Record<string, string | null>) =>
  name === 'retornados_mensual' ? row.grupo_edad === 'nna' : name === 'prechequeo_mensual' ? row.tipo === 'autorizacion_salida_nna' : true;
const monthlyId = (name: MonthlyName, row: Record<string, string | null>) => [name, row.mes, ...monthly[name].map((dimension) => row[dimension] ?? '')].join('|');
const cuadroId = (row: Record<string, string>, column: string) => `c|${row.cuadro}|${row.codigo}|${column}`;

// What the release shows.
const published = Object.fromEntries(await Promise.all(Object.keys(monthly).map(async (name) => [name, await readPublishedCsv(name)]))) as Record<MonthlyName, Record<string, string>[]>;
const cuadros = (await readPublishedCsv('cuadros_memoria')).filter((row) => ['derivaciones_institucion', 'retornados_via'].includes(row.cuadro));

// The truth, which the attacker does not have (only to check what is suppressed and for totals printed elsewhere).
const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
const truth = Object.fromEntries(await Promise.all(Object.keys(monthly).map(async (name) => [name, await warehouse.rows<Record<string, string | null>>(`select columns(*)::varchar from marts.${name}`)]))) as Record<MonthlyName, Record<string, string | null>[]>;
warehouse.close();

const known = new Map<string, number>();
const unknown = new Set<string>();
for (const name of Object.keys(monthly) as MonthlyName[]) {
  for (const row of published[name]) {
    if (row.suprimido === 'true') unknown.add(monthlyId(name, row));
    else known.set(monthlyId(name, row), Number(row.cantidad));
  }
}
for (const row of cuadros) {
  for (const column of ['m_anterior', 'f_anterior', 'total_anterior', 'm_actual', 'f_actual', 'total_actual', 'variacion']) {
    if (row[column] === '') unknown.add(cuadroId(row, column));
    else known.set(cuadroId(row, column), Number(row[column]));
  }
}

/** Every sum a reader can check: inside the cuadros, the months against the cuadros, and totals the PDFs print. */
function equations(): Equation[] {
  const list: Equation[] = [];
  for (const row of cuadros) {
    for (const which of ['anterior', 'actual']) {
      list.push({ total: cuadroId(row, `total_${which}`), terms: [cuadroId(row, `m_${which}`), cuadroId(row, `f_${which}`)], label: `fila ${row.codigo} ${which}` });
    }
    list.push({ total: cuadroId(row, 'total_actual'), terms: [cuadroId(row, 'total_anterior'), cuadroId(row, 'variacion')], label: `variación ${row.codigo}` });
  }
  for (const cuadro of ['derivaciones_institucion', 'retornados_via']) {
    const rows = cuadros.filter((row) => row.cuadro === cuadro);
    const total = rows.find((row) => row.codigo === 'total')!;
    for (const column of ['m_anterior', 'f_anterior', 'total_anterior', 'm_actual', 'f_actual', 'total_actual']) {
      list.push({ total: cuadroId(total, column), terms: rows.filter((row) => row !== total).map((row) => cuadroId(row, column)), label: `columna ${cuadro} ${column}` });
    }
    const [name, codeColumn] = cuadro === 'derivaciones_institucion' ? (['derivaciones_mensual', 'institucion'] as const) : (['retornados_mensual', 'via'] as const);
    for (const row of rows.filter((candidate) => candidate !== total)) {
      for (const which of ['anterior', 'actual'] as const) {
        for (const sexo of ['M', 'F']) {
          const terms = published[name].filter((cell) => inPeriod(cell.mes, which) && cell[codeColumn] === row.codigo && cell.sexo === sexo).map((cell) => monthlyId(name, cell));
          list.push({ total: cuadroId(row, `${sexo.toLowerCase()}_${which}`), terms, label: `meses de ${row.codigo} ${sexo} ${which}` });
        }
      }
    }
  }
  // Totals the Memoria and the monthly bulletin print, taken from the truth.
  const printed = (name: MonthlyName, filter: (row: Record<string, string | null>) => boolean, keyOf: (row: Record<string, string | null>) => string[]) => {
    const sums = new Map<string, { total: number; terms: string[] }>();
    for (const row of truth[name].filter(filter)) {
      for (const key of keyOf(row)) {
        const entry = sums.get(key) ?? { total: 0, terms: [] };
        entry.total += Number(row.cantidad);
        entry.terms.push(monthlyId(name, row));
        sums.set(key, entry);
      }
    }
    for (const [key, entry] of sums) list.push({ total: entry.total, terms: entry.terms, label: `${name} ${key}` });
  };
  const periodKeys = (row: Record<string, string | null>, by = '') => (['anterior', 'actual'] as const).filter((which) => inPeriod(row.mes!, which)).map((which) => `${which}|${by}`);
  printed('resguardos_mensual', () => true, (row) => [`mes ${row.mes}`, ...periodKeys(row), ...periodKeys(row, row.sexo!)]);
  printed('prechequeo_mensual', (row) => row.tipo === 'autorizacion_salida_nna', (row) => [`mes ${row.mes}`, ...periodKeys(row)]);
  printed('derivaciones_mensual', () => true, (row) => [`mes ${row.mes}`, `mes ${row.mes} ${row.sexo}`]);
  printed('retornados_mensual', () => true, (row) => [`mes ${row.mes}`, `mes ${row.mes} ${row.via}`]);
  return list;
}

describe('small-cell protection of the published release (outputs.md, Privacy)', () => {
  it('suppresses every cell of a protected population counting 1 to 4 people, and keeps true zeros', () => {
    for (const name of Object.keys(monthly) as MonthlyName[]) {
      const shown = new Map(published[name].map((row) => [monthlyId(name, row), row]));
      for (const row of truth[name]) {
        const value = Number(row.cantidad);
        const cell = shown.get(monthlyId(name, row))!;
        if (sensitive(name, row) && value >= 1 && value <= 4) expect([cell.cantidad, cell.suprimido], monthlyId(name, row)).toEqual(['', 'true']);
        if (value === 0) expect(cell.cantidad, monthlyId(name, row)).toBe('0');
      }
    }
    expect(unknown.size).toBeGreaterThan(100);
  });

  it('leaves no suppressed value recoverable from rows, columns, or the months against the period tables', () => {
    const recovered = recover(known, unknown, equations());
    expect([...recovered.keys()]).toEqual([]);
  });

  it('would be broken by the same attack with primary suppression only (the attack is real)', () => {
    const primaryOnlyKnown = new Map(known);
    const primaryOnlyUnknown = new Set<string>();
    for (const name of Object.keys(monthly) as MonthlyName[]) {
      for (const row of truth[name]) {
        const id = monthlyId(name, row);
        const value = Number(row.cantidad);
        if (sensitive(name, row) && value >= 1 && value <= 4) primaryOnlyUnknown.add(id);
        else primaryOnlyKnown.set(id, value);
      }
    }
    expect(recover(primaryOnlyKnown, primaryOnlyUnknown, equations()).size).toBeGreaterThan(0);
  });

  it('takes the threshold as a setting: a higher threshold suppresses more', async () => {
    const readOnly = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      const five = await protectRelease(readOnly, period, 5);
      const ten = await protectRelease(readOnly, period, 10);
      expect(ten.suppressed.primary).toBeGreaterThan(five.suppressed.primary);
      expect(ten.exposed).toEqual([]);
    } finally {
      readOnly.close();
    }
  });
});
