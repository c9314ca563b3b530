/**
 * `flujo`: daily border flow per direction, way, post and sex, one delivery per month. The August 2023
 * delivery went out with two errors that a later correction fixes: El Amatillo double-read some buses
 * on the 5th and 6th (counts too high), and La Hachadura's entries of the 6th were filed under `aerea`
 * (re-sent as 0 under `aerea` and with the right count under `terrestre`). The final figures are the
 * calibrated ones. A LEEME.txt sits in the folder, as in the real export share.
 */
import type { SourceResult } from '../demo-summary.js';
import { deliveryName } from '../shared/calendar.js';
import { createRng } from '../shared/prng.js';
import { openSourceFolder } from '../shared/source-folder.js';
import { asCsvRows, planFlujo, type FlujoRow } from './flujo-plan.js';

const HEADER = ['fecha', 'direccion', 'via', 'puesto', 'sexo', 'cantidad'];
const CORRECTED_MONTH = '2023-08';
const DOUBLE_READ = { puesto: 'el_amatillo', days: ['2023-08-05', '2023-08-06'] };
const WRONG_VIA = { puesto: 'la_hachadura', day: '2023-08-06', direccion: 'entrada' };

const README = [
  'Exportación diaria del Sistema Integrado de Control Migratorio (SICM).',
  'Un archivo por mes: fecha, dirección, vía, puesto, sexo y cantidad de personas.',
  'Las correcciones se envían como archivo nuevo (correccion-AAAA-MM) con los días corregidos.',
  '',
].join('\r\n');

const isDoubleRead = (row: FlujoRow): boolean => row[3] === DOUBLE_READ.puesto && DOUBLE_READ.days.includes(row[0]);
const isWrongVia = (row: FlujoRow): boolean => row[3] === WRONG_VIA.puesto && row[0] === WRONG_VIA.day && row[1] === WRONG_VIA.direccion;

/** Returns the month's rows as first delivered, with the two errors the correction later fixes. */
function asFirstDelivered(rows: readonly FlujoRow[]): FlujoRow[] {
  return rows.map((row): FlujoRow => {
    if (isDoubleRead(row)) return [...row.slice(0, 5), row[5] + Math.max(1, Math.round(row[5] * 0.15))] as FlujoRow;
    if (isWrongVia(row)) return [row[0], row[1], 'aerea', row[3], row[4], row[5]];
    return row;
  });
}

/** Returns the correction's rows: the true counts of the wrong keys, and 0 for the keys that must go. */
function correctionRows(rows: readonly FlujoRow[]): FlujoRow[] {
  const fixed = rows.filter((row) => isDoubleRead(row) || isWrongVia(row));
  const removed = rows.filter(isWrongVia).map((row): FlujoRow => [row[0], row[1], 'aerea', row[3], row[4], 0]);
  return [...fixed, ...removed];
}

/** Returns the summary of the `flujo` folder after writing monthly deliveries and the correction. */
export function writeFlujoDemo(root: string): SourceResult {
  const rng = createRng('flujo');
  const folder = openSourceFolder(root, 'flujo');
  for (const [month, rows] of planFlujo(rng)) {
    if (month !== CORRECTED_MONTH) {
      folder.csv(deliveryName(month, 5), HEADER, asCsvRows(rows));
      continue;
    }
    const first = folder.csv(deliveryName(month, 5), HEADER, asCsvRows(asFirstDelivered(rows)));
    const correction = folder.csv(deliveryName(month, 19, 'csv', 'correccion'), HEADER, asCsvRows(correctionRows(rows)));
    folder.note(
      'correccion',
      correction,
      `replaces rows of ${first}: ${DOUBLE_READ.puesto} on ${DOUBLE_READ.days.join(' and ')} (counts were ~15 % too high) and ${WRONG_VIA.puesto} ${WRONG_VIA.direccion} on ${WRONG_VIA.day} (filed under aerea)`,
    );
    folder.note('cero', correction, `${WRONG_VIA.puesto} ${WRONG_VIA.direccion} ${WRONG_VIA.day} via aerea re-sent as 0 (M and F)`);
  }
  const readme = folder.text('LEEME.txt', README);
  folder.note('archivo-ignorado', readme, 'not .csv or .xlsx: the extractor reports and skips it');
  return folder.result();
}
