import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { protectRelease } from '../../privacy/protected-release.js';
import { demoEditionPaths, readPublishedCsv, testTmpRoot } from '../support/demo-edition.js';
import { attackReleases, readTruth, sources, THRESHOLD, type ReleaseVersion, type Row } from './release-attack.js';

const period = { actual: ['2023-06', '2024-03'], anterior: ['2022-06', '2023-03'] } as const;
const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
const truth = await readTruth((sql) => warehouse.rows<Row>(sql));
warehouse.close();
const demo: ReleaseVersion = { version: '1', period, load: readPublishedCsv, truth };

describe('disclosure control of the published demo release (outputs.md, Privacy)', () => {
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
    const published = new Set(residencias.map((row) => row.nacionalidad));
    expect(truth.get('residencias_mensual')!.some((row) => !published.has(row.nacionalidad))).toBe(true);
  });

  it('an attacker with every published figure and linear programming recovers nothing and proves nothing small', { timeout: 300_000 }, async () => {
    expect(await attackReleases([demo])).toEqual([]);
  });

  it('the same attacker breaks a release with primary suppression only (the attack is real)', { timeout: 300_000 }, async () => {
    const primaryOnly = async (name: string) => {
      const published = await readPublishedCsv(name);
      const source = Object.values(sources).find((candidate) => candidate.monthly === name);
      if (!source) return published;
      const kept = new Set(published.map((row) => row.nacionalidad));
      const key = (row: Row) => [row.mes, ...source.dims.filter((dim) => dim !== 'region').map((dim) => row[dim] ?? '')].join('|');
      const values = new Map<string, number>();
      for (const row of truth.get(name)!) {
        const merged = row.nacionalidad !== undefined && row.nacionalidad !== null && !kept.has(row.nacionalidad) ? { ...row, nacionalidad: 'otras' } : row;
        values.set(key(merged), (values.get(key(merged)) ?? 0) + Number(row.cantidad));
      }
      return published.map((row) => {
        const value = values.get(key(row)) ?? 0;
        return { ...row, cantidad: source.small(row) && value >= 1 && value < THRESHOLD ? '' : String(value) };
      });
    };
    expect((await attackReleases([{ ...demo, load: primaryOnly }])).length).toBeGreaterThan(0);
  });

  it("withholds what the operating plan's execution would give away: published as counted, the sheltered Hondurans' months are recovered", { timeout: 300_000 }, async () => {
    const published = await readPublishedCsv('metas_mensual');
    const withheld = published.filter((row) => row.medida === 'resguardos' && row.filtro === 'nacionalidad=HND');
    expect(withheld.length).toBeGreaterThan(0);
    expect(withheld.every((row) => row.suprimido === 'true' && row.ejecutado === '')).toBe(true);
    const marts = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    const counted = await marts.rows<Row>('select medida, filtro, mes, ejecutado::varchar as ejecutado from marts.metas_mensual');
    marts.close();
    const asCounted = async (name: string) =>
      name === 'metas_mensual'
        ? published.map((row) => ({ ...row, ejecutado: counted.find((c) => c.medida === row.medida && c.filtro === row.filtro && c.mes === row.mes)?.ejecutado ?? row.ejecutado }))
        : readPublishedCsv(name);
    const breaches = await attackReleases([{ ...demo, load: asCounted }]);
    expect(breaches.some((breach) => breach.startsWith('resguardos_mensual') && breach.includes('"nacionalidad":"HND"'))).toBe(true);
  });

  it('takes the threshold as a setting: a higher threshold suppresses more, and the audit still passes', { timeout: 300_000 }, async () => {
    // A warehouse that has published nothing yet (raising the threshold after publishing fails: audit-failure.test.ts).
    const scratch = join(testTmpRoot, 'test-threshold', 'memoria.duckdb');
    await mkdir(dirname(scratch), { recursive: true });
    await copyFile(demoEditionPaths.warehouse, scratch);
    const writable = await openWarehouse(scratch);
    await writable.run('drop schema if exists privacidad cascade');
    writable.close();
    const readOnly = await openWarehouse(scratch, { readOnly: true });
    try {
      const edition = reportingPeriod('2023-06', '2024-03');
      const five = await protectRelease(readOnly, edition, 5);
      const ten = await protectRelease(readOnly, edition, 10);
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
