/**
 * `derivaciones`: returned people referred by the GAMI to each institution, one row per referral
 * with the person's anonymised `persona` key. Referrals per institution follow Tabla 23 (18,884);
 * the people behind them follow Tabla 22 (7,066: 4,652 from June to December 2023 and 2,414 from
 * January to March 2024; 3,893 men and 3,173 women). Each stretch has its own people, and a
 * person's referrals all fall in one stretch, so the period's people are the stretches' sum.
 * January 2024 comes from another export: UTF-8 with BOM, `Institución` and `Persona` headers,
 * upper-case acronyms and an `Observaciones` column the contract does not know.
 */
import { DERIVACIONES_ACTUAL, DERIVACIONES_PERSONAS } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { splitTotal } from '../shared/allocate.js';
import { deliveryName, demoMonths, monthRange } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng, hashText } from '../shared/prng.js';
import { returnsPattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['fecha', 'institucion', 'sexo', 'persona'];
const BOM_MONTH = '2024-01';
const BOM_HEADER = ['Fecha', 'Institución', 'Sexo', 'Persona', 'Observaciones'];

/** Comparison-period referrals (Jun-22..Mar-23), invented: the Memoria prints only the reporting period. */
const ANTERIOR: Readonly<Record<keyof typeof DERIVACIONES_ACTUAL, { m: number; f: number }>> = {
  minsal: { m: 702, f: 761 },
  pnc: { m: 6120, f: 2604 },
  conapina: { m: 1288, f: 1843 },
  pgr: { m: 141, f: 98 },
  olav: { m: 188, f: 151 },
  mrree: { m: 590, f: 337 },
  isdemu: { m: 5, f: 244 },
  mtps: { m: 934, f: 551 },
  rnpn: { m: 41, f: 6 },
};

/** Comparison-period people (invented), by stretch of the calendar year, like Tabla 22's. */
const PERSONAS_ANTERIOR = {
  tramos: [
    { desde: '2022-06', hasta: '2022-12', personas: 4180 },
    { desde: '2023-01', hasta: '2023-03', personas: 2150 },
  ],
  anterior: { m: 3520, f: 2810 },
} as const;

interface Stretch {
  readonly months: readonly string[];
  /** People of each sex in the stretch. */
  readonly people: { readonly M: number; readonly F: number };
}

/** Splits a period's people by stretch and sex so that stretches and sexes both add up. */
function stretches(tramos: readonly { desde: string; hasta: string; personas: number }[], bySex: { m: number; f: number }): Stretch[] {
  const men = splitTotal(
    bySex.m,
    tramos.map((tramo) => tramo.personas),
  );
  return tramos.map((tramo, index) => ({ months: monthRange(tramo.desde, tramo.hasta), people: { M: men[index], F: tramo.personas - men[index] } }));
}

/** An anonymised, stable person key (what a system would send: a hash of the case number). */
const personKey = (stretch: number, sexo: string, index: number) => {
  const text = `derivaciones/${stretch}/${sexo}/${index}`;
  return `${hashText(text).toString(16).padStart(8, '0')}${hashText(`${text}#`).toString(16).padStart(8, '0')}`;
};

/** Returns the summary of the `derivaciones` folder after writing one delivery per month. */
export function writeDerivacionesDemo(root: string): SourceResult {
  const rng = createRng('derivaciones');
  const folder = openSourceFolder(root, 'derivaciones');
  const institutions = Object.keys(DERIVACIONES_ACTUAL) as Array<keyof typeof DERIVACIONES_ACTUAL>;
  const series = institutions.flatMap((institucion) =>
    (['M', 'F'] as const).map((sexo) => {
      const key = sexo === 'M' ? 'm' : 'f';
      const totals = { anterior: ANTERIOR[institucion][key], actual: DERIVACIONES_ACTUAL[institucion][key] };
      return { institucion, sexo, months: calibratedMonthlySeries(rng, totals, returnsPattern, 0.1) };
    }),
  );
  const allStretches = [...stretches(PERSONAS_ANTERIOR.tramos, PERSONAS_ANTERIOR.anterior), ...stretches(DERIVACIONES_PERSONAS.tramos, DERIVACIONES_PERSONAS.actual)];
  // Each stretch's referrals of one sex go round its people in turn: every person gets at least one.
  const nextReferral = new Map<string, number>();
  const rowsByMonth = new Map<string, CsvValue[][]>();
  for (const month of demoMonths()) {
    const stretchIndex = allStretches.findIndex((stretch) => stretch.months.includes(month));
    const rows: CsvValue[][] = [];
    for (const { institucion, sexo, months } of series) {
      for (let n = 0; n < (months.get(month) ?? 0); n++) {
        let persona: string;
        if (stretchIndex < 0)
          persona = personKey(-1, sexo, hashText(`${month}/${institucion}/${n}`)); // outside both periods: one referral, one person
        else {
          const key = `${stretchIndex}/${sexo}`;
          const k = nextReferral.get(key) ?? 0;
          nextReferral.set(key, k + 1);
          persona = personKey(stretchIndex, sexo, k % allStretches[stretchIndex].people[sexo]);
        }
        rows.push([month, institucion, sexo, persona]);
      }
    }
    rowsByMonth.set(month, rows);
  }
  for (const [month, rows] of rowsByMonth) {
    const name = deliveryName(month, 6);
    if (month !== BOM_MONTH) {
      folder.csv(name, HEADER, rows);
      continue;
    }
    const exported: CsvValue[][] = rows.map(([fecha, institucion, sexo, persona]) => [
      fecha as CsvValue,
      String(institucion).toUpperCase(),
      sexo as CsvValue,
      persona as CsvValue,
      institucion === 'rnpn' ? 'Incluye trámites de DUI, primera vez y reposición' : '',
    ]);
    folder.csv(name, BOM_HEADER, exported, { encoding: 'utf-8-bom' });
    folder.note('utf8-bom', name, "UTF-8 with BOM, headers 'Institución' and 'Persona', institution codes in upper case (MINSAL, PNC…)");
    folder.note('columna-extra', name, "unknown column 'Observaciones' (one value holds a comma, so it is quoted)");
  }
  folder.note('persona', deliveryName('2023-06', 6), 'one row per referral with the anonymised person key: Tabla 22 counts people (7,066), Tabla 23 referrals (18,884)');
  return folder.result();
}
