/**
 * `memoria pni templates`: exit codes, the templates' shape, their targets against the warehouse's,
 * and the round trip: write the 2024 templates, fill some values as an institution would (exceljs),
 * drop them into a landing folder, run the pipeline and read pni_avance.
 */
import ExcelJS from 'exceljs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pniCommand } from '../../../orchestration/cli/pni-command.js';
import { fold } from '../../../pipelines/extract/fold.js';
import { headerSynonyms, findSource } from '../../../pipelines/contract/landing-sources.js';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { runEdition } from '../../../orchestration/run/run-edition.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { readPniCatalogue } from '../../../reports/pni/pni-catalogue.js';
import { yearTarget } from '../../../reports/pni/pni-targets.js';
import { demoEditionPaths, testTmpRoot } from '../../support/demo-edition.js';
import { startFromBaseWarehouse } from '../../support/base-warehouse.js';

const root = join(testTmpRoot, 'test-pni-templates');
const templates = join(root, 'plantillas');
const catalogue = await readPniCatalogue();

/** Runs the command with console output captured; returns the exit code and what was printed. */
async function command(positionals: string[], options: { anio?: string; out?: string }) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await pniCommand(positionals, options);
    return { code, stdout: log.mock.calls.flat().join('\n'), stderr: error.mock.calls.flat().join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0];
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1).map(String);

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('memoria pni templates (exit codes)', () => {
  it('exits 2 with a Spanish message for a missing or malformed action or year', async () => {
    expect(await command([], { anio: '2024' })).toMatchObject({ code: 2, stderr: expect.stringContaining('falta la acción') });
    expect(await command(['borrar'], { anio: '2024' })).toMatchObject({ code: 2, stderr: expect.stringContaining('acción desconocida «borrar»') });
    expect(await command(['templates'], {})).toMatchObject({ code: 2, stderr: expect.stringContaining('falta --anio') });
    expect(await command(['templates'], { anio: '24' })).toMatchObject({ code: 2, stderr: expect.stringContaining('cuatro cifras') });
    expect(await command(['templates', 'extra'], { anio: '2024' })).toMatchObject({ code: 2, stderr: expect.stringContaining('argumento inesperado') });
  });

  it('exits 1 and writes nothing for a year outside the PNI', async () => {
    const out = join(root, 'fuera');
    expect(await command(['templates'], { anio: '2031', out })).toMatchObject({ code: 1, stderr: expect.stringContaining('2024-2028') });
    await expect(readdir(out)).rejects.toThrow();
  });

  it('exits 1 with a Spanish message when the output folder cannot be written', async () => {
    await mkdir(root, { recursive: true });
    const file = join(root, 'no-es-carpeta');
    await writeFile(file, 'x');
    expect(await command(['templates'], { anio: '2024', out: file })).toMatchObject({ code: 1, stderr: expect.stringContaining('no se pudieron escribir') });
  });

  it('writes one workbook per responsible institution of the year and exits 0', async () => {
    const result = await command(['pni', 'templates'], { anio: '2024', out: templates });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Plantillas del PNI 2024');
    const files = (await readdir(templates)).sort();
    const expected = [...new Set(catalogue.indicators.filter((i) => i.anioInicio <= 2024 && i.anioFin >= 2024).flatMap((i) => i.responsables))].sort().map((code) => `pni-2024_${code}.xlsx`);
    expect(files).toEqual(expected);
    expect(files).toContain('pni-2024_mrree.xlsx');
    expect(files).toContain('pni-2024_dgme.xlsx');
  });
});

