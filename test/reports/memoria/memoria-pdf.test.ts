/**
 * memoria.pdf on the demo edition: the document definition against its snapshot, then the PDF
 * rendered uncompressed with a fixed date, its text extracted here, checked for every figure of
 * the 2023-2024 Memoria's comparison tables and totals, the table of contents and the metadata.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../../privacy/privacy-threshold.js';
import { openWarehouse, type Warehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { nodeDocument } from '../../../presentation/charts/render-svg.js';
import { emptyEditorial } from '../../../presentation/edition/editorial/editorial-content.js';
import { loadEditorial } from '../../../presentation/edition/editorial/editorial-folder.js';
import { withPlanTargets, type PlannedEditorial } from '../../../presentation/metas/period-targets.js';
import { releasedTargets } from '../../../presentation/metas/target-rows.js';
import { memoriaChecks, sourceObservations } from '../../../reports/memoria/memoria-checks.js';
import { loadMemoriaData, type MemoriaData } from '../../../reports/memoria/memoria-data.js';
import { memoriaDocument } from '../../../reports/memoria/memoria-document.js';
import { formatChange, formatCount, formatCountOrDash, formatMoney, formatPercentChange } from '../../../presentation/format/number-format.js';
import { renderPdf } from '../../../reports/pdf/pdf-printer.js';
import { demoEditionPaths } from '../../support/demo-edition.js';
import { pdfInfo, pdfPageCount } from '../support/pdf-info.js';
import { pdfPages } from '../support/pdf-text.js';
import { documentJson, expectSnapshot } from '../../support/snapshot.js';
import { protectRelease } from '../../../privacy/protected-release.js';

interface Golden {
  cuadros: Record<string, { tabla: string; filas: Record<string, (number | string)[]> }>;
  cuadros_solo_periodo_actual: Record<string, { filas: Record<string, number[]> }>;
  presupuesto: { campos: string[]; filas: Record<string, (string | null)[]> };
  totales_periodo_actual: Record<string, Record<string, number>>;
}

const golden = JSON.parse(await readFile(join(projectRoot, 'test', 'reports', 'memoria', 'golden', 'memoria-2023-2024.json'), 'utf8')) as Golden;
const createdAt = '2024-04-15T12:00:00Z';
const publication = { fecha: '2024-05-31', origen: 'edicion' } as const;
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const flat = (text: string) => plain(text).replace(/\s+/g, ' ');

let warehouse: Warehouse;
let data: MemoriaData;
let editorial: PlannedEditorial;
let definition: ReturnType<typeof memoriaDocument>;
let pdf: Buffer;
let pages: string[];
let text: string;

/** The demo data with the versions that change from run to run (load time, commit) fixed for the snapshot. */
const fixedVersion = (loaded: MemoriaData): MemoriaData => ({
  ...loaded,
  version: { entregas: 352, ultimoArchivo: '2024-06-14_entrega.csv', ultimaCarga: '2024-04-10T15:00:00Z', codigo: '0.1.0+prueba' },
});

beforeAll(async () => {
  warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
  const period = reportingPeriod('2023-06', '2024-03');
  const release = await protectRelease(warehouse, period, DEFAULT_PRIVACY_THRESHOLD);
  // As reports/memoria/memoria-output.ts reads the folder: its targets' figures from the POA where it has them.
  editorial = withPlanTargets(await loadEditorial(join(projectRoot, 'ediciones', '2023-06_2024-03'), () => undefined), releasedTargets(release, period.hasta), period);
  data = fixedVersion(await loadMemoriaData(warehouse, period, release, editorial));
  definition = memoriaDocument({ data, editorial, document: nodeDocument(), createdAt, publication, observations: sourceObservations(data, editorial) });
  const start = performance.now();
  pdf = await renderPdf(definition, { createdAt, compress: false });
  console.log(`memoria.pdf: ${Math.round(performance.now() - start)} ms de maquetación y escritura`);
  pages = pdfPages(pdf);
  text = flat(pages.join('\n'));
});

afterAll(() => warehouse?.close());

