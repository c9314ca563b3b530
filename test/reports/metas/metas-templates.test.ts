/**
 * The POA target templates (`memoria metas plantillas`): one workbook per unit that sends count data,
 * their sheets, headers, rows and validations, and the round trip: fill a few «Programado» cells as a
 * unit would (exceljs), drop the files into `<landing>/metas/` and extract them into a fresh
 * warehouse (raw.metas; dbt is not run here).
 */
import ExcelJS from 'exceljs';
import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countSources, findSource, headerSynonyms } from '../../../pipelines/contract/landing-sources.js';
import { extractLanding } from '../../../pipelines/extract/extract-landing.js';
import { fold } from '../../../pipelines/extract/fold.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { metasUnits, TEMPLATE_MARKER, templateFileName, unitDimensions, unitSlug, writeMetasTemplates } from '../../../reports/metas/metas-templates.js';
import { parseCsv, testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-metas-templates');
const templates = join(root, 'plantillas');
const createdAt = new Date('2025-01-06T15:00:00Z');
const PASAPORTES = 'metas-2025_direccion-de-emision-de-pasaporte.xlsx';
const EXTRANJERIA = 'metas-2025_direccion-de-extranjeria.xlsx';
let written: Awaited<ReturnType<typeof writeMetasTemplates>>;

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(templates, file));
  return workbook;
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
const seed = async (name: string) => parseCsv(await readFile(join(projectRoot, 'seeds', `${name}.csv`), 'utf8'));

/** Returns the codes a list validation offers: inline, or read from the range of the sheet it names. */
function listCodes(workbook: ExcelJS.Workbook, validation: ExcelJS.DataValidation | undefined): string[] {
  expect(validation?.type).toBe('list');
  const formula = String(validation!.formulae[0]);
  if (formula.startsWith('"')) return formula.slice(1, -1).split(',');
  const match = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  expect(match, formula).not.toBeNull();
  const [, sheetName, column, first, , last] = match!;
  const sheet = workbook.getWorksheet(sheetName)!;
  const codes: string[] = [];
  for (let row = Number(first); row <= Number(last); row++) codes.push(String(sheet.getCell(`${column}${row}`).value));
  return codes;
}

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  written = await writeMetasTemplates(2025, templates, createdAt);
});

