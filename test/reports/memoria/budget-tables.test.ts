/**
 * The Memoria's budget tables (Tablas 31 and 32) reconcile: Aprobado + Modificaciones = Vigente on
 * the printed rows of both funds, no "Modificado" row that sums only some months beside a
 * full-period Aprobado, a note that says so when the modificado was sent for only some months,
 * definitions and a source under each table. Then the same rows from the demo warehouse.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { nodeDocument } from '../../../presentation/charts/render-svg.js';
import { budgetDisagreements, budgetTableRows, financialSection, type PrintedBudgetRow } from '../../../reports/memoria/financial-section.js';
import type { BudgetRow } from '../../../presentation/marts/mart-rows.js';
import type { MemoriaData } from '../../../reports/memoria/memoria-data.js';
import type { SectionContext } from '../../../reports/memoria/section-context.js';
import { newNumbering, type TableRow } from '../../../reports/pdf/data-table.js';
import { MINUS } from '../../../presentation/format/number-format.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { demoEditionPaths } from '../../support/demo-edition.js';

/** presupuesto_periodo of the demo edition (the 2023-2024 Memoria's Tablas 31 and 32), as the warehouse publishes it. */
const DEMO: PrintedBudgetRow[] = [
  {
    fondo: 'fae',
    ejercicio: 2023,
    desde: '2023-06',
    hasta: '2023-12',
    aprobado: '19442720.00',
    modificado: null,
    comprometido: '17916991.57',
    devengado: '15115918.79',
    modificaciones: null,
    presupuesto_vigente: '19442720.00',
    pct_devengado: '77.75',
    meses_modificado: 0,
  },
  {
    fondo: 'goes',
    ejercicio: 2023,
    desde: '2023-06',
    hasta: '2023-12',
    aprobado: '6914479.50',
    modificado: '4668790.48',
    comprometido: '2809776.19',
    devengado: '2808793.22',
    modificaciones: '1200000.00',
    presupuesto_vigente: '8114479.50',
    pct_devengado: '34.61',
    meses_modificado: 3,
  },
  {
    fondo: 'fae',
    ejercicio: 2024,
    desde: '2024-01',
    hasta: '2024-03',
    aprobado: '15851187.00',
    modificado: '15917095.50',
    comprometido: '5548674.22',
    devengado: '3908758.02',
    modificaciones: '65908.50',
    presupuesto_vigente: '15917095.50',
    pct_devengado: '24.56',
    meses_modificado: 3,
  },
  {
    fondo: 'goes',
    ejercicio: 2024,
    desde: '2024-01',
    hasta: '2024-03',
    aprobado: '2233325.00',
    modificado: null,
    comprometido: '1171920.35',
    devengado: '1171720.31',
    modificaciones: null,
    presupuesto_vigente: '2233325.00',
    pct_devengado: '52.47',
    meses_modificado: 0,
  },
];

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** Returns a printed amount in cents: `$ 1,200,000.00` → 120000000, `–` (zero) → 0, `−$ 5.00` → -500. */
function printedCents(cell: string): number {
  if (cell === SYMBOLS.zero) return 0;
  const match = /^(\u2212?)\$\s([\d,]+)\.(\d{2})$/.exec(plain(cell));
  if (!match) throw new Error(`No es un monto impreso: «${cell}»`);
  const cents = Number(match[2].replace(/,/g, '')) * 100 + Number(match[3]);
  return match[1] ? -cents : cents;
}

const cellText = (cell: TableRow['cells'][number]) => (typeof cell === 'string' ? cell : cell.text);
const rowOf = (rows: readonly TableRow[], label: string) => {
  const row = rows.find((candidate) => cellText(candidate.cells[0]) === label);
  if (!row) throw new Error(`Falta la fila «${label}»`);
  return row.cells.slice(1).map(cellText);
};

/** Checks that every column of a fund's printed table adds up: Aprobado + Modificaciones = Vigente. */
function expectAddsUp(rows: readonly TableRow[]): void {
  const aprobado = rowOf(rows, 'Aprobado');
  const modificaciones = rowOf(rows, 'Modificaciones');
  const vigente = rowOf(rows, 'Vigente (aprobado + modificaciones)');
  expect(aprobado.length).toBeGreaterThan(0);
  aprobado.forEach((cell, index) => {
    expect(printedCents(cell) + printedCents(modificaciones[index]), `columna ${index + 1}`).toBe(printedCents(vigente[index]));
  });
}

/** Walks pdfmake content and returns every node matching `test`. */
function collect(node: unknown, test: (value: Record<string, unknown>) => boolean, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((child) => collect(child, test, found));
  else if (node && typeof node === 'object') {
    const value = node as Record<string, unknown>;
    if (test(value)) found.push(value);
    for (const child of Object.values(value)) if (child && typeof child === 'object') collect(child, test, found);
  }
  return found;
}

/** The section over the given rows alone (it reads nothing else of the context but the fund labels and the numbering). */
const sectionOf = (budget: readonly BudgetRow[]) =>
  financialSection({
    data: {
      budget,
      labels: new Map([
        [
          'fondo',
          new Map([
            ['fae', 'Fondo de Actividades Especiales (FAE)'],
            ['goes', 'Fondo General de la Nación (GOES)'],
          ]),
        ],
      ]),
    } as unknown as MemoriaData,
    numbering: newNumbering(),
    document: nodeDocument(),
  } as unknown as SectionContext);

