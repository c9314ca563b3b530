/**
 * The disclosure control against a landing built to break it: many cells of 1 to 4 people, rare
 * nationalities in the register, a PNI value summed from the same returnee records, and a late
 * correction that publishes a second version of the same period. The independent attacker holds
 * both versions together and must find nothing.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../pipelines/demo/shared/prng.js';
import { silentProgress } from '../../orchestration/run/progress.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { runEdition } from '../../orchestration/run/run-edition.js';
import type { RunReport } from '../../orchestration/run/run-report.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { parseCsv, testTmpRoot } from '../support/demo-edition.js';
import { readFile } from 'node:fs/promises';
import { attackReleases, readTruth, type ReleaseVersion, type Row } from './release-attack.js';
import { startFromBaseWarehouse } from '../support/base-warehouse.js';

const root = join(testTmpRoot, 'test-adversarial');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb') };
const period = { actual: ['2023-06', '2024-03'], anterior: ['2022-06', '2023-03'] } as const;
const months = Array.from({ length: 22 }, (_, index) => {
  const month = 6 + index;
  return `${2022 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
});

const TRAP_MONTH = '2023-09';
const TRAP: Record<string, Record<string, number>> = { F: { minsal: 9, isdemu: 2, pnc: 12, conapina: 15 }, M: { minsal: 10, isdemu: 14, pnc: 11, conapina: 13 } };

/** Writes the adversarial landing: monthly rows, small counts everywhere, a few large ones. */
async function writeLanding(): Promise<void> {
  const random = mulberry32(2024);
  const small = () => 1 + Math.floor(random() * 4);
  const files: Record<string, string[]> = {
    retornados: ['fecha,via,sexo,edad,pais_procedencia,cantidad'],
    derivaciones: ['fecha,institucion,sexo,cantidad'],
    resguardos: ['fecha,nacionalidad,sexo,cantidad'],
    residencias: ['fecha,calidad,sexo,nacionalidad,cantidad'],
    prechequeo: ['fecha,tipo,puesto,sexo,cantidad'],
  };
  for (const month of months) {
    for (const sexo of ['M', 'F']) {
      files.retornados.push(`${month},aerea,${sexo},30,USA,${40 + Math.floor(random() * 60)}`);
      for (const [via, edad, pais] of [
        ['aerea', 12, 'USA'],
        ['aerea', 35, 'MEX'],
        ['terrestre', 9, 'GTM'],
        ['terrestre', 40, 'GTM'],
        ['aerea', 16, 'CAN'],
      ] as const) {
        if (random() < 0.8) files.retornados.push(`${month},${via},${sexo},${edad},${pais},${small()}`);
      }
      // September 2023 has one small cell among large ones: its partners are what a correction could later expose.
      if (month === TRAP_MONTH) for (const [institucion, count] of Object.entries(TRAP[sexo])) files.derivaciones.push(`${month},${institucion},${sexo},${count}`);
      else
        for (const institucion of ['minsal', 'isdemu', 'rnpn', 'conapina'])
          if (random() < 0.7) files.derivaciones.push(`${month},${institucion},${sexo},${institucion === 'minsal' ? 6 + small() : small()}`);
      for (const nacionalidad of ['VEN', 'HTI', 'CUB']) if (random() < 0.5) files.resguardos.push(`${month},${nacionalidad},${sexo},${small()}`);
      files.residencias.push(`${month},residencia_temporal,${sexo},HND,${20 + Math.floor(random() * 20)}`);
      for (const [calidad, nacionalidad] of [
        ['residencia_temporal', 'ITA'],
        ['residencia_definitiva', 'HND'],
        ['prorroga_residencia_temporal', 'DEU'],
        ['residencia_definitiva', 'NIC'],
      ] as const) {
        if (random() < 0.6) files.residencias.push(`${month},${calidad},${sexo},${nacionalidad},${small()}`);
      }
      files.prechequeo.push(`${month},prechequeo_terrestre,la_hachadura,${sexo},${50 + Math.floor(random() * 50)}`);
      if (random() < 0.7) files.prechequeo.push(`${month},autorizacion_salida_nna,la_hachadura,${sexo},${small()}`);
    }
  }
  for (const [source, lines] of Object.entries(files)) {
    await mkdir(join(paths.landing, source), { recursive: true });
    await writeFile(join(paths.landing, source, '2024-04-05_mensual.csv'), lines.join('\n') + '\n');
  }
}

/**
 * A late correction of returnees and referrals: small cells change by one, and September's only
 * small referral cell becomes large, so that nothing there needs suppressing any more — unless the
 * control remembers what the first version suppressed with it.
 */
async function writeCorrection(): Promise<void> {
  await writeFile(
    join(paths.landing, 'retornados', '2024-05-02_correccion.csv'),
    'fecha,via,sexo,edad,pais_procedencia,cantidad\n2024-02,terrestre,F,9,GTM,3\n2024-02,aerea,M,16,CAN,1\n2023-08,terrestre,M,40,GTM,2\n',
  );
  await writeFile(join(paths.landing, 'derivaciones', '2024-05-02_correccion.csv'), `fecha,institucion,sexo,cantidad\n2024-01,rnpn,F,2\n2024-01,isdemu,M,4\n${TRAP_MONTH},isdemu,F,9\n`);
}

async function truthNow(): Promise<Map<string, Row[]>> {
  const warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
  try {
    return await readTruth((sql) => warehouse.rows<Row>(sql));
  } finally {
    warehouse.close();
  }
}

const loader = (dir: string) => async (name: string) => parseCsv(await readFile(join(dir, `${name}.csv`), 'utf8'));
let first: ReleaseVersion;
let second: ReleaseVersion;
let secondReport: RunReport;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await writeLanding();
  await startFromBaseWarehouse(paths.warehouse);
  const edition = reportingPeriod('2023-06', '2024-03');
  const report = await runEdition({ ...paths, period: edition, createdAt: '2024-04-15T12:00:00Z' }, silentProgress);
  if (report.resultado !== 'correcto') throw new Error(report.error);
  const v1 = join(root, 'v1');
  await cp(join(paths.out, 'datos'), v1, { recursive: true });
  first = { version: '1', period, load: loader(v1), truth: await truthNow() };

  await writeCorrection();
  secondReport = await runEdition({ ...paths, period: edition, createdAt: '2024-05-15T12:00:00Z' }, silentProgress);
  if (secondReport.resultado !== 'correcto') throw new Error(secondReport.error);
  second = { version: '2', period, load: loader(join(paths.out, 'datos')), truth: await truthNow() };
});

describe('disclosure control against an adversarial landing and a corrected second version', () => {
  it('suppresses many cells and merges the register’s rare nationalities', () => {
    expect(secondReport.divulgacion!.cifras_suprimidas).toBeGreaterThan(100);
    expect(secondReport.divulgacion!.agrupadas_en_otras).toEqual(expect.arrayContaining(['DEU', 'ITA']));
  });

  it('sees the first version when it protects the second, and keeps its suppressions where values did not change', () => {
    expect(secondReport.divulgacion!.cifras_anteriores).toBeGreaterThan(0);
    expect(secondReport.divulgacion!.mantenidas).toBeGreaterThan(0);
  });

  it('the attacker recovers nothing from the second version alone', { timeout: 300_000 }, async () => {
    expect(await attackReleases([second])).toEqual([]);
  });

  it('the attacker recovers nothing from both versions together (a correction reveals no earlier cell)', { timeout: 300_000 }, async () => {
    expect(await attackReleases([first, second])).toEqual([]);
  });
});