describe('the 2025 templates', () => {
  it('are one workbook per unit that sends count data, named metas-AAAA_<unit slug>.xlsx', async () => {
    const units = [...new Set(countSources.map((source) => source.origin.unidad))];
    expect(written.map((template) => template.unidad)).toEqual(units);
    expect((await readdir(templates)).sort()).toEqual(units.map((unit) => templateFileName(unit, 2025)).sort());
    expect(written.map((template) => template.archivo)).toContain(PASAPORTES);
    expect(written.map((template) => template.archivo)).toContain('metas-2025_direccion-de-atencion-al-migrante-gami.xlsx');
    expect(unitSlug('Dirección de Atención al Migrante (GAMI)')).toBe('direccion-de-atencion-al-migrante-gami');
    expect(written.find((template) => template.unidad === 'Dirección de Extranjería')?.medidas).toEqual(['residencias', 'visas', 'nacionalidad', 'carnets']);
  });

  it('have the sheets «Metas» (header frozen), «Instrucciones» and a hidden «Códigos»', async () => {
    for (const { archivo } of written) {
      const workbook = await workbookOf(archivo);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Metas', 'Instrucciones', 'Códigos']);
      expect(workbook.getWorksheet('Códigos')!.state).toBe('hidden');
      expect(workbook.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(workbook.worksheets[0].getRow(1).font?.bold).toBe(true);
    }
  });

  it('carry the metas landing columns, the dimension columns of the unit’s sources under their landing names, and the marker', async () => {
    const pasaportes = (await workbookOf(PASAPORTES)).worksheets[0];
    expect(headerOf(pasaportes)).toEqual(['Año', 'Mes', 'Medida', 'oficina_tipo', 'oficina', 'sexo', 'tramite', 'canal', 'Programado', 'Unidad', 'Descripción', TEMPLATE_MARKER]);
    const extranjeria = (await workbookOf(EXTRANJERIA)).worksheets[0];
    expect(headerOf(extranjeria).slice(3, 8)).toEqual(['calidad', 'sexo', 'nacionalidad', 'tramite', 'tipo']);
    const contract = findSource('metas')!.columns.map((column) => column.name);
    for (const unit of metasUnits()) {
      const header = headerOf((await workbookOf(templateFileName(unit.nombre, 2025))).worksheets[0]);
      const folded = header.map((name) => headerSynonyms[fold(name)] ?? fold(name));
      expect(folded).toEqual(expect.arrayContaining([...contract, 'plantilla_metas', 'descripcion']));
      expect(header.slice(3, 3 + unitDimensions(unit).length)).toEqual(unitDimensions(unit));
    }
  });

  it('list each source of the unit twelve times, one row per month, with «Programado» and the codes empty', async () => {
    for (const unit of metasUnits()) {
      const sheet = (await workbookOf(templateFileName(unit.nombre, 2025))).worksheets[0];
      const header = headerOf(sheet);
      const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1).value ?? null;
      expect(sheet.rowCount - 1, unit.nombre).toBe(12 * unit.sources.length);
      unit.sources.forEach((source, index) => {
        for (let mes = 1; mes <= 12; mes++) {
          const row = 2 + 12 * index + mes - 1;
          expect([cell(row, 'Año'), cell(row, 'Mes'), cell(row, 'Medida')]).toEqual([2025, mes, source.name]);
          expect(cell(row, 'Programado')).toBeNull();
          for (const dimension of unitDimensions(unit)) expect(cell(row, dimension)).toBeNull();
          expect(cell(row, 'Unidad')).toBe(unit.nombre);
          expect(String(cell(row, 'Descripción'))).toContain(source.title.replace(/ por mes$/, ''));
          expect(cell(row, TEMPLATE_MARKER)).toBe(`POA 2025 · ${unit.nombre}`);
        }
      });
    }
    const certificaciones = (await workbookOf('metas-2025_direccion-de-control-migratorio.xlsx')).worksheets[0];
    expect(String(certificaciones.getRow(2).getCell(headerOf(certificaciones).indexOf('Descripción') + 1).value)).toContain('«tipo» = constancia_no_restriccion');
  });

  it('validate the month, the planned figure and each dimension column with its codes', async () => {
    const workbook = await workbookOf(PASAPORTES);
    const sheet = workbook.worksheets[0];
    const header = headerOf(sheet);
    const validation = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1).dataValidation;
    for (const row of [2, 9, 13]) {
      expect(validation(row, 'Mes')).toMatchObject({ type: 'whole', allowBlank: true, formulae: [1, 12] });
      expect(validation(row, 'Programado')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0] });
      expect(listCodes(workbook, validation(row, 'oficina'))).toEqual((await seed('oficinas')).map((office) => office.codigo));
      expect(String(validation(row, 'oficina')!.formulae[0])).toMatch(/^'Códigos'!/);
      expect(listCodes(workbook, validation(row, 'sexo'))).toEqual(['M', 'F']);
      expect(listCodes(workbook, validation(row, 'tramite'))).toEqual(['primera_vez', 'renovacion', 'revalidacion']);
      expect(listCodes(workbook, validation(row, 'oficina_tipo'))).toEqual(['sucursal', 'consulado']);
    }

    // In a unit whose sources share a column name, each row offers its own source's codes.
    const extranjeria = await workbookOf(EXTRANJERIA);
    const rows = extranjeria.worksheets[0];
    const columns = headerOf(rows);
    const at = (row: number, name: string) => rows.getRow(row).getCell(columns.indexOf(name) + 1).dataValidation;
    const visas = 2 + 12;
    const nacionalidad = 2 + 24;
    expect(listCodes(extranjeria, at(visas, 'tramite'))).toEqual(['visa', 'prorroga', 'aval_pei']);
    expect(listCodes(extranjeria, at(nacionalidad + 11, 'tramite'))).toEqual(['recuperacion', 'renuncia', 'nacionalizacion', 'naturalizacion']);
    expect(listCodes(extranjeria, at(visas, 'nacionalidad'))).toEqual((await seed('paises')).map((country) => country.codigo));
    expect(at(visas, 'calidad')).toMatchObject({ type: 'textLength', formulae: [0] });
    expect(at(nacionalidad, 'nacionalidad')).toMatchObject({ type: 'textLength', formulae: [0] });

    const gami = (await workbookOf('metas-2025_direccion-de-atencion-al-migrante-gami.xlsx')).worksheets[0];
    expect(gami.getRow(2).getCell(headerOf(gami).indexOf('edad') + 1).dataValidation).toMatchObject({ type: 'whole', allowBlank: true });
  });

  it('explain in Spanish how to fill, name and send the file, and what happens after', async () => {
    const sheet = (await workbookOf(PASAPORTES)).getWorksheet('Instrucciones')!;
    const text = (sheet.getColumn(1).values as unknown[]).slice(1).map(String).join('\n');
    expect(text).toContain('Metas físicas del POA 2025: Dirección de Emisión de Pasaporte');
    expect(text).toContain('carpeta «metas»');
    expect(text).toContain('AAAA-MM-DD_metas-2025_direccion-de-emision-de-pasaporte.xlsx');
    expect(text).toContain('«Mes» vacío');
    expect(text).toContain('un código por celda');
    expect(text).toContain('se omiten');
    expect(text).toContain('reemplaza la meta');
    expect(text).toContain('«Programado» 0');
    expect(text).toMatch(/cumplida.*en_curso.*en_riesgo.*rezagada/s);
  });
});

