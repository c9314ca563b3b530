import ExcelJS from 'exceljs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { landingSources } from '../../pipelines/contract/landing-sources.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { parseCsv } from '../../presentation/format/csv.js';
import { pdfPages } from '../reports/support/pdf-text.js';
import { demoEditionPaths } from '../support/demo-edition.js';

/** Every record id and person key the landing deliveries carried, and every published file of the demo edition. */
const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
const ids = new Set<string>();
// Record ids and the anonymised person keys (`persona`): neither may leave the warehouse.
for (const column of ['id', 'persona']) {
  for (const source of landingSources.filter((candidate) => candidate.columns.some((candidate) => candidate.name === column))) {
    for (const row of await warehouse.rows<{ id: string }>(`select distinct trim(${column}) as id from raw."${source.name}" where ${column} is not null and trim(${column}) <> ''`)) ids.add(row.id);
  }
}
const personKeys = (await warehouse.rows<{ n: bigint }>(`select count(distinct persona) as n from raw.derivaciones where persona is not null`))[0].n;
// Each worker runs several suites in one process (vitest.config.ts): close what is opened.
afterAll(() => warehouse.close());
const files = (await readdir(demoEditionPaths.out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));

/** Returns the text a reader can get out of a published file. */
async function publishedText(path: string): Promise<string> {
  switch (extname(path)) {
    case '.csv':
    case '.json':
    case '.md':
    case '.txt':
    case '.html':
    case '.js':
    case '.css':
    case '.svg':
    case '':
      return readFile(path, 'utf8');
    case '.pdf':
      return pdfPages(await readFile(path)).join('\n');
    case '.xlsx': {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      return workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.join('\t') : ''))).join('\n');
    }
    case '.parquet': {
      const rows = await warehouse.rows<Record<string, unknown>>(`select columns(*)::varchar from '${path}'`);
      return rows.map((row) => Object.values(row).join('\t')).join('\n');
    }
    default:
      throw new Error(`No se sabe revisar ${relative(demoEditionPaths.out, path)}: agregue su tipo a este test`);
  }
}

describe('nothing record-level leaves the warehouse', () => {
  it('has record ids and person keys to look for (the demo delivers passports, residencias and returns by record, referrals with their person)', () => {
    expect(ids.size).toBeGreaterThan(100_000);
    expect(Number(personKeys)).toBeGreaterThan(10_000);
  });

  it('reads the published PDFs as text (the scan below sees what a reader sees)', async () => {
    const memoria = await publishedText(join(demoEditionPaths.out, 'memoria.pdf'));
    expect(memoria).toContain('398,437');
  });

  it('publishes no landing record id in any file of the edition', async () => {
    const leaks: string[] = [];
    for (const path of files) {
      for (const token of (await publishedText(path)).match(/[A-Za-z0-9][A-Za-z0-9_.\/-]*/g) ?? []) {
        if (ids.has(token)) leaks.push(`${relative(demoEditionPaths.out, path)}: ${token}`);
      }
    }
    expect(leaks.slice(0, 10)).toEqual([]);
  });

  it('publishes no date finer than the month in any dataset', async () => {
    const finer: string[] = [];
    for (const path of files.filter((candidate) => candidate.endsWith('.csv') && !candidate.endsWith('revisiones.csv'))) {
      for (const row of parseCsv(await readFile(path, 'utf8'))) {
        for (const [field, value] of Object.entries(row)) if (/\d{4}-\d{2}-\d{2}/.test(value)) finer.push(`${relative(demoEditionPaths.out, path)} ${field}=${value}`);
      }
    }
    expect(finer.slice(0, 10)).toEqual([]);
  });
});
