/**
 * Figures that say what they mean, across every output of the demo edition (issue #13): one
 * publication date, a "Fuente:" line under every table and chart, the same table numbers in the
 * PDF, the open data and the dashboards, people counted as people, and one set of signs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landingSources } from '../../../pipelines/contract/landing-sources.js';
import { sourceOrigin } from '../../../presentation/format/source-line.js';
import { SYMBOL_LEGEND } from '../../../presentation/format/symbols.js';
import { readSiteData } from '../../dashboards/support.js';
import { demoEditionPaths, readPublishedCsv } from '../../support/demo-edition.js';
import { pdfPages } from '../support/pdf-text.js';

const flat = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
const pdfText = async (name: string) => pdfPages(await readFile(join(demoEditionPaths.out, name))).map(flat);

const memoria = await pdfText('memoria.pdf');
const boletin = await pdfText('boletin-2024-03.pdf');
const pni = await pdfText('pni.pdf');
const site = await readSiteData();
const dataPackage = JSON.parse(await readFile(join(demoEditionPaths.out, 'datos', 'datapackage.json'), 'utf8'));
const leeme = await readFile(join(demoEditionPaths.out, 'datos', 'LEEME.md'), 'utf8');
const cuadros = await readPublishedCsv('cuadros_memoria');

// The demo edition folder configures `fecha_publicacion: 2024-05-31`; the run itself is dated 2024-04-15.
const PUBLISHED = '2024-05-31';

describe('one publication date in every output of the demo edition', () => {
  it('is the configured date on the Memoria (cover and signature), the bulletin, the PNI report, the LEEME, the package and the dashboards', () => {
    expect(memoria[0]).toContain('San Salvador, mayo de 2024');
    expect(memoria.join(' ')).toContain('San Salvador, 31 de mayo de 2024.');
    expect(boletin.join(' ')).toContain('Publicado el 31 de mayo de 2024');
    expect(pni[0]).toContain('31 de mayo de 2024');
    expect(leeme).toContain(`publicada el ${PUBLISHED}; cifras con corte al 2024-03-31`);
    expect(dataPackage.fecha_publicacion).toBe(PUBLISHED);
    expect(dataPackage.corte_datos).toBe('2024-03-31');
    expect(site.edicion.publicada).toBe(PUBLISHED);
    expect(site.edicion.corte).toBe('2024-03-31');
  });

  it('never prints the build clock as a date of publication', () => {
    // The run's clock (15 April 2024 in the tests, and the day the deliveries were loaded) may appear
    // only in the technical colophon at the end of each document, never as the document's date.
    const year = String(new Date().getFullYear());
    for (const [name, pages, colophon] of [
      ['memoria', memoria, 'Datos técnicos de la edición'],
      ['boletín', boletin, 'Datos técnicos:'],
      ['pni', pni, 'Datos técnicos'],
    ] as const) {
      const text = pages.join(' ');
      const body = text.includes(colophon) ? text.slice(0, text.lastIndexOf(colophon)) : text;
      expect(body, name).not.toContain('15 de abril de 2024');
      expect(body, name).not.toMatch(new RegExp(`(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de ${year}\\b`));
    }
  });
});

describe('every table and chart names its source', () => {
  for (const [name, pages] of [
    ['memoria.pdf', memoria],
    ['boletin', boletin],
    ['pni.pdf', pni],
  ] as const) {
    it(`${name}: a "Fuente:" line follows every numbered table and chart`, () => {
      const text = pages.join(' ');
      const captions = [...text.matchAll(/(Tabla|Gráfico|Cuadro) \d+\. /g)];
      expect(captions.length, name).toBeGreaterThan(0);
      for (const [index, caption] of captions.entries()) {
        const next = captions[index + 1]?.index ?? text.length;
        expect(text.slice(caption.index!, next), `${name}: ${text.slice(caption.index!, caption.index! + 60)}`).toContain('Fuente: ');
      }
    });
  }

  it("names the source of the bulletin's small charts too", () => {
    const text = boletin.join(' ');
    const series = text.slice(text.indexOf('Evolución de los últimos 13 meses'));
    expect(series.slice(0, series.indexOf('Cuadro 2.'))).toContain('Fuente: DGME, Dirección de Emisión de Pasaporte');
  });

  it('takes each source line from the one declaration of who sends the source', () => {
    const text = memoria.join(' ');
    for (const source of landingSources.filter((candidate) => candidate.kind === 'count' && candidate.name !== 'nacionalidad')) {
      expect(text, source.name).toContain(sourceOrigin(source.name));
    }
    const pages = site.datos.recursos.filter((resource) => resource.name === 'pasaportes_mensual');
    expect(pages[0].origen).toBe(sourceOrigin('pasaportes'));
  });
});

describe('table numbers: the PDF, the open data and the dashboards agree', () => {
  it('prints each cuadro under the number cuadros_memoria.csv and the dashboard data give it', () => {
    const text = memoria.join(' ');
    const numbered = new Map(cuadros.map((row) => [row.cuadro, row.tabla_memoria]));
    expect(numbered.size).toBe(8);
    for (const [cuadro, number] of numbered) {
      const title = cuadros.find((row) => row.cuadro === cuadro)!.titulo;
      expect(number, cuadro).toMatch(/^\d+$/);
      expect(text, cuadro).toContain(`Tabla ${number}. ${title}`);
      expect(site.cuadros.find((row) => row.cuadro === cuadro)?.tabla, cuadro).toBe(Number(number));
    }
    expect(dataPackage.resources.find((resource: { name: string }) => resource.name === 'cuadros_memoria').schema.fields.some((field: { name: string }) => field.name === 'tabla_memoria')).toBe(true);
  });
});

describe('people are counted as people', () => {
  it('publishes the people referred (Tabla 22) apart from the referrals (Tabla 23), each saying what it counts', () => {
    const people = cuadros.find((row) => row.cuadro === 'derivaciones_personas' && row.codigo === 'total')!;
    const referrals = cuadros.find((row) => row.cuadro === 'derivaciones_institucion' && row.codigo === 'total')!;
    expect([people.m_actual, people.f_actual, people.total_actual]).toEqual(['3893', '3173', '7066']);
    expect(referrals.total_actual).toBe('18884');
    expect(people.unidad).toBe('personas');
    expect(referrals.unidad).toBe('derivaciones');
    const text = memoria.join(' ');
    expect(text).toContain('7,066 personas salvadoreñas retornadas derivadas a instituciones de apoyo (3,893 hombres y 3,173 mujeres)');
    expect(text).toContain('Recibieron en total 18,884 derivaciones a instituciones de apoyo');
    expect(text).not.toMatch(/18,884 personas/);
    // The coordination table's referral rows count referrals too, and say so.
    expect(text).not.toContain('(personas derivadas)');
    expect(text).toContain('Filas de derivaciones: en la columna Población, derivaciones del periodo');
  });

  it('never calls border movements a population', () => {
    const text = memoria.join(' ');
    expect(text).toContain('11,254,961 registros de entradas y salidas (no son personas distintas)');
    expect(text).not.toMatch(/Población beneficiada 11,254,961 \(/);
    const description = dataPackage.resources.find((resource: { name: string }) => resource.name === 'flujo_mensual').description;
    expect(description).toContain('no personas');
  });
});

describe('one set of conventional signs with its legend', () => {
  it('explains every sign in the Memoria, the bulletin, the PNI report, the LEEME, the package and the dashboards', () => {
    const annex = memoria.slice(memoria.findIndex((page) => page.includes('Nota metodológica') && page.includes('Signos convencionales'))).join(' ');
    for (const { symbol, meaning } of SYMBOL_LEGEND) {
      expect(annex, symbol).toContain(`${symbol} ${meaning}`);
      expect(boletin.join(' '), symbol).toContain(`${symbol} ${meaning}`);
      expect(pni.join(' '), symbol).toContain(meaning);
      expect(leeme, symbol).toContain(`\`${symbol}\` ${meaning}`);
    }
    expect(dataPackage.signos_convencionales).toEqual(SYMBOL_LEGEND.map((entry) => ({ signo: entry.symbol, significado: entry.meaning })));
  });

  it('prints a suppressed cell as x and never as a dash in the Memoria tables', () => {
    const suppressed = cuadros.filter((row) => Object.entries(row).some(([column, value]) => column.startsWith('suprimido_') && value === 'true'));
    expect(suppressed.length).toBeGreaterThan(0);
    const text = memoria.join(' ');
    for (const row of suppressed) expect(text, `${row.cuadro} ${row.codigo}`).toMatch(new RegExp(`${row.categoria.replace(/[().]/g, '\\$&')}[^\\n]*? x `));
  });
});
