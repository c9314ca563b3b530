/**
 * The «Metas del POA» page's data: the follow-up of every month of the demo edition, computed at
 * build time from the published metas_avance.csv and metas_mensual.csv, must add up to those rows
 * (recomputed here independently, straight from the CSV text).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PublishedData } from '../../dashboards/build/published-data-reader.js';
import { followUpByMonth, readPublishedTargets, targetFollowUp, restrictionLabel, targetData } from '../../dashboards/build/target-follow-up-reader.js';
import { monthsOf } from '../../dashboards/site/data/period-months.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths, readPublishedCsv } from '../support/demo-edition.js';
import { readSiteData } from './support.js';

const data = await readSiteData();
const period = { desde: data.edicion.desde, hasta: data.edicion.hasta };
const avance = await readPublishedCsv('metas_avance');
const mensual = await readPublishedCsv('metas_mensual');

/** Sums ejecutado over rows; null when none has a figure, 'x' when one is suppressed. */
function executedSum(rows: readonly Record<string, string>[]): number | null | 'x' {
  if (rows.some((row) => row.suprimido === 'true')) return 'x';
  const known = rows.filter((row) => row.ejecutado !== '');
  return known.length ? known.reduce((sum, row) => sum + Number(row.ejecutado), 0) : null;
}

/** What a line programs for month m of its year, straight from the CSVs: the month's own target, or a twelfth of the yearly one. */
function programmedIn(medida: string, filtro: string, anio: number, m: number): number {
  const own = mensual.filter((row) => row.medida === medida && row.filtro === filtro && row.mes.startsWith(`${anio}-`) && row.programado !== '');
  if (own.length) return Number(own.find((row) => row.mes === `${anio}-${String(m).padStart(2, '0')}`)?.programado || 0);
  const yearly = avance.find((row) => row.medida === medida && row.filtro === filtro && Number(row.anio) === anio && row.mes === '');
  return Number(yearly!.programado) / 12;
}

