import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../dashboards/site/state/view-state.js';
import { demoEditionPaths, readPublishedCsv, testTmpRoot } from '../support/demo-edition.js';
import { launchChromium, staticServer } from './browser-support.js';
import { siteDir } from './support.js';

const fileUrl = pathToFileURL(join(siteDir, 'index.html')).href;
/** Screenshots of every page at desktop and phone widths, for review (the tests do not compare them). */
const screenshots = join(testTmpRoot, 'tablero-capturas');

let browser: Awaited<ReturnType<typeof launchChromium>>;
let server: Awaited<ReturnType<typeof staticServer>>;

beforeAll(async () => {
  browser = await launchChromium();
  server = await staticServer(demoEditionPaths.out);
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records console errors, uncaught errors and every request outside the site's folder. */
async function openPage(context: BrowserContext, width = 1280, height = 900): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`consola: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    const inside = url.startsWith(fileUrl.replace(/index\.html$/, '')) || url.startsWith(`${server.url}/tablero/`) || url.startsWith('data:');
    if (!inside) problems.push(`petición fuera de la carpeta del sitio: ${url}`);
  });
  return { page, problems };
}

/** Returns, for every drawn chart of the page, its title and how many marks it has with something drawn. */
async function chartMarks(page: Page): Promise<{ titulo: string; marcas: number }[]> {
  return page.$$eval('figure.grafico', (figures) =>
    figures
      .filter((figure) => figure.querySelector('.lienzo'))
      .map((figure) => {
        const svg = figure.querySelector('.lienzo svg');
        const marks = svg
          ? [...svg.querySelectorAll('g[aria-label]')].filter((group) => {
              const label = group.getAttribute('aria-label') ?? '';
              // Axes, grids, tooltips and reference rules are drawn even without data: they do not count.
              return !/axis|grid|tip|rule/.test(label) && group.querySelector('rect, path, circle, text') !== null;
            })
          : [];
        return { titulo: figure.querySelector('h4')?.textContent ?? '', marcas: marks.length };
      }),
  );
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('main h2.titulo-pagina');
}

describe('tablero/index.html of the demo edition in Chromium', () => {
  for (const origin of ['file', 'http'] as const) {
    it(`opens every page from ${origin === 'file' ? 'disk (file://)' : 'a static server'} with no console error, no outside request and marks in every chart`, async () => {
      const base = origin === 'file' ? fileUrl : `${server.url}/tablero/index.html`;
      for (const [width, height] of [
        [1280, 900],
        [390, 844],
      ]) {
        const { page, problems } = await openPage(browser.context, width, height);
        for (const { id, titulo } of PAGES) {
          await load(page, `${base}#${id}`);
          expect(await page.textContent('main h2.titulo-pagina'), id).toBe(titulo);
          const charts = await chartMarks(page);
          if (id !== 'datos') expect(charts.length, `${id}: gráficos dibujados`).toBeGreaterThan(0);
          for (const chart of charts) expect(chart.marcas, `${id} (${width} px): «${chart.titulo}» sin marcas`).toBeGreaterThan(0);
          if (origin === 'file') await page.screenshot({ path: join(screenshots, `${id}-${width}.png`), fullPage: true });
        }
        expect(problems).toEqual([]);
        await page.close();
      }
    });
  }

  it('gives every chart a title, units, a source line and a table that screen readers can read', async () => {
    const { page, problems } = await openPage(browser.context);
    for (const { id } of PAGES) {
      await load(page, `${fileUrl}#${id}`);
      const figures = await page.$$eval('figure.grafico', (all) =>
        all.map((figure) => ({
          titulo: figure.querySelector('figcaption h4')?.textContent ?? '',
          unidades: figure.querySelector('.unidades')?.textContent ?? '',
          fuente: figure.querySelector('.fuente')?.textContent ?? '',
          tabla: figure.querySelector('table caption')?.textContent ?? '',
          oculto: figure.querySelector('.lienzo')?.getAttribute('aria-hidden') ?? 'true',
        })),
      );
      for (const figure of figures) {
        expect(figure.titulo, id).not.toBe('');
        expect(figure.unidades, `${id}: ${figure.titulo}`).not.toBe('');
        expect(figure.fuente, `${id}: ${figure.titulo}`).toMatch(/^Fuente: /);
        expect(figure.tabla, `${id}: ${figure.titulo}`).toBe(figure.titulo);
        expect(figure.oculto).toBe('true');
      }
    }
    // The table view opens with its button (keyboard: Enter on the focused button).
    await load(page, `${fileUrl}#servicios`);
    const button = page.locator('figure.grafico .ver-tabla').first();
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('figure.grafico .tabla-grafico').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers every chart’s data as CSV and its picture as SVG, made in the page from its own data', async () => {
    const { page, problems } = await openPage(browser.context);
    for (const { id } of PAGES) {
      await load(page, `${fileUrl}#${id}`);
      const counts = await page.evaluate(() => ({
        figures: document.querySelectorAll('figure.grafico').length,
        csv: document.querySelectorAll('figure.grafico .descargas-grafico button:first-child').length,
        drawn: document.querySelectorAll('figure.grafico .lienzo').length,
        svg: [...document.querySelectorAll('figure.grafico .descargas-grafico button')].filter((button) => button.textContent === 'Descargar SVG').length,
      }));
      expect(counts.csv, id).toBe(counts.figures);
      expect(counts.svg, id).toBe(counts.drawn);
    }
    await load(page, `${fileUrl}#flujo`);
    const figure = page.locator('figure.grafico', { has: page.locator('.lienzo svg') }).first();
    const title = (await figure.locator('h4').textContent())!;
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: `Descargar CSV: ${title}` }).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const tableRows = await figure.locator('table tbody tr').count();
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe((await figure.locator('table thead th').allTextContents()).join(','));
    // The table's first figure, as printed («1,234») and as a number in the file (1234).
    const printed = (await figure.locator('table tbody tr').first().locator('td').first().textContent())!;
    expect(lines[1]!.split(',')[1]).toBe(printed.replace(/,/g, ''));
    expect(lines.slice(1, 1 + tableRows).every((line) => line.split(',').length >= 2)).toBe(true);
    expect(csv).toContain(`Fuente: ${(await figure.locator('.fuente').textContent())!.replace(/^Fuente: /, '')}`);
    expect(csv).toContain('Licencia: Creative Commons');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: `Descargar SVG: ${title}` }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`<title>${title}</title>`);
    expect((svg.match(/<path|<rect/g) ?? []).length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints a page with the licence, the sources and the permalink of the view, without the buttons', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#servicios?sexo=F`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('footer.pie').isVisible()).toBe(true);
    expect(await page.locator('footer.pie').textContent()).toContain('licencia Creative Commons');
    const permalink = page.locator('#enlace-permanente');
    expect(await permalink.isVisible()).toBe(true);
    expect(await permalink.textContent()).toContain('index.html#servicios?sexo=F');
    expect(await page.locator('figure.grafico .fuente').first().isVisible()).toBe(true);
    expect(await page.locator('.descargas-grafico').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await permalink.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('tells the value under the pointer and can be used with the keyboard alone', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#servicios`);
    const bar = page.locator('.lienzo svg g[aria-label="bar"] rect').nth(1);
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.lienzo svg g[aria-label="tip"] text');
    expect(await page.locator('.lienzo svg g[aria-label="tip"] text').first().textContent()).toMatch(/\d{1,3}(,\d{3})*/);
    // Tab reaches the skip link first; it takes the focus to the page's title.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('saltar');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('titulo-pagina'))).toBe(true);
    // A control changed from the keyboard keeps the focus after the page redraws.
    await page.focus('#sexo');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.hash.includes('sexo='));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sexo');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('changes the figures when the period changes, and keeps the view in the URL', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#resumen`);
    const first = page.locator('.tarjeta .cifra').first();
    const before = await first.textContent();
    expect(before).toContain('398,437');
    await page.selectOption('#desde', '2023-09');
    await page.waitForFunction(() => location.hash.includes('desde=2023-09'));
    const after = await first.textContent();
    expect(after).not.toBe(before);
    // The comparison period followed (same months a year earlier), so the link only names the period.
    expect(await page.inputValue('#comparar-desde')).toBe('2022-09');
    await page.selectOption('#sexo', 'F');
    await page.waitForFunction(() => location.hash.includes('sexo=F'));
    expect(await first.textContent()).not.toBe(after);
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toBe('#resumen?desde=2023-09&hasta=2024-03&sexo=F');
    const shown = await page.textContent('main');
    expect(problems).toEqual([]);
    await page.close();

    // The same URL in a new tab restores the view: same controls, same figures.
    const restored = await openPage(browser.context);
    await load(restored.page, `${fileUrl}${hash}`);
    expect(await restored.page.inputValue('#desde')).toBe('2023-09');
    expect(await restored.page.inputValue('#sexo')).toBe('F');
    expect(await restored.page.textContent('main')).toBe(shown);
    expect(restored.problems).toEqual([]);
    await restored.page.close();
  });

  it('restores a filtered view of another page from its URL, and the menu keeps the view', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#flujo?desde=2023-06&hasta=2023-12&comparar_desde=2022-01&comparar_hasta=2022-07&puesto=el_amatillo`);
    expect(await page.inputValue('#puesto')).toBe('el_amatillo');
    expect(await page.inputValue('#comparar-hasta')).toBe('2022-07');
    expect(await page.textContent('main')).toContain('Entradas por mes: El Amatillo');
    await page.click('nav a:has-text("Servicios")');
    await page.waitForFunction(() => location.hash.startsWith('#servicios'));
    expect(await page.evaluate(() => location.hash)).toContain('desde=2023-06&hasta=2023-12');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('drops what the edition does not have from a link and rewrites it to the view shown, and warns when the periods differ in length', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#servicios?oficina=xyz&sexo=F&comparar_desde=1990-01&comparar_hasta=1990-12`);
    expect(await page.evaluate(() => location.hash)).toBe('#servicios?sexo=F');
    expect(await page.inputValue('#oficina')).toBe('');
    expect(await page.textContent('main')).not.toContain('xyz');
    expect(await page.locator('.aviso-periodos').count()).toBe(0);
    // Ten months of the edition against twelve months before them: the totals are not comparable as they stand.
    await load(page, `${fileUrl}#resumen?comparar_desde=2022-06&comparar_hasta=2023-05`);
    expect(await page.evaluate(() => location.hash)).toBe('#resumen?comparar_desde=2022-06&comparar_hasta=2023-05');
    expect(await page.textContent('.aviso-periodos')).toContain('el periodo del informe tiene 10 meses y el de comparación 12');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows on Finanzas the amounts committed each month and the edition’s procurement, with the release’s figures', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#finanzas`);
    const titles = await page.locator('figure.grafico h4').allTextContents();
    expect(titles).toContain('Monto comprometido por mes (FAE y GOES)');
    expect(titles).toContain('Procesos de compra por trimestre');
    expect(titles.some((title) => title.startsWith('Monto de los procesos de compra por método de adquisición'))).toBe(true);
    const tableOf = (title: string) =>
      page
        .locator('figure.grafico', { has: page.locator('h4', { hasText: title }) })
        .locator('table tbody tr')
        .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
    const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));
    // By quarter: one row per quarter the release publishes, processes summed over methods and states.
    const quarterly = await readPublishedCsv('compras_trimestral');
    const quarters = await tableOf('Procesos de compra por trimestre');
    expect(quarters.map((row) => row[0]!.slice(0, 7).replace(' T', '-T'))).toEqual([...new Set(quarterly.map((row) => row.trimestre))].sort());
    for (const row of quarters) {
      const code = row[0]!.slice(0, 7).replace(' T', '-T');
      expect(number(row[1]!), code).toBe(quarterly.filter((candidate) => candidate.trimestre === code).reduce((total, candidate) => total + Number(candidate.procesos), 0));
    }
    // By method: processes over the edition's fiscal stretches.
    const methods = await readPublishedCsv('compras_metodo');
    const byMethod = await tableOf('Monto de los procesos de compra por método de adquisición');
    expect(byMethod).toHaveLength(new Set(methods.map((row) => row.metodo)).size);
    const top = byMethod[0]!;
    const topCode = (await readPublishedCsv('codigos')).find((row) => row.lista === 'metodo' && row.etiqueta === top[0])!.codigo;
    expect(number(top.at(-2)!)).toBe(methods.filter((row) => row.metodo === topCode).reduce((total, row) => total + Number(row.procesos), 0));
    // By item and stage: a table shown open, one row per item and stretch.
    expect(await tableOf('Procesos de compra por rubro y etapa')).toHaveLength((await readPublishedCsv('compras_nivel_ejecucion')).length);
    expect(
      await page
        .locator('figure.grafico', { has: page.locator('h4', { hasText: 'Procesos de compra por rubro y etapa' }) })
        .locator('table')
        .isVisible(),
    ).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows protected populations from the grids the disclosure control publishes whole, not as empty charts', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#retornados`);
    const figure = (title: string) => page.locator('figure.grafico', { hasText: title }).first();
    const main = (await page.textContent('main')) ?? '';
    for (const title of [
      'Niñas, niños y adolescentes retornados por trimestre',
      'Personas resguardadas por región de origen',
      'Personas retornadas por mes',
      'Derivaciones por mes',
      'Personas resguardadas por mes',
    ]) {
      expect(main, title).toContain(title);
    }
    // Every month of the monthly totals is published: no month of either period without a figure.
    for (const title of ['Personas retornadas por mes', 'Derivaciones por mes', 'Personas resguardadas por mes']) {
      expect(await figure(title).textContent(), title).not.toContain('Meses sin cifra publicada');
    }
    expect(main).not.toContain('No hay cifras publicadas');
    expect(await figure('Niñas, niños y adolescentes retornados por trimestre').textContent()).toMatch(/T1 2024/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('never shows a suppressed figure as a number: protected totals read «x» (cifra confidencial) where the release suppresses them', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#retornados?desde=2023-07&hasta=2024-02`);
    const main = await page.textContent('main');
    const cells = await page.$$eval('main td', (tds) => tds.map((td) => td.textContent?.trim()));
    expect(cells).toContain('x');
    expect(main).toContain('Cifras protegidas');
    expect(await page.textContent('#signos')).toContain('x cifra confidencial');
    expect(problems).toEqual([]);
    await page.close();
  });
});