describe('round trip: filled templates dropped into landing/metas and extracted', () => {
  const landing = join(root, 'landing');
  const warehousePath = join(root, 'almacen', 'memoria.duckdb');
  let summary: Awaited<ReturnType<typeof extractLanding>>;
  let rows: { archivo: string; linea: number; anio: string; mes: string | null; medida: string; programado: string | null; unidad: string | null; extras: string }[] = [];

  beforeAll(async () => {
    const folder = join(landing, 'metas');
    await mkdir(folder, { recursive: true });
    // The passport directorate plans January, the central office in February, and the whole year on a copied row without a month.
    const workbook = await workbookOf(PASAPORTES);
    const sheet = workbook.getWorksheet('Metas')!;
    const header = headerOf(sheet);
    const column = (name: string) => header.indexOf(name) + 1;
    sheet.getRow(2).getCell(column('Programado')).value = 1500;
    sheet.getRow(3).getCell(column('oficina')).value = 'central';
    sheet.getRow(3).getCell(column('Programado')).value = 400;
    const year = sheet.addRow((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1));
    year.getCell(column('Mes')).value = null;
    year.getCell(column('Programado')).value = 18000;
    await workbook.xlsx.writeFile(join(folder, `2025-01-15_${PASAPORTES}`));
    // The school sends its template without planning anything.
    await copyFile(join(templates, 'metas-2025_escuela-migratoria.xlsx'), join(folder, '2025-01-16_metas-2025_escuela-migratoria.xlsx'));

    summary = await extractLanding(landing, warehousePath, join(root, 'almacen', 'entregas'));
    const warehouse = await openWarehouse(warehousePath, { readOnly: true });
    try {
      rows = await warehouse.rows(
        `select e.archivo, m.linea, m.anio, m.mes, m.medida, m.programado, m.unidad, m.extras from raw.metas m join raw.entregas e on e.entrega_id = m.entrega_id order by e.archivo, m.linea`,
      );
    } finally {
      warehouse.close();
    }
  });

  it('loads both files without rejecting a file or dropping a row', () => {
    const deliveries = summary.sources.find((source) => source.fuente === 'metas')!.deliveries;
    expect(deliveries.map((delivery) => [delivery.archivo, delivery.estado, delivery.filas])).toEqual([
      [`2025-01-15_${PASAPORTES}`, 'cargada', 13],
      ['2025-01-16_metas-2025_escuela-migratoria.xlsx', 'cargada', 12],
    ]);
    expect(summary.rejected).toEqual([]);
    expect(deliveries[0].columnasExtra).toEqual(['oficina_tipo', 'oficina', 'sexo', 'tramite', 'canal', 'descripcion', 'plantilla_metas']);
  });

  it('keeps the contract columns raw and the dimension columns and the marker in extras', () => {
    const planned = rows.filter((row) => row.programado !== null);
    expect(planned.map((row) => [row.linea, row.anio, row.mes, row.medida, row.programado, row.unidad])).toEqual([
      [2, '2025', '1', 'pasaportes', '1500', 'Dirección de Emisión de Pasaporte'],
      [3, '2025', '2', 'pasaportes', '400', 'Dirección de Emisión de Pasaporte'],
      [14, '2025', null, 'pasaportes', '18000', 'Dirección de Emisión de Pasaporte'],
    ]);
    const extras = planned.map((row) => JSON.parse(row.extras) as Record<string, string | null>);
    expect(extras[1]).toMatchObject({ oficina: 'central', oficina_tipo: null, sexo: null, tramite: null, canal: null, plantilla_metas: 'POA 2025 · Dirección de Emisión de Pasaporte' });
    expect(extras[0]).toMatchObject({ oficina: null, plantilla_metas: 'POA 2025 · Dirección de Emisión de Pasaporte' });
    expect(extras[0].descripcion).toContain('Pasaportes emitidos');
  });

  it('loads the rows left without «Programado» with an empty value and the marker (the models omit them)', () => {
    const empty = rows.filter((row) => row.programado === null);
    expect(empty).toHaveLength(10 + 12);
    for (const row of empty) expect(JSON.parse(row.extras).plantilla_metas).toMatch(/^POA 2025 · /);
    expect(empty.filter((row) => row.medida === 'capacitaciones').map((row) => row.mes)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });
});