describe('tablero/datos.js: the POA follow-up of every month of the period', () => {
  it('has one follow-up per month of the edition period, each with the target lines of its year', () => {
    const poa = data.poa!;
    expect(poa).not.toBeNull();
    expect(poa.meses.map((month) => month.mes)).toEqual(monthsOf(period));
    for (const month of poa.meses) {
      const anio = Number(month.mes.slice(0, 4));
      const expected = new Set(avance.filter((row) => Number(row.anio) === anio).map((row) => `${row.medida}|${row.filtro}`));
      const lines = month.unidades.flatMap((unit) => unit.lineas);
      expect(new Set(lines.map((line) => `${line.medida}|${line.filtro}`)), month.mes).toEqual(expected);
      expect(lines.length, month.mes).toBe(expected.size);
    }
  });

  it('equals sums of metas_mensual.csv rows: the month, the year to date, and what was programmed for both', () => {
    let checked = 0;
    for (const month of data.poa!.meses) {
      const anio = Number(month.mes.slice(0, 4));
      const m = Number(month.mes.slice(5, 7));
      for (const line of month.unidades.flatMap((unit) => unit.lineas)) {
        const rows = mensual.filter((row) => row.medida === line.medida && row.filtro === line.filtro);
        const inMonth = rows.filter((row) => row.mes === month.mes);
        const toDate = rows.filter((row) => row.mes >= `${anio}-01` && row.mes <= month.mes);
        const label = `${month.mes} ${line.medida} ${line.filtro}`;
        const tramo = executedSum(inMonth);
        // At the edition's last month, a yearly target's published figure for the year is the year to date.
        const yearRow =
          month.mes === period.hasta
            ? avance.find((row) => row.medida === line.medida && row.filtro === line.filtro && Number(row.anio) === anio && row.mes === '' && row.suprimido !== 'true' && row.ejecutado !== '')
            : undefined;
        const alCorte = yearRow ? Number(yearRow.ejecutado) : executedSum(toDate);
        expect(line.ejecutadoTramo, label).toBe(tramo === 'x' ? null : tramo);
        expect(line.ejecutadoAlCorte, label).toBe(alCorte === 'x' ? null : alCorte);
        expect(line.suprimido, label).toBe(tramo === 'x' || alCorte === 'x');
        expect(line.programadoTramo, label).toBeCloseTo(programmedIn(line.medida, line.filtro, anio, m), 9);
        const due = Array.from({ length: m }, (_, index) => programmedIn(line.medida, line.filtro, anio, index + 1)).reduce((a, b) => a + b, 0);
        expect(line.programadoAlCorte, label).toBeCloseTo(due, 9);
        // Percentages are published rounded to 2 decimals (half away from zero).
        if (alCorte !== null && alCorte !== 'x' && due > 0) expect(Math.abs(Number(line.pctAlCorte) - (alCorte / due) * 100), label).toBeLessThanOrEqual(0.005 + 1e-9);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(80);
    // The last month's yearly targets of the demo: what metas_avance publishes for the year so far.
    const last = data.poa!.meses.at(-1)!.unidades.flatMap((unit) => unit.lineas);
    for (const row of avance.filter((candidate) => candidate.mes === '' && Number(candidate.anio) === Number(period.hasta.slice(0, 4)))) {
      const line = last.find((candidate) => candidate.medida === row.medida && candidate.filtro === row.filtro)!;
      expect(line.ejecutadoAlCorte, `${row.medida} ${row.filtro}`).toBe(row.ejecutado === '' ? null : Number(row.ejecutado));
      expect(line.programadoAnual).toBe(Number(row.programado));
    }
  });

  it('lists the units with most lines behind schedule first, and names each line by its measure and restriction', () => {
    for (const month of data.poa!.meses) {
      const behind = month.unidades.map((unit) => unit.lineas.filter((line) => line.estado === 'rezagada' || line.estado === 'en_riesgo').length);
      expect(month.unidades.map((unit) => unit.atrasadas)).toEqual(behind);
      expect(behind, month.mes).toEqual([...behind].sort((a, b) => b - a));
    }
    const lines = data.poa!.meses.at(-1)!.unidades.flatMap((unit) => unit.lineas);
    expect(lines.find((line) => line.medida === 'pasaportes' && line.filtro === 'oficina=central')?.etiqueta).toBe('Pasaportes emitidos · Central');
    expect(lines.find((line) => line.medida === 'visas' && line.filtro === 'tramite=prorroga')?.etiqueta).toBe('Visas, prórrogas y avales PEI · Prórrogas');
    expect(restrictionLabel('pasaportes', 'oficina=no_existe', data.etiquetas)).toBe('no_existe');
    expect(data.poa!.origenes.pasaportes).toMatch(/^DGME, Dirección de Emisión de Pasaporte/);
  });

  it('marks a line whose month the disclosure control withheld as reservada, with no figure', () => {
    const withheld = mensual.map((row) => (row.medida === 'resguardos' && row.mes === '2024-02' ? { ...row, ejecutado: '', suprimido: 'true' } : row));
    // A consistent release: with February withheld, the year's figure (which includes it) is withheld too.
    const withheldYear = avance.map((row) => (row.medida === 'resguardos' && row.mes === '' ? { ...row, ejecutado: '', pct_ejecucion: '', suprimido: 'true' } : row));
    const months = followUpByMonth(targetData(withheldYear, withheld, period.hasta, data.etiquetas), period);
    const line = (mes: string) =>
      months
        .find((month) => month.mes === mes)!
        .unidades.flatMap((unit) => unit.lineas)
        .find((candidate) => candidate.medida === 'resguardos')!;
    expect(line('2024-01')).toMatchObject({ suprimido: false, estado: expect.not.stringMatching('reservada') });
    expect(line('2024-02')).toMatchObject({ suprimido: true, estado: 'reservada', ejecutadoTramo: null, ejecutadoAlCorte: null, pctAlCorte: null });
    expect(line('2024-03')).toMatchObject({ suprimido: true, estado: 'reservada', ejecutadoAlCorte: null });
  });

  it('has no follow-up (null) when the release publishes no targets, and never reads them from the marts', async () => {
    const edition = await mkdtemp(join(tmpdir(), 'tablero-metas-'));
    await mkdir(join(edition, 'datos'));
    await writeFile(join(edition, 'datos', 'datapackage.json'), JSON.stringify({ title: 't', version: '1.0.0', created: '', licenses: [], resources: [] }));
    const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      expect(targetFollowUp(await readPublishedTargets(await PublishedData.open(edition, warehouse), period.hasta, data.etiquetas), period)).toBeNull();
    } finally {
      warehouse.close();
      await rm(edition, { recursive: true, force: true });
    }
  });
});
