/**
 * The «Metas del POA» page of the demo edition in Chromium: the follow-up of the chosen month, the
 * month in the URL, units behind schedule first, and — on copies of the site whose data is
 * changed — a withheld line («x», Reservada) and an edition without targets.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpByMonth, targetData } from '../../dashboards/build/target-follow-up-reader.js';
import { SITE_DATA_GLOBAL, type SiteData } from '../../dashboards/data/site-data.js';
import { SITE_FILES } from '../../dashboards/tablero-output.js';
import { readPublishedCsv, testTmpRoot } from '../support/demo-edition.js';
import { launchChromium } from './browser-support.js';
import { readSiteData, siteDir } from './support.js';

const data = await readSiteData();
const fileUrl = pathToFileURL(join(siteDir, 'index.html')).href;
const screenshots = join(testTmpRoot, 'tablero-capturas');
let browser: Awaited<ReturnType<typeof launchChromium>>;
let scratch: string;

beforeAll(async () => {
  browser = await launchChromium();
  scratch = await mkdtemp(join(tmpdir(), 'tablero-metas-'));
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Returns the URL of a copy of the demo site whose data is `changed`. */
async function siteWith(name: string, changed: SiteData): Promise<string> {
  const dir = join(scratch, name);
  await cp(siteDir, dir, { recursive: true });
  await writeFile(join(dir, SITE_FILES.data), `window.${SITE_DATA_GLOBAL}=${JSON.stringify(changed)};\n`);
  return pathToFileURL(join(dir, 'index.html')).href;
}

