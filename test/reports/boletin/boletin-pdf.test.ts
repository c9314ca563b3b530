/**
 * boletin-2024-03.pdf on the demo edition: the document definition against its snapshot; the PDF
 * rendered uncompressed and read with `pdftotext -layout`: its sections, its figures against the
 * marts and against the edition's open data (datos/*.csv), the protected figures as released.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { openWarehouse, type Warehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { loadBulletinData, type BulletinData } from '../../../reports/boletin/boletin-data.js';
import { bulletinDocument } from '../../../reports/boletin/boletin-document.js';
import { bulletinFileName } from '../../../reports/boletin/boletin-output.js';
import { nodeDocument } from '../../../presentation/charts/render-svg.js';
import { emptyEditorial } from '../../../presentation/edition/editorial/editorial-content.js';
import { formatCount, formatPercentChange, ratioPercent } from '../../../presentation/format/number-format.js';
import { renderPdf } from '../../../reports/pdf/pdf-printer.js';
import { demoEditionPaths, readPublishedCsv, testTmpRoot } from '../../support/demo-edition.js';
import { pdfInfo } from '../support/pdf-info.js';
import { pdfPages } from '../support/pdf-text.js';
import { documentJson, expectSnapshot } from '../../support/snapshot.js';
import { protectRelease } from '../../../privacy/protected-release.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../../privacy/privacy-threshold.js';

const createdAt = '2024-04-15T12:00:00Z';
const flat = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
const publication = { fecha: '2024-05-31', origen: 'edicion' } as const;

let warehouse: Warehouse;
let data: BulletinData;
let definition: ReturnType<typeof bulletinDocument>;
let pdf: Buffer;
let pages: string[];
let text: string;
/** `pdftotext -layout`: one table row per line, columns apart. */
let layout: string;
let lines: string[];

const sum = async (mart: string, from: string, to: string, where = 'true') =>
  (await warehouse.rows<{ total: number }>(`select coalesce(sum(cantidad), 0) as total from marts.${mart} where mes between '${from}' and '${to}' and ${where}`))[0].total;

/** Returns the layout line that starts with a row label (the first one). */
const row = (label: string) => lines.find((line) => line.trimStart().startsWith(label)) ?? `(sin fila «${label}»)`;
/** Returns a row's cells after its label, split where the layout leaves two spaces or more. */
const cells = (label: string) =>
  row(label)
    .trimStart()
    .slice(label.length)
    .trim()
    .split(/\s{2,}/);

/** Sums a published CSV's `cantidad` over the rows that match; `x` when one of them is suppressed. */
const csvSum = (rows: Record<string, string>[], match: (row: Record<string, string>) => boolean) => {
  const matched = rows.filter(match);
  if (matched.some((item) => item.suprimido === 'true')) return 'x';
  const total = matched.reduce((acc, item) => acc + Number(item.cantidad), 0);
  return total === 0 ? '–' : formatCount(total);
};

beforeAll(async () => {
  warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
  const period = reportingPeriod('2023-06', '2024-03');
  const loaded = await loadBulletinData(warehouse, period, await protectRelease(warehouse, period, DEFAULT_PRIVACY_THRESHOLD));
  data = { ...loaded, version: { entregas: 352, ultimoArchivo: '2024-06-14_entrega.csv', ultimaCarga: '2024-04-10T15:00:00Z', codigo: '0.1.0+prueba' } };
  definition = bulletinDocument(data, { ...emptyEditorial(), proximaPublicacion: '2024-06-28' }, nodeDocument(), publication);
  pdf = await renderPdf(definition, { createdAt, compress: false });
  pages = pdfPages(pdf);
  text = flat(pages.join('\n'));
  const dir = join(testTmpRoot, 'boletin-pdf');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'boletin.pdf'), pdf);
  layout = execFileSync('pdftotext', ['-layout', join(dir, 'boletin.pdf'), '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  lines = layout.split('\n');
});

afterAll(() => warehouse?.close());

