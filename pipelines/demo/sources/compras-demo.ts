/**
 * `compras`: one row per procurement process from the Unidad de Compras, delivered monthly with the
 * processes dated that month. The last contract of the Jun-Dec 2023 window is first reported as
 * `adjudicacion` and, in the next month's delivery, again with the same id as `contratacion`.
 */
import type { SourceResult } from '../demo-summary.js';
import { addMonths, deliveryName, demoMonths } from '../shared/calendar.js';
import { formatCents, type CsvValue } from '../shared/csv-text.js';
import { createRng } from '../shared/prng.js';
import { yearlyIds } from '../shared/records.js';
import { openSourceFolder } from '../shared/source-folder.js';
import { planCompras, type Proceso } from './compras-plan.js';

const HEADER = ['id', 'fecha', 'metodo', 'rubro', 'estado', 'monto'];

/** Returns a process as a delivery row, with its estado optionally overridden. */
const asRow = (id: string, p: Proceso, estado = p.estado): CsvValue[] => [id, p.fecha, p.metodo, p.rubro, estado, formatCents(p.cents)];

/** Returns the summary of the `compras` folder after writing one delivery per month. */
export function writeComprasDemo(root: string): SourceResult {
  const rng = createRng('compras');
  const folder = openSourceFolder(root, 'compras');
  const nextId = yearlyIds('UCP', 3);
  const processes = planCompras(rng).map((p) => ({ id: nextId(p.fecha), p }));
  const updated = processes.filter(({ p }) => p.estado === 'contratacion' && p.fecha >= '2023-06' && p.fecha < '2024').at(-1);
  if (!updated) throw new Error('compras: no contract in Jun-Dec 2023');
  const updateMonth = updated.p.fecha.slice(0, 7);
  const followMonth = addMonths(updateMonth, 1);
  for (const month of demoMonths()) {
    const rows = processes.filter(({ p }) => p.fecha.startsWith(month)).map(({ id, p }) => (id === updated.id ? asRow(id, p, 'adjudicacion') : asRow(id, p)));
    const name = deliveryName(month, 9);
    if (month === followMonth) {
      rows.push(asRow(updated.id, updated.p));
      const first = deliveryName(updateMonth, 9);
      folder.note('actualizacion-id', name, `${updated.id} (${updated.p.metodo}, ${updated.p.fecha}) first sent as adjudicacion in ${first}, here as contratacion`, rows.length + 1);
    }
    folder.csv(name, HEADER, rows);
  }
  return folder.result();
}