describe('the budget tables of the Memoria (Tablas 31 and 32)', () => {
  for (const fondo of ['fae', 'goes']) {
    it(`${fondo.toUpperCase()}: the printed rows add up, Aprobado + Modificaciones = Vigente, in every fiscal stretch`, () => {
      expectAddsUp(budgetTableRows(DEMO.filter((row) => row.fondo === fondo)));
    });
  }

  it('prints GOES jun–dic 2023 as Aprobado $ 6,914,479.50 + Modificaciones $ 1,200,000.00 = Vigente $ 8,114,479.50, and no partial Modificado row', () => {
    const rows = budgetTableRows(DEMO.filter((row) => row.fondo === 'goes'));
    expect(rows.map((row) => cellText(row.cells[0]))).toEqual(['Aprobado', 'Modificaciones', 'Vigente (aprobado + modificaciones)', 'Comprometido', 'Devengado', 'Devengado sobre el vigente']);
    expect(rowOf(rows, 'Aprobado').map(plain)).toEqual(['$ 6,914,479.50', '$ 2,233,325.00']);
    // No month of GOES 2024 sent a modificado: no modifications, printed as the zero sign.
    expect(rowOf(rows, 'Modificaciones').map(plain)).toEqual(['$ 1,200,000.00', SYMBOLS.zero]);
    expect(rowOf(rows, 'Vigente (aprobado + modificaciones)').map(plain)).toEqual(['$ 8,114,479.50', '$ 2,233,325.00']);
    expect(rowOf(rows, 'Devengado sobre el vigente').map(plain)).toEqual(['34.61 %', '52.47 %']);
  });

  it('the check itself fails on rows that do not add up (the old Modificado next to the period’s Aprobado)', () => {
    const broken = budgetTableRows([{ ...DEMO[1], presupuesto_vigente: DEMO[1].modificado }]);
    expect(() => expectAddsUp(broken)).toThrow();
  });

  it('says in a note when the modificado was sent for only some months, with the figures that reconcile', () => {
    const [goes2023] = DEMO.filter((row) => row.fondo === 'goes');
    const [sentence] = budgetDisagreements('GOES', [goes2023]).map(plain);
    expect(sentence).toContain('GOES, junio a diciembre de 2023: solo 3 de los 7 meses registraron presupuesto modificado.');
    expect(sentence).toContain('$ 4,668,790.48, frente a $ 3,468,790.48 aprobados para esos mismos meses (modificaciones: $ 1,200,000.00)');
    expect(sentence).toContain('en los otros 4 meses rige el aprobado ($ 3,445,689.02)');
    // Without the count of months, the same disagreement is found from the amounts.
    const { meses_modificado: _, ...uncounted } = goes2023;
    expect(plain(budgetDisagreements('GOES', [uncounted])[0])).toContain('solo algunos meses registraron presupuesto modificado');
    // A modificado sent for every month (FAE 2024), or none (FAE 2023), is no disagreement.
    expect(
      budgetDisagreements(
        'FAE',
        DEMO.filter((row) => row.fondo === 'fae'),
      ),
    ).toEqual([]);
  });

  it('prints the definitions, the disagreement and the source under each table, and no Modificado row', () => {
    const content = sectionOf(DEMO);
    const blocks = collect(content, (node) => Array.isArray(node.stack) && (node.stack as { text?: unknown }[]).some((part) => typeof part.text === 'string' && /^Tabla \d+\./.test(part.text)));
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const texts = (block.stack as { text?: unknown; style?: string }[]).filter((part) => typeof part.text === 'string');
      expect(texts.find((part) => part.style === 'source')?.text).toBe('Fuente: DGME, Unidad Financiera Institucional, Sistema de Administración Financiera Integrado (SAFI).');
      const note = plain(String(texts.find((part) => part.style === 'note')?.text));
      expect(note).toContain('Vigente: aprobado más modificaciones');
      expect(note).toContain('Devengado: obligaciones reconocidas');
    }
    const notes = blocks.map((block) => plain(String((block.stack as { style?: string; text?: unknown }[]).find((part) => part.style === 'note')?.text)));
    expect(notes[0]).not.toContain('registraron presupuesto modificado.');
    expect(notes[1]).toContain('GOES, junio a diciembre de 2023: solo 3 de los 7 meses registraron presupuesto modificado.');
    const cells = collect(content, (node) => typeof node.text === 'string').map((node) => node.text as string);
    expect(cells).not.toContain('Modificado');
    // The chart names its source too.
    expect(collect(content, (node) => node.style === 'source')).toHaveLength(3);
  });

  it('prints negatives with the minus sign', () => {
    const rows = budgetTableRows([{ ...DEMO[1], modificado: '3000000.00', modificaciones: '-468790.48', presupuesto_vigente: '6445689.02', meses_modificado: 3 }]);
    expect(rowOf(rows, 'Modificaciones')[0]).toBe(`${MINUS}$\u00a0468,790.48`);
    expectAddsUp(rows);
  });
});

describe.runIf(existsSync(demoEditionPaths.warehouse))('the budget tables from the demo warehouse', () => {
  it('add up for both funds as printed from presupuesto_periodo', async () => {
    const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      const budget = await warehouse.rows<BudgetRow>(`
        select fondo, ejercicio, desde, hasta, aprobado::varchar as aprobado, modificado::varchar as modificado,
          comprometido::varchar as comprometido, devengado::varchar as devengado, modificaciones::varchar as modificaciones,
          presupuesto_vigente::varchar as presupuesto_vigente, pct_devengado::varchar as pct_devengado
        from marts.presupuesto_periodo order by ejercicio, fondo`);
      for (const fondo of ['fae', 'goes']) {
        const rows = budget.filter((row) => row.fondo === fondo);
        expect(rows.length, fondo).toBeGreaterThan(0);
        expectAddsUp(budgetTableRows(rows));
      }
    } finally {
      warehouse.close();
    }
  });
});