describe('boletín mensual of the demo edition (marzo de 2024)', () => {
  it('is named after the period’s last month and matches the snapshot of its document definition', async () => {
    expect(bulletinFileName(data.month)).toBe('boletin-2024-03.pdf');
    await expectSnapshot('boletin-documento.json', documentJson(definition));
  });

  it('has 4 to 8 pages, the month in its title and footer, and the publication date on its first page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(8);
    expect(pdfInfo(pdf).Title).toBe('Boletín estadístico mensual, marzo de 2024');
    expect(flat(pages[0])).toContain('BOLETÍN ESTADÍSTICO MENSUAL');
    expect(flat(pages[0])).toContain('Publicado el 31 de mayo de 2024');
    expect(text).toContain(`DGME · Boletín estadístico mensual, marzo de 2024 Página 1 de ${pages.length}`);
  });

  it('has every section, in order', () => {
    const sections = [
      'Resultados principales',
      'Cuadro 1. Servicios prestados en marzo de 2024 y en el año',
      'Desgloses del mes',
      'Servicios por sexo de la persona, marzo de 2024',
      'Flujo migratorio por puesto migratorio, marzo de 2024',
      'Pasaportes emitidos por canal del trámite',
      'Resoluciones de residencia por nacionalidad y calidad migratoria, marzo de 2024',
      'Personas retornadas atendidas por vía de retorno y sexo, marzo de 2024',
      'Niñas, niños y adolescentes retornados por trimestre y sexo',
      'Evolución de los últimos 13 meses',
      'Ejecución de las metas físicas del POA',
      'Metas físicas del POA: marzo de 2024 y año a la fecha',
      'Ejecución presupuestaria',
      'Ejecución presupuestaria de marzo de 2024 y acumulada del año',
      'Nota metodológica',
    ];
    const flatLayout = flat(layout);
    const positions = sections.map((section) => flatLayout.indexOf(section));
    sections.forEach((section, index) => expect(positions[index], section).toBeGreaterThan(-1));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Tables are numbered in print order: the budget is the last one.
    expect(flatLayout).toMatch(/Cuadro 9\. Ejecución presupuestaria/);
  });

  it('states key results in generated sentences: increases and decreases, month and year to date, with the unit', () => {
    expect(text).toMatch(/En marzo de 2024 se registraron 42,049 pasaportes emitidos: la cifra aumentó 204\.28 % frente a marzo de 2023 \(13,819\)\./);
    // Residence resolutions fell in the month and in the year to date of the demo data.
    expect(text).toContain('En marzo de 2024 se registraron 711 resoluciones de residencia: la cifra disminuyó 12.44 % frente a marzo de 2023 (812).');
    expect(text).toContain('De enero a marzo de 2024 suman 2,212 resoluciones de residencia, un acumulado que bajó 4.28 % frente al mismo periodo de 2023 (2,311).');
    expect(text).toMatch(/Los demás servicios\. Frente a marzo de 2023, aumentaron sobre todo las cifras de .+; disminuyó la cifra de constancias de no restricción \(−8\.33 %\)\./);
  });

  it('gives every service’s month against a year earlier and both years to date, as the marts sum them', async () => {
    const checks: [string, string, string][] = [
      ['Pasaportes emitidos', 'pasaportes_mensual', 'true'],
      ['Flujo migratorio (entradas y salidas)', 'flujo_mensual', 'true'],
      ['Personas retornadas atendidas', 'retornados_mensual', 'true'],
      ['Prechequeo terrestre', 'prechequeo_mensual', "tipo = 'prechequeo_terrestre'"],
      ['Constancias de no restricción', 'certificaciones_mensual', "tipo = 'constancia_no_restriccion'"],
    ];
    for (const [name, mart, where] of checks) {
      const figures = [
        await sum(mart, '2024-03', '2024-03', where),
        await sum(mart, '2023-03', '2023-03', where),
        await sum(mart, '2024-01', '2024-03', where),
        await sum(mart, '2023-01', '2023-03', where),
      ].map(formatCount);
      expect(text, name).toMatch(new RegExp(`${name.replace(/[()]/g, '\\$&')} [a-záéíóú]+ ${figures[0]} ${figures[1]} \\S+ % ${figures[2]} ${figures[3]} \\S+ %`));
    }
    // The 13 services of the 2023-2024 Memoria, border-transit cards and the Escuela Migratoria's participants.
    expect(data.figures).toHaveLength(15);
  });

  it('prints the breakdowns of unprotected sources as the open data publishes them (flujo by post, passports by channel)', async () => {
    const flujo = await readPublishedCsv('flujo_mensual');
    const post = (mes: string, direccion?: string) => flujo.filter((item) => item.mes === mes && item.puesto === 'la_hachadura' && (!direccion || item.direccion === direccion));
    const add = (items: Record<string, string>[]) => items.reduce((acc, item) => acc + Number(item.cantidad), 0);
    const [entradas, salidas, total, anterior] = [add(post('2024-03', 'entrada')), add(post('2024-03', 'salida')), add(post('2024-03')), add(post('2023-03'))];
    expect(cells('La Hachadura')).toEqual([entradas, salidas, total, anterior].map(formatCount).concat(formatPercentChange(ratioPercent(total - anterior, anterior)).replace(/\u00a0/g, ' ')));

    const pasaportes = await readPublishedCsv('pasaportes_mensual');
    const online = pasaportes.filter((item) => item.canal === 'en_linea');
    const inMonths = (from: string, to: string) => online.filter((item) => item.mes >= from && item.mes <= to).reduce((acc, item) => acc + Number(item.cantidad), 0);
    const printed = cells('En línea');
    expect(printed[0]).toBe(formatCount(inMonths('2024-03', '2024-03')));
    expect(printed[3]).toBe(formatCount(inMonths('2024-01', '2024-03')));
  });

  it('prints protected figures only as released, with x where the release suppressed one (retornados by route, NNA by quarter, residencias by nationality)', async () => {
    const ruta = await readPublishedCsv('retornados_ruta_mensual');
    const aereaF = ruta.find((item) => item.mes === '2024-03' && item.via === 'aerea' && item.sexo === 'F');
    // The demo release suppresses returned women by air in March 2024: the bulletin prints x, and so every sum over it.
    expect(aereaF).toMatchObject({ suprimido: 'true', cantidad: '' });
    const ruteCell = (mes: string, via: string, sexo?: string) => csvSum(ruta, (item) => item.mes === mes && item.via === via && (!sexo || item.sexo === sexo));
    expect(cells('Aéreo')).toEqual([ruteCell('2024-03', 'aerea', 'F'), ruteCell('2024-03', 'aerea', 'M'), ruteCell('2024-03', 'aerea'), ruteCell('2023-03', 'aerea')]);
    expect(cells('Aéreo')[0]).toBe('x');

    const totals = await readPublishedCsv('medidas_protegidas_mensual');
    const returned = (mes: string) => formatCount(Number(totals.find((item) => item.mes === mes && item.medida === 'retornados')!.cantidad));
    expect(text).toMatch(new RegExp(`Terrestre x x x x Total x x ${returned('2024-03')} ${returned('2023-03')}`));

    const nna = await readPublishedCsv('retornados_nna_trimestral');
    const quarter = (sexo: string) => csvSum(nna, (item) => item.trimestre === '2024-T1' && item.sexo === sexo);
    expect(cells('ene 2024 – mar 2024 (2024, T1)').slice(0, 2)).toEqual([quarter('F'), quarter('M')]);

    const residencias = await readPublishedCsv('residencias_mensual');
    const expected = data.breakdowns.nationalities.calidades.map((calidad) =>
      csvSum(residencias, (item) => item.mes === '2024-03' && item.nacionalidad === 'otras' && item.calidad === calidad.codigo),
    );
    expect(cells('Otras nacionalidades').slice(0, expected.length)).toEqual(expected);
    expect(expected).toContain('x');
    // A nationality the release merged into «otras» is never named.
    expect(residencias.filter((item) => item.mes === '2024-03').every((item) => item.nacionalidad.length === 3 || item.nacionalidad === 'otras')).toBe(true);
  });

  it('has the month’s POA execution with its note', () => {
    expect(text).toMatch(/De las \d+ metas físicas del POA de 2024 con seguimiento en marzo de 2024, según lo ejecutado hasta el mes: /);
    expect(text).toContain('Programado: la meta del POA de cada mes');
    expect(data.targets.length).toBeGreaterThan(0);
  });

  it('says Programado, never Aprobado, in the month’s budget, with the amounts of the Memoria', () => {
    const budgetRow = lines.find((line) => /^\s*Programado\s+\$/.test(line))!;
    expect(budgetRow.trim().split(/\s{2,}/)).toEqual(['Programado', '$ 5,598,687.44', '$ 15,851,187.00', '$ 727,755.78', '$ 2,233,325.00']);
    expect(text).toContain('Devengado $ 1,246,620.33 $ 3,908,758.02 $ 333,206.07 $ 1,171,720.31');
    expect(text).not.toContain('Aprobado');
  });

  it('ends with the methodological box: counts, cut-off, protection, signs, sources, next publication and contact', () => {
    const box = text.slice(text.lastIndexOf('Nota metodológica'));
    for (const part of [
      'Fecha y corte.',
      'Publicado el 31 de mayo de 2024. Cifras con corte al 31 de marzo de 2024',
      'Qué cuenta cada cifra.',
      'Movimientos (entradas y salidas), no personas: flujo migratorio',
      'Protección de las personas.',
      'Signos.',
      'x cifra confidencial',
      'Fuentes.',
      'Unidad Financiera Institucional',
    ]) {
      expect(box, part).toContain(part);
    }
    expect(box).toContain('Próxima publicación. El próximo boletín, con las cifras de abril de 2024, se publicará el 28 de junio de 2024.');
    expect(box).toContain('Contacto. Unidad de Planificación, Dirección General de Migración y Extranjería (DGME), El Salvador: www.migracion.gob.sv.');
    expect(JSON.stringify(definition.content).match(/"svg":/g)).toHaveLength(15);
  });

  it('without proxima_publicacion, says only which month the next bulletin covers', () => {
    const without = JSON.stringify(bulletinDocument(data, emptyEditorial(), nodeDocument(), publication).content);
    expect(without).toContain('El próximo boletín cubrirá las cifras de abril de 2024.');
    expect(without).not.toContain('se publicará el');
  });

  it('prints no date but the publication date, the cut-off and the next publication: never the build clock or the load time', () => {
    expect(text).not.toContain('15 de abril de 2024');
    expect(text).not.toContain('10 de abril de 2024');
    expect(text).not.toContain('elaborado el');
    const dates = [...text.matchAll(/\b\d{1,2} de [a-z]+ de \d{4}/g)].map((match) => match[0]);
    expect(new Set(dates)).toEqual(new Set(['31 de mayo de 2024', '31 de marzo de 2024', '28 de junio de 2024']));
  });

  it('never prints a placeholder', () => {
    expect(text).not.toMatch(/undefined|NaN|null|\[object|\u0000/);
  });
});
