import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPni } from '../../dashboards/build/pni-reader.js';
import { PublishedData } from '../../dashboards/build/published-data-reader.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { NO_FIGURE } from '../../presentation/format/number-format.js';
import { statusLabel } from '../../presentation/pni/pni-statuses.js';
import { TARGET_KINDS, type TipoMeta } from '../../presentation/pni/target-kinds.js';
import { demoEditionPaths, readPublishedCsv, testTmpRoot } from '../support/demo-edition.js';
import { launchChromium } from './browser-support.js';
import { readSiteData, siteDir } from './support.js';

const fileUrl = pathToFileURL(join(siteDir, 'index.html')).href;

let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the PNI pages of the demo edition in Chromium', () => {
  it('lists every indicator of the published catalogue by axis, with its name and its status in each year', async () => {
    const catalogue = await readPublishedCsv('pni_catalogo');
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${fileUrl}#pni`);
    await page.waitForSelector('.eje-pni');
    const listed = await page.$$eval('.eje-pni tbody tr', (rows) =>
      rows.map((row) => ({
        codigo: row.querySelector('th a')?.textContent ?? '',
        nombre: row.querySelector('th')?.textContent ?? '',
        estados: [...row.querySelectorAll('td')].map((cell) => cell.textContent),
      })),
    );
    expect(listed.map((row) => row.codigo)).toEqual(catalogue.map((row) => row.indicador));
    const avance = await readPublishedCsv('pni_avance');
    const years = [...new Set(avance.map((row) => Number(row.anio)))].sort();
    for (const row of listed) {
      const indicator = catalogue.find((candidate) => candidate.indicador === row.codigo)!;
      expect(row.nombre).toContain(indicator.texto);
      years.forEach((year, index) => {
        const published = avance.find((candidate) => candidate.indicador === row.codigo && Number(candidate.anio) === year);
        const expected = published ? statusLabel(published.estado) : year < Number(indicator.anio_inicio) ? 'No iniciado' : year > Number(indicator.anio_fin) ? 'n.a.' : '..';
        expect(row.estados[index], `${row.codigo} ${year}`).toBe(expected);
      });
    }
    // A link opens the indicator's page; its breadcrumb leads back.
    await page.click('.eje-pni tbody tr:first-child th a');
    await page.waitForFunction(() => location.hash.startsWith('#indicador'));
    expect(await page.textContent('h3.titulo-indicador')).toMatch(new RegExp(`^${catalogue[0]!.indicador.replace(/\./g, '\\.')} · `));
    expect(await page.getAttribute('nav a[aria-current="page"]', 'href')).toMatch(/^#pni/);
    await page.click('.migas a');
    await page.waitForFunction(() => location.hash.startsWith('#pni'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives every indicator a page with its definition, META, responsible institutions, period, kind of target, years against targets, status rule and open-data rows', async () => {
    const data = await readSiteData();
    const pni = data.pni!;
    const avance = await readPublishedCsv('pni_avance');
    const catalogue = new Map((await readPublishedCsv('pni_catalogo')).map((row) => [row.indicador, row]));
    const institutions = new Map((await readPublishedCsv('codigos')).filter((row) => row.lista === 'institucion').map((row) => [row.codigo, row.etiqueta]));
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${fileUrl}#indicador`);
    await page.waitForSelector('h3.titulo-indicador');
    const missing: string[] = [];
    for (const indicator of pni.indicadores) {
      await page.evaluate((code) => (location.hash = `#indicador?indicador=${code}`), indicator.indicador);
      await page.waitForFunction((code) => document.querySelector('h3.titulo-indicador')?.textContent?.startsWith(`${code} · `), indicator.indicador);
      const shown = await page.evaluate(() => ({
        ficha: Object.fromEntries([...document.querySelectorAll('dl.ficha dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent ?? ''])),
        figura: document.querySelector('figure.grafico h4')?.textContent ?? '',
        filas: [...document.querySelectorAll('.filas-datos tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent)),
        descarga: document.querySelectorAll('.filas-datos button.descarga, figure.grafico .descargas-grafico button').length,
      }));
      const published = catalogue.get(indicator.indicador)!;
      const rows = avance.filter((row) => row.indicador === indicator.indicador).sort((a, b) => Number(a.anio) - Number(b.anio));
      const last = rows.at(-1);
      const kind = TARGET_KINDS[published.tipo_meta as TipoMeta].nombre;
      const rule = !last
        ? true
        : published.tipo_meta === 'por_definir'
          ? /no se evalúa/.test(shown.ficha[`Estado en ${last.anio}`] ?? '')
          : (shown.ficha[`Estado en ${last.anio}`] ?? '').includes(last.anio_cerrado === 'true' ? `${last.anio} terminó` : `${last.anio} está en curso`);
      const problemsOf = [
        shown.ficha['Indicador'] === published.texto ? '' : 'definición',
        shown.ficha['META del PNI'] === (published.meta_texto || NO_FIGURE) ? '' : 'META',
        shown.ficha['Responsables'] ===
        (published.responsables
          ? published.responsables
              .split(';')
              .map((code) => institutions.get(code) ?? code)
              .join('; ')
          : NO_FIGURE)
          ? ''
          : 'responsables',
        shown.ficha['Periodo'] === (published.anio_inicio === published.anio_fin ? published.anio_inicio : `${published.anio_inicio} a ${published.anio_fin}`) ? '' : 'periodo',
        (shown.ficha['Tipo de meta'] ?? '').toLowerCase().startsWith(`${kind}:`) ? '' : 'tipo de meta',
        shown.figura === `Meta y valor por año: ${indicator.indicador}` ? '' : 'gráfico',
        shown.descarga >= 2 ? '' : 'descargas',
        // The page's rows are the release's: year, target, value and status, in order.
        JSON.stringify(shown.filas.map((cells) => [cells[0], cells[1], cells[3], cells[5]])) === JSON.stringify(rows.map((row) => [row.anio, row.meta, row.valor, row.estado])) ? '' : 'filas',
        rule ? '' : 'regla del estado',
      ].filter(Boolean);
      if (problemsOf.length) missing.push(`${indicator.indicador}: ${problemsOf.join(', ')}`);
    }
    expect(missing).toEqual([]);
    expect(pni.indicadores.length).toBe(catalogue.size);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads the catalogue from the published pni_catalogo: a text changed there is the text the site shows', async () => {
    const copy = join(testTmpRoot, 'test-pni-catalogo');
    await rm(copy, { recursive: true, force: true });
    await cp(join(demoEditionPaths.out, 'datos'), join(copy, 'datos'), { recursive: true });
    const path = join(copy, 'datos', 'pni_catalogo.csv');
    const original = (await readPublishedCsv('pni_catalogo')).find((row) => row.indicador === '5.4.1.a')!.texto;
    await writeFile(path, (await readFile(path, 'utf8')).replace(original, 'Texto cambiado en los datos publicados.'));
    const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
    try {
      const pni = await readPni(await PublishedData.open(copy, warehouse));
      expect(pni!.indicadores.find((indicator) => indicator.indicador === '5.4.1.a')!.texto).toBe('Texto cambiado en los datos publicados.');
    } finally {
      warehouse.close();
    }
  });
});