describe('memoria.pdf of the demo edition (junio 2023 – marzo 2024)', () => {
  it('matches the snapshot of its document definition', async () => {
    await expectSnapshot('memoria-documento.json', documentJson(definition));
  });

  it('prints every row of every comparison table as the Memoria does (M / F / Total, Variación, %)', () => {
    for (const [cuadro, table] of Object.entries(golden.cuadros)) {
      for (const [codigo, figures] of Object.entries(table.filas)) {
        const row = data.cuadros.find((candidate) => candidate.cuadro === cuadro && candidate.codigo === codigo)!;
        const [mA, fA, tA, mB, fB, tB, change, pct] = figures;
        // A figure the disclosure control suppressed prints as «x», and so does a change computed from one; a zero as «–».
        const shown = [row.m_anterior, row.f_anterior, row.total_anterior, row.m_actual, row.f_actual, row.total_actual];
        const withheld = row.total_anterior === null || row.total_actual === null;
        const printed = [mA, fA, tA, mB, fB, tB]
          .map((value, index) => formatCountOrDash(shown[index] === null ? null : Number(value), 'suppressed'))
          .concat(withheld ? 'x' : formatChange(Number(change)), withheld ? 'x' : plain(formatPercentChange(pct === '' ? null : String(pct))));
        expect(text, `${table.tabla} ${codigo}`).toContain(`${row.categoria} ${printed.join(' ')}`);
      }
    }
  });

  it('prints the people referred (Tabla 22) apart from the referrals (Tabla 23), and says which is which', () => {
    const [m, f] = golden.cuadros_solo_periodo_actual.derivaciones_personas.filas.total;
    const row = data.cuadros.find((candidate) => candidate.cuadro === 'derivaciones_personas' && candidate.codigo === 'total')!;
    expect(text).toContain(`Tabla 22. Personas salvadoreñas retornadas derivadas a instituciones de apoyo`);
    expect(text).toContain(`Personas derivadas ${[row.m_anterior, row.f_anterior, row.total_anterior, m, f, m + f].map(formatCount).join(' ')}`);
    expect(text).toContain(`Tabla 23. Derivaciones de personas salvadoreñas retornadas a instituciones de apoyo`);
    expect(text).toContain('7,066 personas salvadoreñas retornadas derivadas a instituciones de apoyo (3,893 hombres y 3,173 mujeres)');
    expect(text).toContain('Cada fila cuenta derivaciones, no personas');
  });

  it('prints the referrals by institution (Tabla 23) and the services without a comparison table', () => {
    for (const [codigo, [m, f]] of Object.entries(golden.cuadros_solo_periodo_actual.derivaciones_institucion.filas)) {
      const row = data.cuadros.find((candidate) => candidate.cuadro === 'derivaciones_institucion' && candidate.codigo === codigo)!;
      const figures = [row.m_anterior, row.f_anterior, row.total_anterior, m, f, m + f].map(formatCount).join(' ');
      // A long institution name wraps in its cell: the figures follow the name's first line.
      expect(text, codigo).toMatch(new RegExp(`${row.categoria.slice(0, 18).replace(/[()]/g, '\\$&')}[^\\d]*${figures}`));
    }
    for (const totals of Object.values(golden.totales_periodo_actual)) {
      for (const [key, value] of Object.entries(totals)) expect(text, key).toContain(formatCount(value));
    }
  });

  it('states the period totals of the issue and the Memoria in generated sentences', () => {
    for (const figure of [
      '398,437',
      '11,254,961',
      '13,102',
      '7,440',
      '476',
      '682,120',
      '44,001',
      '3,385',
      '128',
      '1,161',
      '245,093',
      '153,344',
      '5,680,241',
      '5,574,720',
      '4,696,974',
      '4,543,842',
      '158',
    ]) {
      expect(text, figure).toMatch(new RegExp(`(^|[^\\d,])${figure.replace(/,/g, ',')}([^\\d,]|$)`));
    }
    expect(text).toContain('Se reporta un total de 398,437 pasaportes emitidos (195,437 hombres y 203,000 mujeres), un incremento del 241.93 % en comparación con el periodo anterior (116,525).');
    expect(text).toContain('11,254,961 registros de entradas y salidas');
    expect(text).toContain('un incremento del 21.80 % en comparación con el periodo anterior (9,240,816)');
    expect(text).toContain('En el periodo se registraron 7,440 resoluciones de residencia (4,148 hombres y 3,292 mujeres), 0.27 % más que en el periodo anterior (7,420).');
  });

  it('writes its narrative as a person would: the largest changes ranked, decreases named, no sentence repeated for every service', () => {
    expect(text).toMatch(/Variaciones principales frente al periodo anterior: los mayores aumentos fueron los de pasaportes emitidos \(\+241\.93 %\)/);
    // One wording for thirteen services read as a form; three wordings alternate.
    expect((text.match(/Se reporta un total de/g) ?? []).length).toBeLessThanOrEqual(6);
    expect(text).toContain('En el periodo se registraron');
    expect(text).toContain('El periodo cerró con');
    const comparisons = text.match(/en comparación con el periodo anterior/g) ?? [];
    expect(comparisons.length).toBeLessThanOrEqual(8);
  });

  it('prints the budget of Tablas 31 and 32 and the procurement of Tablas 24 to 29', () => {
    for (const figures of Object.values(golden.presupuesto.filas)) {
      for (const amount of figures) if (amount !== null) expect(text, amount).toContain(plain(formatMoney(amount)));
    }
    expect(text).toMatch(/Tabla \d+\. Fondo de Actividades Especiales \(FAE\)/);
    expect(text).toMatch(/Tabla \d+\. Fondo General de la Nación \(GOES\)/);
    expect(text).toContain('Total 68 $ 3,441,009.12');
    expect(text).toContain('Mercado bursátil 16 $ 750,565.49');
    expect(text).toContain('Proceso Compras RELE 2 $ 1,528,334.10');
    expect(text).toContain('Bienes 40 40 7 – – – 47');
    expect(text).toContain('Total 3 $ 484,927.64');
    expect(text).toContain('Licitación Competitiva LCP 2 $ 406,991.54');
  });

  it('compares the institutional targets with results that count what the target counts (Plan institucional)', () => {
    expect(text).toContain('Emisión de documento de viaje (pasaportes) 366,200 398,437 108.80 %');
    expect(text).toContain('Recepción de personas retornadas 10,480 13,102 125.02 %');
    // The visas target counts resolutions of visas and extensions, not the PEI endorsements (548) of Tabla 11.
    const visas = data.services.find((service) => service.definition.codigo === 'visas')!.tables[0].filas;
    const counted = visas.filter((row) => row.codigo === 'visa' || row.codigo === 'prorroga').reduce((sum, row) => sum + row.total_actual!, 0);
    expect(counted).toBe(3884 + 3693);
    expect(text).toContain(`Resoluciones de trámites procesados de visas y prórrogas 1,945 ${formatCount(counted)} 389.56 %`);
    expect(text).not.toContain('417.74');
    expect(text).toContain('cuenta solo visas y prórrogas');
    expect(text).toContain('Se alcanzaron o superaron las 6 proyecciones del periodo.');
    // The demo's POA (the `metas` source) has targets for the six lines: the figures above come from it, and the source line says so.
    expect(editorial.metas.map((meta) => meta.origen)).toEqual(['poa', 'poa', 'poa', 'poa', 'poa', 'poa']);
    expect(text).toContain('Fuente: metas, DGME, Unidad de Planificación, planes operativos anuales (POA) de las unidades; resultados,');
  });

  it('numbers its tables in document order, as the 2023-2024 Memoria does (people referred 22, referrals 23)', () => {
    for (const [number, title] of [
      [1, 'Transferencia de 16 tablets de UNICEF'],
      [8, 'Implementación del nuevo sistema integrado'],
      [9, 'Emisión de pasaporte en sucursales y consulados'],
      [17, 'Prechequeo terrestre'],
      [18, 'Salvadoreños retornados'],
      [22, 'Personas salvadoreñas retornadas derivadas'],
      [23, 'Derivaciones de personas salvadoreñas retornadas'],
      [24, 'Coordinaciones interinstitucionales'],
      [33, 'Fondo General de la Nación'],
    ] as const) {
      expect(text).toContain(`Tabla ${number}. ${title}`);
    }
    expect(text).not.toContain('Tabla 34.');
  });

  it('names the source of every table and chart, from the declaration of each source', () => {
    const captions = [...text.matchAll(/(Tabla|Gráfico) \d+\. /g)];
    for (const [index, caption] of captions.entries()) {
      const next = captions[index + 1]?.index ?? text.length;
      expect(text.slice(caption.index!, next), text.slice(caption.index!, caption.index! + 50)).toContain('Fuente: ');
    }
    expect(text).toContain('Fuente: DGME, Dirección de Emisión de Pasaporte, sistema de pasaporte biométrico.');
    expect(text).toContain('Fuente: DGME, Dirección de Atención al Migrante (GAMI), Sistema Integrado de Gestión Migratoria (SIREs).');
  });

  it('has every section of the 2023-2024 Memoria in its order, with the right page numbers in the contents', () => {
    const sections = [
      'Introducción',
      'Resumen ejecutivo',
      'Plan institucional',
      'Gestión estratégica institucional',
      'Proyectos o programas',
      'Servicios prestados a la población',
      'Coordinación interinstitucional',
      'Contrataciones y adquisiciones',
      'Dificultades enfrentadas',
      'Gestión financiera y ejecución presupuestaria',
      'Proyecciones',
      'Nota metodológica',
    ];
    const contents = flat(pages[1]);
    expect(contents).toMatch(/^Contenido /);
    let previous = 0;
    for (const section of sections) {
      const match = new RegExp(`${section} (\\d+)`).exec(contents);
      expect(match, section).not.toBeNull();
      const page = Number(match![1]);
      expect(page, section).toBeGreaterThan(previous);
      expect(flat(pages[page - 1]), `${section} en la página ${page}`).toContain(section);
      previous = page;
    }
    // Every entry, sub-sections included, carries the page where its heading is printed.
    const lines = pages[1].split('\n');
    for (const heading of tocHeadings(definition.content)) {
      const isHeadingOf = (candidate: string) => candidate.split('\n').some((line) => line === heading || (line.length >= 30 && heading.startsWith(line) && flat(candidate).includes(heading)));
      const page = pages.findIndex((candidate, index) => index > 1 && isHeadingOf(candidate)) + 1;
      expect(page, heading).toBeGreaterThan(2);
      const entry = lines.find((line) => /^(.*) (\d+)$/.test(line) && heading.startsWith(/^(.*) \d+$/.exec(line)![1]));
      expect(entry, heading).toBeDefined();
      expect(Number(/(\d+)$/.exec(entry!)![1]), heading).toBe(page);
    }
    expect(tocHeadings(definition.content)).toHaveLength(12 + 8 + 13 + 2);
  });

  it('has a cover, running footers with the period and page numbers, the signature, then the Nota metodológica', () => {
    expect(pdfPageCount(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(28);
    expect(pages.length).toBeLessThanOrEqual(40);
    expect(flat(pages[0])).toContain('MINISTERIO DE JUSTICIA Y SEGURIDAD PÚBLICA');
    expect(flat(pages[0])).toContain('Memoria de Labores Junio 2023 – marzo 2024');
    expect(flat(pages[0])).not.toContain('Página');
    for (let index = 1; index < pages.length; index++) {
      expect(flat(pages[index])).toContain(`DGME · Memoria de Labores, junio de 2023 a marzo de 2024 Página ${index + 1} de ${pages.length}`);
    }
    expect(flat(pages[0])).toContain('San Salvador, mayo de 2024');
    const signed = pages.findIndex((page) => flat(page).includes('LIC. RICARDO ERNESTO CUCALÓN GUZMÁN DIRECTOR GENERAL DE MIGRACIÓN Y EXTRANJERÍA'));
    expect(flat(pages[signed])).toContain('San Salvador, 31 de mayo de 2024.');
    // Nothing technical under the signature: the colophon is in the annex, after it.
    expect(flat(pages[signed])).not.toMatch(/entregas|versión|archivo/);
    const annex = flat(pages.slice(signed + 1).join('\n'));
    expect(annex).toMatch(/^Nota metodológica /);
    for (const part of [
      'Qué cuenta cada cifra',
      'Fuentes',
      'Revisiones',
      'Cambios desde la edición anterior',
      'Protección de las personas',
      'Signos convencionales',
      'Observaciones sobre las fuentes',
      'Datos técnicos de la edición',
    ]) {
      expect(annex, part).toContain(part);
    }
    expect(annex).toContain('Tienen corte al 31 de marzo de 2024');
    expect(annex).toContain('Esta edición se publica el 31 de mayo de 2024.');
    expect(annex).toContain(`${formatCount(data.version.entregas)} entregas`);
    expect(annex).toContain('versión 0.1.0+prueba');
    expect(annex).toContain('registró presupuesto modificado solo en 3 de los 7 meses');
  });

  it('embeds its fonts with every Spanish character and has the metadata', () => {
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/FontFile2 /g)?.length).toBeGreaterThanOrEqual(3);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    expect(text).not.toMatch(/\u0000|\ufffd/);
    for (const character of 'áéíóúñÁÍÓÚ–·«»²') expect(text, character).toContain(character);
    expect(pdfInfo(pdf)).toMatchObject({
      Title: 'Memoria de Labores Junio 2023 – marzo 2024',
      Author: 'Dirección General de Migración y Extranjería',
      Subject: expect.stringContaining('Memoria de Labores de la Dirección General de Migración y Extranjería (DGME), junio de 2023 a marzo de 2024'),
    });
    expect(pdfInfo(pdf).CreationDate).toBe('D:20240415120000Z');
  });

  it('never prints a placeholder', () => {
    expect(text).not.toMatch(/undefined|NaN|null|\[object|Infinity/);
  });

  it('gives the same bytes for the same data', async () => {
    expect((await renderPdf(definition, { createdAt, compress: false })).equals(pdf)).toBe(true);
  });

  it('tells the Unidad what does not reconcile, and the reader what was found in the sources and published', () => {
    const messages = memoriaChecks(data, editorial).map(plain);
    expect(messages).toEqual([
      expect.stringMatching(/^\d+ celdas de los cuadros comparativos se imprimen como «x» \(cifra confidencial\)/),
      expect.stringMatching(/^Presupuesto GOES junio a diciembre de 2023: modificaciones \$ 1,200,000\.00 no es modificado − aprobado del ejercicio \(−\$ 2,245,689\.02\)/),
      expect.stringMatching(/^proyectos\.yml: la misma inversión \(\$ 1,610,317\.80\) figura en 2 proyectos/),
    ]);
    expect(sourceObservations(data, editorial).map(plain)).toEqual([
      expect.stringMatching(/^Presupuesto GOES, junio a diciembre de 2023: el sistema financiero registró presupuesto modificado solo en 3 de los 7 meses/),
      expect.stringMatching(/^Proyectos: la misma inversión \(\$ 1,610,317\.80\) figura en 2 proyectos/),
    ]);
    expect(text).not.toContain('no es modificado − aprobado');
    expect(text).not.toContain('proyectos.yml');
  });
});

/** Returns the texts of the headings that have a table-of-contents entry, in document order. */
function tocHeadings(content: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.tocItem && typeof record.text === 'string') found.push(record.text);
      for (const value of Object.values(record)) if (typeof value === 'object') walk(value);
    }
  };
  walk(content);
  return found;
}