async function openPage(context: BrowserContext, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`consola: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  return { page, problems };
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('main h2.titulo-pagina');
}

/** The unit cards in page order: name and the rows of their table (cell texts: meta, estado, then the figures). */
async function unitCards(page: Page): Promise<{ unidad: string; filas: string[][] }[]> {
  return page.$$eval('.unidad-poa', (cards) =>
    cards.map((card) => ({
      unidad: card.querySelector('h4')?.textContent ?? '',
      filas: [...card.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
    })),
  );
}

const BEHIND = ['Rezagada', 'En riesgo'];

describe('the «Metas del POA» page in Chromium', () => {
  it('shows the last month by default, changes the figures and the URL with the month, and restores the month from the URL', async () => {
    const { page, problems } = await openPage(browser.context);
    await load(page, `${fileUrl}#metas`);
    expect(await page.textContent('main h2.titulo-pagina')).toBe('Metas del POA');
    expect(await page.inputValue('#mes')).toBe(data.edicion.hasta);
    expect(await page.$$eval('#mes option', (options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(data.poa!.meses.map((month) => month.mes));
    const before = await unitCards(page);
    expect(before.length).toBeGreaterThan(0);
    // The page shows what datos.js holds for the month: the month's executed figure of each line.
    const last = data.poa!.meses.at(-1)!;
    expect(before.map((card) => card.unidad)).toEqual(last.unidades.map((unit) => unit.unidad));
    expect(before[0].filas[0][3].replace(/,/g, '')).toBe(String(last.unidades[0].lineas[0].ejecutadoTramo));

    await page.selectOption('#mes', '2023-12');
    await page.waitForFunction(() => location.hash === '#metas?mes=2023-12');
    const after = await unitCards(page);
    expect(after).not.toEqual(before);
    const december = data.poa!.meses.find((month) => month.mes === '2023-12')!;
    expect(after.map((card) => card.unidad)).toEqual(december.unidades.map((unit) => unit.unidad));
    expect(await page.textContent('main')).toContain('diciembre 2023');
    // Back to the last month: the default leaves the URL.
    await page.selectOption('#mes', data.edicion.hasta);
    await page.waitForFunction(() => location.hash === '#metas');

    await load(page, `${fileUrl}#metas?mes=2023-12`);
    expect(await page.inputValue('#mes')).toBe('2023-12');
    expect(await unitCards(page)).toEqual(after);
    // A month outside the period falls back to the last one.
    await load(page, `${fileUrl}#metas?mes=2019-01`);
    expect(await page.inputValue('#mes')).toBe(data.edicion.hasta);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the units with most lines behind schedule first, in every month', async () => {
    const { page, problems } = await openPage(browser.context);
    for (const { mes } of data.poa!.meses) {
      await load(page, `${fileUrl}#metas?mes=${mes}`);
      const behind = (await unitCards(page)).map((card) => card.filas.filter((row) => BEHIND.includes(row[1])).length);
      expect(behind, mes).toEqual([...behind].sort((a, b) => b - a));
    }
    // The demo's last month has lines behind schedule (yearly passport targets by office).
    await load(page, `${fileUrl}#metas`);
    const cards = await unitCards(page);
    expect(cards[0].filas.some((row) => BEHIND.includes(row[1]))).toBe(true);
    expect(await page.locator('.unidad-poa .fuente').first().textContent()).toMatch(/^Fuente: DGME, .+, metas del POA; /);
    expect(await page.locator('figure.grafico .lienzo svg g[aria-label="bar"] rect').count()).toBe(cards.flatMap((card) => card.filas).length);
    expect(await page.locator('figure.grafico .lienzo svg g[aria-label="rule"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a withheld line with the «x» sign and «Reservada», and no bar for it', async () => {
    // A consistent release: with February withheld, the year's figure (which includes it) is withheld too.
    const avance = (await readPublishedCsv('metas_avance')).map((row) =>
      row.medida === 'resguardos' && row.filtro === '' && row.mes === '' ? { ...row, ejecutado: '', pct_ejecucion: '', suprimido: 'true' } : row,
    );
    const mensual = (await readPublishedCsv('metas_mensual')).map((row) =>
      row.medida === 'resguardos' && row.filtro === '' && row.mes === '2024-02' ? { ...row, ejecutado: '', suprimido: 'true' } : row,
    );
    const period = { desde: data.edicion.desde, hasta: data.edicion.hasta };
    const meses = followUpByMonth(targetData(avance, mensual, period.hasta, data.etiquetas), period);
    const url = await siteWith('reservada', { ...data, poa: { ...data.poa!, meses } });
    const resguardos = async (page: Page) => (await unitCards(page)).flatMap((card) => card.filas).find((cells) => cells[0] === 'Personas extranjeras resguardadas en el CAIPEM (meta anual)')!;
    for (const width of [1280, 390]) {
      const { page, problems } = await openPage(browser.context, width);
      // The withheld month: its figures and the year to date read «x»; programmed figures stay.
      await load(page, `${url}#metas?mes=2024-02`);
      const row = await resguardos(page);
      // Meta, status; programado, ejecutado, % of the month; the same for the year to date.
      expect([row[1], row[3], row[4], row[6], row[7]]).toEqual(['Reservada', 'x', 'x', 'x', 'x']);
      expect(row[2]).toMatch(/^\d/);
      // The month after: its own figure is published, the year to date (which includes February) is not.
      await load(page, `${url}#metas`);
      const march = await resguardos(page);
      expect(march[3]).toMatch(/^\d/);
      expect([march[1], march[6], march[7]]).toEqual(['Reservada', 'x', 'x']);
      expect(await page.textContent('.estados-poa')).toContain('Reservada');
      // One bar per line with a percentage: the withheld line has none.
      const lines = meses.at(-1)!.unidades.flatMap((unit) => unit.lineas);
      expect(lines.filter((line) => line.pctAlCorte === null).map((line) => line.etiqueta)).toEqual(['Personas extranjeras resguardadas en el CAIPEM']);
      expect(await page.locator('figure.grafico .lienzo svg g[aria-label="bar"] rect').count()).toBe(lines.length - 1);
      expect(await page.textContent('figure.grafico')).toContain('cifra confidencial');
      await page.screenshot({ path: join(screenshots, `metas-reservada-${width}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('says so when the edition publishes no targets, with no empty chart', async () => {
    const url = await siteWith('sin-metas', { ...data, poa: null });
    const { page, problems } = await openPage(browser.context);
    await load(page, `${url}#metas`);
    expect(await page.textContent('main')).toContain('Esta edición no publica metas físicas del POA');
    expect(await page.locator('figure.grafico').count()).toBe(0);
    expect(await page.locator('#mes').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
