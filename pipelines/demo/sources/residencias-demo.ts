/**
 * `residencias`: one row per residence resolution (record-level, with Extranjería's id), calibrated
 * to Tabla 10. November 2023 arrives as a Windows-1252 export with `;`, Spanish headers, display
 * labels and DD/MM/YYYY dates; January 2024 carries a retired calidad that must be quarantined.
 */
import { RESIDENCIAS_CALIDAD } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { expandCounts } from '../shared/allocate.js';
import { deliveryName, demoMonths, toDayMonthYear } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng, pickWeighted, type Rng } from '../shared/prng.js';
import { DayBuckets, yearlyIds } from '../shared/records.js';
import { officePattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['id', 'fecha', 'calidad', 'sexo', 'nacionalidad'];
const LEGACY_MONTH = '2023-11';
const LEGACY_HEADER = ['Calidad', 'Sexo', 'Fecha', 'Nacionalidad', 'Id'];
const BAD_CALIDAD_MONTH = '2024-01';

/** How Extranjería's older export labels each calidad. */
const CALIDAD_LABEL: Readonly<Record<string, string>> = {
  residencia_definitiva: 'Residencia Definitiva',
  refrenda_residencia_definitiva: 'Refrenda Residencia Definitiva',
  residencia_temporal: 'Residencia Temporal',
  prorroga_residencia_temporal: 'Prórroga Residencia Temporal',
  residencia_transitoria: 'Residencia Transitoria',
  prorroga_residencia_transitoria: 'Prórroga Residencia Transitoria',
};

const NACIONALIDADES = ['HND', 'NIC', 'GTM', 'USA', 'VEN', 'MEX', 'COL', 'CUB', 'CHN', 'ESP', 'CRI', 'PAN', 'ITA', 'KOR', 'IND', 'DEU'];
const NACIONALIDAD_WEIGHTS = [14, 13, 11, 10, 9, 7, 7, 5, 5, 4, 3, 2, 2, 2, 2, 1];

type Resolution = readonly [calidad: string, sexo: 'M' | 'F'];

/** Returns the resolutions per month as `[calidad, sexo]` pairs, calibrated to Tabla 10. */
function planResolutions(rng: Rng): Map<string, Array<[Resolution, number]>> {
  const plan = new Map<string, Array<[Resolution, number]>>(demoMonths().map((m) => [m, []]));
  for (const [calidad, golden] of Object.entries(RESIDENCIAS_CALIDAD)) {
    for (const sexo of ['M', 'F'] as const) {
      const key = sexo === 'M' ? 'm' : 'f';
      const series = calibratedMonthlySeries(rng, { anterior: golden.anterior[key], actual: golden.actual[key] }, officePattern, 0.15);
      for (const [month, count] of series) plan.get(month)?.push([[calidad, sexo], count]);
    }
  }
  return plan;
}

/** Returns the summary of the `residencias` folder after writing one delivery per month. */
export function writeResidenciasDemo(root: string): SourceResult {
  const rng = createRng('residencias');
  const folder = openSourceFolder(root, 'residencias');
  const nextId = yearlyIds('RES', 5);
  for (const [month, counts] of planResolutions(rng)) {
    const buckets = new DayBuckets<Resolution>();
    buckets.spread(rng, month, 'habiles', expandCounts(rng, counts));
    const rows: CsvValue[][] = buckets.ordered(rng).map(([day, [calidad, sexo]]) => [nextId(day), day, calidad, sexo, pickWeighted(rng, NACIONALIDADES, NACIONALIDAD_WEIGHTS)]);
    if (month === LEGACY_MONTH) {
      const name = deliveryName(month, 6);
      const legacy = rows.map(([id, day, calidad, sexo, nac]) => [
        CALIDAD_LABEL[String(calidad)] ?? String(calidad),
        sexo === 'M' ? 'Masculino' : 'Femenino',
        toDayMonthYear(String(day)),
        String(nac),
        String(id),
      ]);
      folder.csv(name, LEGACY_HEADER, legacy, { delimiter: ';', encoding: 'windows-1252' });
      folder.note(
        'windows-1252',
        name,
        "Windows-1252, ';' delimiter, headers 'Calidad;Sexo;Fecha;Nacionalidad;Id', labels like 'Prórroga Residencia Temporal', sexo 'Masculino'/'Femenino', fecha DD/MM/YYYY",
      );
      continue;
    }
    const name = deliveryName(month, 6);
    if (month === BAD_CALIDAD_MONTH) {
      rows.push(['RES-2024-09001', `${month}-31`, 'residencia_permanente', 'F', 'VEN']);
      folder.note('cuarentena-lista-cerrada', name, "calidad 'residencia_permanente' is not in the closed list (extra row, fresh id)", rows.length + 1);
    }
    folder.csv(name, HEADER, rows);
  }
  return folder.result();
}
