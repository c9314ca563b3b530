/**
 * The quarterly executive reports of the demo edition (2023-06..2024-03): one PDF per quarter that
 * ends inside the period, and the figures printed in informe-trimestral-2024-T1.pdf (as pdftotext
 * reads them) equal sums of the open-data CSVs the same edition published in datos/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatMoney, ratioPercent, sumMoney } from '../../../presentation/format/number-format.js';
import { MEASURE_KEYS, MEASURES } from '../../../reports/memoria/service-measures.js';
import { demoEditionPaths, readPublishedCsv } from '../../support/demo-edition.js';

const QUARTERS = ['2023-T2', '2023-T3', '2023-T4', '2024-T1'];
const file = (code: string) => join(demoEditionPaths.out, `informe-trimestral-${code}.pdf`);
const flat = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
const money = (amount: string) => flat(formatMoney(amount));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const pageCount = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
const inMonths = (mes: string, desde: string, hasta: string) => mes >= desde && mes <= hasta;

let texts: Map<string, string>;
let report: { salidas: string[] };

beforeAll(async () => {
  report = JSON.parse(await readFile(join(demoEditionPaths.out, 'informe-ejecucion.json'), 'utf8'));
  texts = new Map(QUARTERS.filter((code) => existsSync(file(code))).map((code) => [code, pdfText(file(code))]));
});

describe('informes trimestrales of the demo edition', () => {
  it('writes one report per calendar quarter ending inside 2023-06..2024-03, listed in the run report', () => {
    expect(report.salidas.filter((path) => path.startsWith('informe-trimestral-'))).toEqual(QUARTERS.map((code) => `informe-trimestral-${code}.pdf`));
    for (const code of QUARTERS) {
      const pages = pageCount(file(code));
      console.log(`informe-trimestral-${code}.pdf: ${pages} páginas`);
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pages).toBeLessThanOrEqual(10);
    }
  });

  it('dates every report with the edition’s publication date and names its quarter', () => {
    expect(flat(texts.get('2024-T1')!)).toContain('Informe trimestral Primer trimestre de 2024 (enero a marzo)');
    expect(flat(texts.get('2023-T2')!)).toContain('Segundo trimestre de 2023 (abril a junio)');
    for (const text of texts.values()) expect(flat(text)).toContain('San Salvador, 31 de mayo de 2024');
  });

  it('prints the Unidad’s note only in the quarter whose file the edition folder has (2024-T1)', () => {
    for (const [code, text] of texts) {
      expect(flat(text).includes('Nota de la Unidad de Planificación'), code).toBe(code === '2024-T1');
    }
    expect(flat(texts.get('2024-T1')!)).toContain('El primer trimestre de 2024 estuvo marcado por la ampliación de la capacidad de emisión de pasaportes');
  });
});

describe('informe-trimestral-2024-T1.pdf against the open data', () => {
  let text: string;
  beforeAll(() => {
    text = flat(texts.get('2024-T1')!);
  });

  it('gives every service’s quarter and year to date, and the same months of 2023, as sums of the published monthly datasets', async () => {
    const protectedTotals = await readPublishedCsv('medidas_protegidas_mensual');
    const inTotals = new Set(protectedTotals.map((row) => row.medida));
    const spans = [
      ['2024-01', '2024-03'],
      ['2023-01', '2023-03'],
    ] as const;
    for (const key of MEASURE_KEYS) {
      const measure = MEASURES[key];
      const rows = inTotals.has(key)
        ? protectedTotals.filter((row) => row.medida === key)
        : (await readPublishedCsv(`${measure.source.name}_mensual`)).filter((row) => Object.entries(measure.filtro ?? {}).every(([column, value]) => row[column] === value));
      const [actual, previous] = spans.map(([desde, hasta]) => {
        const months = rows.filter((row) => inMonths(row.mes, desde, hasta));
        if (months.some((row) => row.suprimido === 'true')) return 'x';
        const total = months.reduce((sum, row) => sum + Number(row.cantidad), 0);
        return total === 0 ? '–' : formatCount(total);
      });
      // Quarter and year to date coincide in the first quarter.
      expect(text, measure.nombre).toMatch(new RegExp(`${escape(measure.nombre)} ${escape(actual)} ${escape(previous)} \\S+ (\\S+ %|n\\.a\\.|x) ${escape(actual)} ${escape(previous)} `));
    }
  });

  it('gives each POA line’s programmed and achieved figures of the quarter as sums of metas_mensual (yearly targets: a quarter of metas_avance)', async () => {
    const months = await readPublishedCsv('metas_mensual');
    const targets = (await readPublishedCsv('metas_avance')).filter((row) => row.anio === '2024');
    const lines = new Set(targets.map((row) => `${row.medida}|${row.filtro}`));
    expect(lines.size).toBeGreaterThan(0);
    for (const line of lines) {
      const [medida, filtro] = line.split('|');
      const ofLine = months.filter((row) => row.medida === medida && row.filtro === filtro && row.mes.startsWith('2024-'));
      const quarter = ofLine.filter((row) => inMonths(row.mes, '2024-01', '2024-03'));
      const monthly = ofLine.some((row) => row.programado !== '');
      const yearly = targets.find((row) => row.medida === medida && row.filtro === filtro && row.mes === '');
      const programado = monthly ? quarter.reduce((sum, row) => sum + Number(row.programado || 0), 0) : Math.round((Number(yearly!.programado) * 3) / 12);
      const ejecutado = quarter.reduce((sum, row) => sum + Number(row.ejecutado || 0), 0);
      // A line counting a protected population with a withheld month prints x (Reservada), never a figure.
      const achieved = quarter.some((row) => row.suprimido === 'true') ? 'x x' : `${escape(formatCount(ejecutado))} \\S+ %`;
      expect(text, line).toMatch(new RegExp(` ${escape(formatCount(programado))} ${achieved} `));
    }
  });

  it('gives each fund’s quarter budget as sums of presupuesto_mensual', async () => {
    const budget = (await readPublishedCsv('presupuesto_mensual')).filter((row) => inMonths(row.mes, '2024-01', '2024-03'));
    const funds = ['fae', 'goes'];
    const stage = (fondo: string, etapa: string) => sumMoney(budget.filter((row) => row.fondo === fondo && row.etapa === etapa).map((row) => row.monto));
    const vigente = (fondo: string) =>
      sumMoney(
        [...new Set(budget.map((row) => row.mes))].map((mes) => {
          const of = (etapa: string) => budget.find((row) => row.fondo === fondo && row.mes === mes && row.etapa === etapa)?.monto;
          return of('modificado') ?? of('aprobado');
        }),
      );
    // In the first quarter the year to date is the quarter: each figure twice per fund.
    const row = (label: string, values: string[]) => `${label} ${values.flatMap((value) => [value, value]).join(' ')}`;
    expect(text).toContain(
      row(
        'Programado',
        funds.map((fondo) => money(stage(fondo, 'aprobado'))),
      ),
    );
    expect(text).toContain(
      row(
        'Vigente (programado + modificaciones)',
        funds.map((fondo) => money(vigente(fondo))),
      ),
    );
    expect(text).toContain(
      row(
        'Comprometido',
        funds.map((fondo) => money(stage(fondo, 'comprometido'))),
      ),
    );
    expect(text).toContain(
      row(
        'Devengado',
        funds.map((fondo) => money(stage(fondo, 'devengado'))),
      ),
    );
  });

  it('gives the quarter’s procurement as sums of compras_trimestral', async () => {
    const rows = (await readPublishedCsv('compras_trimestral')).filter((row) => row.trimestre === '2024-T1');
    expect(rows.every((row) => row.desde === '2024-01' && row.hasta === '2024-03')).toBe(true);
    const awarded = rows.filter((row) => ['adjudicacion', 'contratacion'].includes(row.estado_proceso));
    const count = (of: typeof rows) => of.reduce((sum, row) => sum + Number(row.procesos), 0);
    expect(text).toContain(`se adjudicaron o contrataron ${formatCount(count(awarded))} procesos por ${money(sumMoney(awarded.map((row) => row.monto)))}`);
    expect(text).toContain(`Total ${formatCount(count(awarded))} ${money(sumMoney(awarded.map((row) => row.monto)))}`);
    expect(text).toContain(`Total ${formatCount(count(rows))} ${money(sumMoney(rows.map((row) => row.monto)))}`);
  });

  it('counts the PNI’s indicators of 2024 by status as pni_avance publishes them, with the cut-off caveat', async () => {
    const rows = (await readPublishedCsv('pni_avance')).filter((row) => row.anio === '2024');
    const counts = ['cumplida', 'en_curso', 'en_riesgo', 'rezagada', 'sin_datos'].map((estado) => rows.filter((row) => row.estado === estado).length);
    expect(text).toContain(`Total ${counts.map((n) => (n === 0 ? '–' : formatCount(n))).join(' ')} ${formatCount(rows.length)}`);
    expect(text).toContain('Estados al 31 de marzo de 2024, cierre del trimestre');
    expect(flat(texts.get('2023-T3')!)).toContain('Esta edición no publica indicadores del PNI con seguimiento en 2023.');
  });

  it('writes «Cambios destacados» from the figures: increases, decreases, POA lines behind schedule and the budget’s pace', async () => {
    const start = text.indexOf('Cambios destacados');
    const page = text.slice(start, text.indexOf('Indicadores de gestión', start));
    const quarterSum = (rows: Record<string, string>[], year: number) => rows.filter((row) => inMonths(row.mes, `${year}-01`, `${year}-03`)).reduce((sum, row) => sum + Number(row.cantidad), 0);
    const passports = await readPublishedCsv('pasaportes_mensual');
    const [passports2024, passports2023] = [quarterSum(passports, 2024), quarterSum(passports, 2023)];
    const residences = (await readPublishedCsv('medidas_protegidas_mensual')).filter((row) => row.medida === 'residencias');
    const [residences2024, residences2023] = [quarterSum(residences, 2024), quarterSum(residences, 2023)];
    expect(page).toMatch(
      new RegExp(
        `Mayores aumentos (• )?Se registraron ${escape(formatCount(passports2024))} pasaportes emitidos en el trimestre, un incremento del ${escape(ratioPercent(passports2024 - passports2023, passports2023)!)} %`,
      ),
    );
    expect(page).toMatch(
      new RegExp(
        `Mayores disminuciones (• )?Se registraron ${escape(formatCount(residences2024))} resoluciones de residencia en el trimestre, ${escape(ratioPercent(residences2023 - residences2024, residences2023)!)} % menos`,
      ),
    );
    expect(page).toMatch(/\d+ de \d+ líneas de meta del POA 2024 van con atraso/);
    expect(page).toMatch(/Fondo de Actividades Especiales \(FAE\): en el trimestre se devengó el \d+\.\d\d % del presupuesto vigente/);
  });
});
