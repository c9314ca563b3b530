/**
 * `presupuesto`: one delivery per month from the Finance department with each fund's programmed
 * (aprobado, modificado where there was one) and executed (comprometido, devengado) amounts. The
 * December 2023 delivery carries the Memoria's own malformed amount `1,610,317,80` as an extra row;
 * the February 2024 one writes amounts with thousands separators, which the contract accepts.
 */
import type { SourceResult } from '../demo-summary.js';
import { deliveryName } from '../shared/calendar.js';
import { formatCents, type CsvValue } from '../shared/csv-text.js';
import { createRng } from '../shared/prng.js';
import { openSourceFolder } from '../shared/source-folder.js';
import { planBudget } from './presupuesto-plan.js';

const HEADER = ['fecha', 'fondo', 'etapa', 'monto'];
const ETAPAS = ['aprobado', 'modificado', 'comprometido', 'devengado'] as const;
const MALFORMED_MONTH = '2023-12';
const THOUSANDS_MONTH = '2024-02';

/** Returns the summary of the `presupuesto` folder after writing one delivery per month. */
export function writePresupuestoDemo(root: string): SourceResult {
  const rng = createRng('presupuesto');
  const folder = openSourceFolder(root, 'presupuesto');
  for (const [month, funds] of planBudget(rng)) {
    const rows: CsvValue[][] = [];
    for (const fondo of ['fae', 'goes'] as const) {
      for (const etapa of ETAPAS) {
        const cents = funds[fondo][etapa];
        if (cents !== undefined) rows.push([month, fondo, etapa, formatCents(cents, month === THOUSANDS_MONTH)]);
      }
    }
    const name = deliveryName(month, 12);
    if (month === MALFORMED_MONTH) {
      rows.push([month, 'fae', 'modificado', '1,610,317,80']);
      folder.note('cuarentena-monto', name, "monto '1,610,317,80' is malformed (extra row; FAE sent no modificado in 2023)", rows.length + 1);
    }
    if (month === THOUSANDS_MONTH) folder.note('separador-miles', name, 'amounts like "5,301,234.56" (quoted): \',\' as thousands separator is accepted');
    folder.csv(name, HEADER, rows);
  }
  return folder.result();
}