describe('the 2024 templates', () => {
  it('carry the pni landing columns in row 1 of the first sheet, so they load without editing', async () => {
    const sheet = await sheetOf(join(templates, 'pni-2024_mtps.xlsx'));
    expect(sheet.name).toBe('Reporte');
    const folded = headerOf(sheet).map((name) => headerSynonyms[fold(name)] ?? fold(name));
    const contract = findSource('pni')!.columns.map((column) => column.name);
    expect(folded).toEqual(expect.arrayContaining(contract));
    expect(folded).toContain('plantilla_pni');
  });

  it('list each institution’s indicators of the year with the PNI text, the year’s target and an empty value', async () => {
    for (const code of ['mtps', 'rnpn', 'mrree']) {
      const sheet = await sheetOf(join(templates, `pni-2024_${code}.xlsx`));
      const header = headerOf(sheet);
      const column = (name: string) => header.indexOf(name) + 1;
      const expected = catalogue.indicators.filter((i) => i.responsables.includes(code) && i.anioInicio <= 2024 && i.anioFin >= 2024);
      expect(sheet.rowCount - 1, code).toBe(expected.length);
      expected.forEach((indicator, index) => {
        const row = sheet.getRow(index + 2);
        expect(row.getCell(column('Indicador')).value).toBe(indicator.indicador);
        expect(row.getCell(column('Año')).value).toBe(2024);
        expect(row.getCell(column('Institución')).value).toBe(code);
        expect(row.getCell(column('Descripción del indicador')).value).toBe(indicator.indicadorTexto);
        expect(row.getCell(column('Meta del año')).value ?? null).toBe(yearTarget(indicator, 2024)?.metaDelAnio ?? null);
        expect(row.getCell(column('Valor')).value ?? null).toBeNull();
        expect(String(row.getCell(column('Cómo reportar')).value)).not.toBe('');
      });
    }
    const mtps = await sheetOf(join(templates, 'pni-2024_mtps.xlsx'));
    const ids = mtps.getColumn(1).values.slice(2);
    expect(ids).toContain('5.5.2.a');
  });

  it('compute every year’s target as the warehouse does (int_pni__metas_anuales of the demo edition)', async () => {
    const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      const rows = await warehouse.rows<{ indicador: string; anio: number; meta: string | null }>(`select indicador, anio, meta::double::varchar as meta from intermediate.int_pni__metas_anuales`);
      expect(rows.length).toBeGreaterThan(500);
      for (const row of rows) {
        const indicator = catalogue.indicators.find((i) => i.indicador === row.indicador)!;
        expect(yearTarget(indicator, row.anio)?.meta ?? null, `${row.indicador} ${row.anio}`).toBe(row.meta === null ? null : Number(row.meta));
      }
    } finally {
      warehouse.close();
    }
  });
});

/** Fills `values` (indicator → value) into a copy of an institution's template saved as `target`. */
async function fillTemplate(code: string, values: Record<string, number | null>, target: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(templates, `pni-2024_${code}.xlsx`));
  const sheet = workbook.getWorksheet('Reporte')!;
  const header = headerOf(sheet);
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const id = String(row.getCell(1).value);
    if (id in values) {
      row.getCell(header.indexOf('Valor') + 1).value = values[id];
      if (values[id] !== null) row.getCell(header.indexOf('Fuente') + 1).value = `Informe de ${code.toUpperCase()}`;
    }
  });
  await workbook.xlsx.writeFile(target);
}