describe('the printer embeds a font with every Spanish character', () => {
  it('writes and reads back accents, ñ, ü, ¿ ¡, « », dashes and the euro sign', async () => {
    const sample = 'áéíóúüñ ÁÉÍÓÚÜÑ ¿¡ «» – — · € ° ª º';
    const definition = { content: [{ text: sample }, { text: sample, bold: true }, { text: sample, italics: true }] };
    const [page] = pdfPages(await renderPdf(definition, { createdAt, compress: false }));
    expect(page.split('\n')).toEqual([sample, sample, sample]);
  });
});

describe('memoria.pdf without an edition folder (another period, nothing written by the Unidad yet)', () => {
  let bare: string[];
  beforeAll(async () => {
    const bareDefinition = memoriaDocument({ data, editorial: emptyEditorial(), document: nodeDocument(), createdAt, publication: { fecha: '2024-04-15', origen: 'ejecucion' }, observations: [] });
    bare = pdfPages(await renderPdf(bareDefinition, { createdAt, compress: false }));
  });

  it('is complete with the sections the data supports and leaves out the ones only the Unidad can write', () => {
    const contents = flat(bare[1]);
    for (const section of [
      'Introducción',
      'Resumen ejecutivo',
      'Plan institucional',
      'Servicios prestados a la población',
      'Coordinación interinstitucional',
      'Contrataciones y adquisiciones',
      'Gestión financiera y ejecución presupuestaria',
    ]) {
      expect(contents).toContain(section);
    }
    for (const section of ['Gestión estratégica', 'Proyectos o programas', 'Dificultades', 'Proyecciones']) expect(contents).not.toContain(section);
    const all = flat(bare.join('\n'));
    expect(all).toContain('La Dirección General de Migración y Extranjería presenta su Memoria de Labores del periodo de junio de 2023 a marzo de 2024');
    expect(all).toContain('Tabla 1. Emisión de pasaporte en sucursales y consulados');
    expect(all).toContain('Resultados del periodo de junio de 2023 a marzo de 2024');
    expect(all).toContain('398,437');
    expect(all).not.toMatch(/undefined|NaN|null|\[object/);
    const signed = bare.findIndex((page) => flat(page).includes('San Salvador, 15 de abril de 2024.'));
    expect(flat(bare[signed])).toContain('DIRECCIÓN GENERAL DE MIGRACIÓN Y EXTRANJERÍA');
    expect(flat(bare.slice(signed + 1).join(' '))).toContain('la edición no tenía una fecha de publicación configurada');
  });
});
