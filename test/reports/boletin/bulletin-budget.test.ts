/**
 * The bulletin's budget box uses the Memoria's definitions: Programado (a month's share of the
 * approved budget, never "Aprobado") + Modificaciones = Vigente, for the month and the year to
 * date of each fund, with its source and definitions.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { bulletinBudget } from '../../../reports/boletin/boletin-budget.js';
import { budgetStretchQuery } from '../../../presentation/marts/budget-stretch.js';
import type { BulletinBudget, BulletinData } from '../../../reports/boletin/boletin-data.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { demoEditionPaths } from '../../support/demo-edition.js';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

interface Box {
  readonly rows: Map<string, string[]>;
  readonly source: string;
  readonly note: string;
}

/** Returns the printed box: its body rows by label (header rows left out), its source line and note. */
function box(month: string, budget: readonly BulletinBudget[]): Box {
  const [block] = bulletinBudget({ month, budget } as unknown as BulletinData) as { stack: { text?: string; style?: string; table?: { headerRows: number; body: { text?: string }[][] } }[] }[];
  const table = block.stack.find((part) => part.table)!.table!;
  const rows = new Map(table.body.slice(table.headerRows).map((cells) => [String(cells[0].text), cells.slice(1).map((cell) => plain(String(cell.text)))]));
  return { rows, source: String(block.stack.find((part) => part.style === 'source')?.text), note: plain(String(block.stack.find((part) => part.style === 'note')?.text)) };
}

const cents = (cell: string) => {
  if (cell === SYMBOLS.zero) return 0;
  const match = /^(\u2212?)\$ ([\d,]+)\.(\d{2})$/.exec(cell);
  if (!match) throw new Error(`No es un monto impreso: «${cell}»`);
  return (match[1] ? -1 : 1) * (Number(match[2].replace(/,/g, '')) * 100 + Number(match[3]));
};

/** Checks Programado + Modificaciones = Vigente in every column. */
function expectAddsUp(printed: Box): void {
  const vigente = printed.rows.get('Vigente (programado + modificaciones)')!;
  printed.rows.get('Programado')!.forEach((cell, index) => {
    expect(cents(cell) + cents(printed.rows.get('Modificaciones')![index]), `columna ${index + 1}`).toBe(cents(vigente[index]));
  });
}

const stage = (fondo: string, etapa: string, tramo: string | null, acumulado: string | null): BulletinBudget => ({ fondo, etiqueta: fondo === 'fae' ? 'FAE' : 'GOES', etapa, tramo, acumulado });

describe('the bulletin’s budget box', () => {
  it('says Programado, not Aprobado, and derives a month’s Modificaciones and Vigente from the four stages', () => {
    const printed = box('2024-03', [
      stage('fae', 'aprobado', '5598687.44', '15851187.00'),
      stage('fae', 'modificado', '5621966.52', '15917095.50'),
      stage('fae', 'devengado', '1246620.33', '3908758.02'),
      stage('goes', 'aprobado', '727755.78', '2233325.00'),
      stage('goes', 'devengado', '333206.07', '1171720.31'),
    ]);
    expect([...printed.rows.keys()]).toEqual(['Programado', 'Modificaciones', 'Vigente (programado + modificaciones)', 'Comprometido', 'Devengado', 'Devengado sobre el vigente']);
    expect(printed.rows.get('Programado')).toEqual(['$ 5,598,687.44', '$ 15,851,187.00', '$ 727,755.78', '$ 2,233,325.00']);
    // The month: 5,621,966.52 − 5,598,687.44. The year to date of FAE cannot be told from the sums
    // alone (which months sent a modificado?), so it is not available; GOES modified nothing.
    expect(printed.rows.get('Modificaciones')).toEqual(['$ 23,279.08', SYMBOLS.notAvailable, SYMBOLS.zero, SYMBOLS.zero]);
    expect(printed.rows.get('Vigente (programado + modificaciones)')).toEqual(['$ 5,621,966.52', SYMBOLS.notAvailable, '$ 727,755.78', '$ 2,233,325.00']);
    expect(printed.rows.get('Comprometido')).toEqual([SYMBOLS.notAvailable, SYMBOLS.notAvailable, SYMBOLS.notAvailable, SYMBOLS.notAvailable]);
    expect(printed.rows.get('Devengado sobre el vigente')).toEqual(['22.17 %', SYMBOLS.notAvailable, '45.79 %', '52.47 %']);
    expect(printed.source).toBe('Fuente: DGME, Unidad Financiera Institucional, Sistema de Administración Financiera Integrado (SAFI).');
    expect(printed.note).toContain('Programado: presupuesto aprobado programado para el mes');
    expect(printed.note).toContain('Vigente: programado más modificaciones');
  });
});

describe.runIf(existsSync(demoEditionPaths.warehouse))('the bulletin’s budget box from the demo warehouse (budgetStretchQuery)', () => {
  const load = async (month: string) => {
    const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      return box(month, await warehouse.rows<BulletinBudget>(budgetStretchQuery(month, month)));
    } finally {
      warehouse.close();
    }
  };

  it('March 2024: the month and the year to date of both funds add up, as the Memoria’s Tabla 31 for enero a marzo de 2024', async () => {
    const printed = await load('2024-03');
    expectAddsUp(printed);
    expect(printed.rows.get('Programado')).toEqual(['$ 5,598,687.44', '$ 15,851,187.00', '$ 727,755.78', '$ 2,233,325.00']);
    expect(printed.rows.get('Modificaciones')).toEqual(['$ 23,279.08', '$ 65,908.50', SYMBOLS.zero, SYMBOLS.zero]);
    expect(printed.rows.get('Vigente (programado + modificaciones)')).toEqual(['$ 5,621,966.52', '$ 15,917,095.50', '$ 727,755.78', '$ 2,233,325.00']);
    expect(printed.rows.get('Devengado')).toEqual(['$ 1,246,620.33', '$ 3,908,758.02', '$ 333,206.07', '$ 1,171,720.31']);
    expect(printed.rows.get('Devengado sobre el vigente')?.[1]).toBe('24.56 %');
  });

  it('December 2023: GOES sent a modificado for October to December only, and its year to date still adds up', async () => {
    const printed = await load('2023-12');
    expectAddsUp(printed);
    // December: 1,573,185.50 − 1,168,836.11; the year: the Memoria's $ 1,200,000.00 of Tabla 32.
    expect(printed.rows.get('Modificaciones')?.slice(2)).toEqual(['$ 404,349.39', '$ 1,200,000.00']);
  });
});