describe('round trip: filled templates dropped into landing/pni', () => {
  const landing = join(root, 'landing');
  const rows = new Map<string, { meta: string; valor: string | null; estado: string; fuente: string | null }>();
  let report: Awaited<ReturnType<typeof runEdition>>;
  let omitted = 0;
  let quarantined = -1;

  beforeAll(async () => {
    const pni = join(landing, 'pni');
    await mkdir(pni, { recursive: true });
    await fillTemplate('mrree', { '0.1.1.a': 2, '0.1.2.a': 0, '1.1.2.a': 1, '4.4.2.a': 8000, '5.5.2.a': 300 }, join(pni, '2024-07-10_pni-2024_mrree.xlsx'));
    await fillTemplate('dgme', { '5.4.1.a': 3100, '2.6.1.a': 30 }, join(pni, '2024-07-11_pni-2024_dgme.xlsx'));
    await fillTemplate('mtps', { '5.5.2.a': 1000 }, join(pni, '2024-07-12_pni-2024_mtps.xlsx'));
    await fillTemplate('conamype', { '5.5.2.a': 200 }, join(pni, '2024-07-12_pni-2024_conamype.xlsx'));
    await copyFile(join(templates, 'pni-2024_minsal.xlsx'), join(pni, '2024-07-13_pni-2024_minsal.xlsx'));
    // A later MRREE delivery that leaves 0.1.1.a empty must not erase the value sent before.
    await fillTemplate('mrree', { '1.1.1.a': 1 }, join(pni, '2024-09-30_pni-2024_mrree.xlsx'));

    await startFromBaseWarehouse(join(root, 'almacen', 'memoria.duckdb'));
    report = await runEdition(
      { landing, out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb'), period: reportingPeriod('2024-01', '2024-06'), createdAt: '2024-10-01T12:00:00Z' },
      silentProgress,
    );
    if (report.resultado !== 'correcto') return;
    const warehouse = await openWarehouse(join(root, 'almacen', 'memoria.duckdb'), { readOnly: true });
    try {
      for (const row of await warehouse.rows<{ indicador: string; meta: string; valor: string | null; estado: string; fuente: string | null }>(
        `select indicador, meta::varchar as meta, valor::varchar as valor, estado, fuente from marts.pni_avance where anio = 2024`,
      )) {
        rows.set(row.indicador, row);
      }
      omitted = Number((await warehouse.rows<{ n: number }>(`select count(*)::integer as n from intermediate.int_pni__validadas where omitida`))[0].n);
      quarantined = Number((await warehouse.rows<{ n: number }>(`select count(*)::integer as n from calidad.cuarentena where fuente = 'pni'`))[0].n);
    } finally {
      warehouse.close();
    }
  });

  it('loads every template without rejecting a file or quarantining a row', () => {
    expect(report.resultado, report.error).toBe('correcto');
    expect(report.entregas.filter((delivery) => delivery.fuente === 'pni').every((delivery) => delivery.estado === 'cargada')).toBe(true);
    expect(quarantined).toBe(0);
  });

  it('skips the rows left empty (the whole MINSAL template included)', () => {
    const rowsIn = (code: string) => catalogue.indicators.filter((i) => i.responsables.includes(code) && i.anioInicio <= 2024 && i.anioFin >= 2024).length;
    const filled = 5 + 2 + 1 + 1 + 1;
    expect(omitted).toBe(2 * rowsIn('mrree') + rowsIn('dgme') + rowsIn('mtps') + rowsIn('conamype') + rowsIn('minsal') - filled);
  });

  it('publishes the filled values with their statuses against half of the 2024 target (hasta 2024-06)', () => {
    expect(rows.get('0.1.1.a')).toMatchObject({ meta: '2.00', valor: '2.00', estado: 'cumplida', fuente: 'mrree' });
    expect(rows.get('1.1.1.a')).toMatchObject({ meta: '2.00', valor: '1.00', estado: 'en_curso', fuente: 'mrree' });
    expect(rows.get('1.1.2.a')).toMatchObject({ meta: '1.00', valor: '1.00', estado: 'cumplida' });
    expect(rows.get('0.1.2.a')).toMatchObject({ meta: '1.00', valor: '0.00', estado: 'en_curso' });
    expect(rows.get('4.4.2.a')).toMatchObject({ meta: '15000.00', valor: '8000.00', estado: 'en_curso' });
    expect(rows.get('2.6.1.a')).toMatchObject({ meta: '50.00', valor: '30.00', estado: 'en_curso', fuente: 'dgme' });
    expect(rows.get('5.5.2.a')).toMatchObject({ meta: '3500.00', valor: '1500.00', estado: 'en_riesgo', fuente: 'conamype, mrree, mtps' });
    expect(rows.get('2.5.3.a')).toMatchObject({ meta: '3000.00', valor: null, estado: 'sin_datos', fuente: null });
  });

  it('uses the institution’s report for an operational indicator when the warehouse has no data for its source', () => {
    expect(rows.get('5.4.1.a')).toMatchObject({ meta: '6000.00', valor: '3100.00', estado: 'en_curso', fuente: 'dgme' });
    expect(rows.get('2.5.2.a')).toMatchObject({ meta: '1000.00', valor: null, estado: 'sin_datos' });
  });

  it('publishes one row per indicator active in 2024, each with the target the template showed', () => {
    const active = catalogue.indicators.filter((i) => i.anioInicio <= 2024 && i.anioFin >= 2024);
    expect(rows.size).toBe(active.length);
    for (const indicator of active) {
      const target = yearTarget(indicator, 2024)?.meta ?? null;
      expect(rows.get(indicator.indicador)?.meta ?? null, indicator.indicador).toBe(target === null ? null : target.toFixed(2));
    }
  });
});
