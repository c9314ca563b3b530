import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTE } from '../../presentation/charts/chart-palette.js';
import { contrastRatio } from '../../presentation/charts/contrast.js';
import { SCREEN_COLORS } from '../../presentation/charts/screen-spec.js';
import { NOT_STARTED, PNI_STATUSES } from '../../presentation/pni/pni-statuses.js';
import { PAGES } from '../../dashboards/site/state/view-state.js';
import { launchChromium } from './browser-support.js';
import { siteDir } from './support.js';

const fileUrl = pathToFileURL(join(siteDir, 'index.html')).href;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [
  [1280, 900],
  [390, 844],
] as const;

let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function load(page: Page, hash: string): Promise<void> {
  await page.goto(`${fileUrl}#${hash}`);
  await page.waitForSelector('main h2.titulo-pagina');
  // Charts and scroll regions are marked after the first paint.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** axe-core's serious and critical violations on the page, as `rule: selector` lines. The axe source is evaluated through the DevTools protocol, which the page's CSP does not govern. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  });
}

/** Controls (buttons, selects, inputs, links that download) whose accessible name another control of the page shares. */
async function sharedControlNames(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(() => {
    const axe = (window as unknown as { axe: { setup: (node: Node) => void; teardown: () => void; commons: { text: { accessibleText: (element: Element) => string } } } }).axe;
    axe.setup(document);
    const names = [...document.querySelectorAll('button, select, input, a[download]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null || element.closest('.solo-lectores') === null)
      .map((element) => axe.commons.text.accessibleText(element).trim());
    axe.teardown();
    return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  });
}

/**
 * Every chart's marks against the white figure (3:1, WCAG 1.4.11) and its text against what lies
 * under it (4.5:1, WCAG 1.4.3): a mark passes by its fill or by its outline; text on a bar or a cell
 * is measured against that bar's colour (the topmost filled shape under the text's centre).
 */
async function chartContrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ markMinimum, textMinimum }) => {
      const hex = (color: string): string | null => {
        const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(color);
        if (!match || (match[4] !== undefined && Number(match[4]) === 0)) return null;
        return `#${match
          .slice(1, 4)
          .map((value) => Number(value).toString(16).padStart(2, '0'))
          .join('')}`;
      };
      const luminance = (color: string) => {
        const [red, green, blue] = [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16) / 255).map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
        return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
      };
      const ratio = (first: string, second: string) => {
        const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
        return (lighter! + 0.05) / (darker! + 0.05);
      };
      const failures: string[] = [];
      for (const svg of document.querySelectorAll('.lienzo svg')) {
        const title = svg.closest('figure')?.querySelector('h4')?.textContent ?? '';
        const marks = [...svg.querySelectorAll('g[aria-label]')].filter((group) => !/axis|grid|tip|rule|frame/.test(group.getAttribute('aria-label') ?? ''));
        const shapes = marks.flatMap((group) => [...group.querySelectorAll('rect, path, circle, line')]);
        for (const shape of shapes) {
          const style = getComputedStyle(shape);
          const fill = hex(style.fill);
          const stroke = style.stroke === 'none' ? null : hex(style.stroke);
          const shown = [fill, stroke].filter((color): color is string => color !== null && color !== '#ffffff');
          if (shown.length && !shown.some((color) => ratio(color, '#ffffff') >= markMinimum)) failures.push(`${title}: marca ${shown.join('/')} (${ratio(shown[0]!, '#ffffff').toFixed(2)}:1)`);
        }
        const filled = [...svg.querySelectorAll('rect')].map((rect) => ({ box: rect.getBoundingClientRect(), fill: hex(getComputedStyle(rect).fill) })).filter((rect) => rect.fill !== null);
        for (const text of svg.querySelectorAll('text')) {
          if (!text.textContent?.trim() || text.closest('g[aria-label="tip"]')) continue;
          const color = hex(getComputedStyle(text).fill);
          if (!color) continue;
          const box = text.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          const under = filled.filter((rect) => x >= rect.box.left && x <= rect.box.right && y >= rect.box.top && y <= rect.box.bottom).at(-1);
          const background = under?.fill ?? '#ffffff';
          if (ratio(color, background) < textMinimum) failures.push(`${title}: texto «${text.textContent}» ${color} sobre ${background} (${ratio(color, background).toFixed(2)}:1)`);
        }
      }
      return [...new Set(failures)];
    },
    { markMinimum: 3, textMinimum: 4.5 },
  );
}

describe('the demo edition’s dashboards meet WCAG AA in Chromium', () => {
  it('has no serious or critical axe-core violation on any page, at 1280 and 390 px wide', async () => {
    const page = await browser.context.newPage();
    const found: string[] = [];
    for (const [width, height] of WIDTHS) {
      await page.setViewportSize({ width, height });
      for (const { id } of PAGES) {
        await load(page, id);
        found.push(...(await axeViolations(page)).map((line) => `${id} (${width} px) ${line}`));
        // Every table view open, as a sighted user opens them: a wide one becomes a region keyboard users can scroll.
        for (const button of await page.locator('.ver-tabla').all()) await button.click();
        found.push(...(await axeViolations(page)).map((line) => `${id} (${width} px, tablas abiertas) ${line}`));
      }
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('names every control uniquely on every page', async () => {
    const page = await browser.context.newPage();
    const shared: string[] = [];
    for (const { id } of PAGES) {
      await load(page, id);
      shared.push(...(await sharedControlNames(page)).map((name) => `${id}: «${name}»`));
    }
    expect(shared).toEqual([]);
    // The check tells shared names apart: two buttons named alike on the page are found.
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      for (let copy = 0; copy < 2; copy++) main.insertAdjacentHTML('beforeend', '<button type="button">Ver tabla</button>');
    });
    expect(await sharedControlNames(page)).toEqual(['Ver tabla']);
    await page.close();
  });

  it('draws chart marks at 3:1 against the figure and chart text at 4.5:1 against what lies under it, at both widths', async () => {
    const page = await browser.context.newPage();
    const failures: string[] = [];
    for (const [width, height] of WIDTHS) {
      await page.setViewportSize({ width, height });
      for (const { id } of PAGES) {
        await load(page, id);
        failures.push(...(await chartContrastFailures(page)).map((line) => `${id} (${width} px) ${line}`));
      }
    }
    expect(failures).toEqual([]);
    // The check fails the PDF's colours: a bar in the PDF's light blue, and its gold text on white.
    await load(page, 'servicios');
    await page.evaluate(
      ({ light, gold }) => {
        const group = document.querySelector('.lienzo svg g[aria-label="bar"]')!;
        group.insertAdjacentHTML('beforeend', `<rect x="0" y="0" width="20" height="20" fill="${light}"></rect>`);
        group.closest('svg')!.insertAdjacentHTML('beforeend', `<g aria-label="text"><text x="300" y="10" fill="${gold}">sin contraste</text></g>`);
      },
      { light: PALETTE.previous, gold: PALETTE.accent },
    );
    const caught = await chartContrastFailures(page);
    expect(caught.some((line) => line.includes(PALETTE.previous))).toBe(true);
    expect(caught.some((line) => line.includes('sin contraste'))).toBe(true);
    await page.close();
  });
});

describe('the screen palette', () => {
  it('draws every status and the PDF’s light colours at 3:1 or more on screen, and status text at 4.5:1 on its colour', () => {
    for (const [pdf, screen] of Object.entries(SCREEN_COLORS)) {
      expect(contrastRatio(pdf, '#ffffff'), pdf).toBeLessThan(3);
      expect(contrastRatio(screen, '#ffffff'), screen).toBeGreaterThanOrEqual(3);
    }
    for (const status of [...PNI_STATUSES, NOT_STARTED]) {
      const color = SCREEN_COLORS[status.color] ?? status.color;
      expect(contrastRatio(status.texto, color), status.etiqueta).toBeGreaterThanOrEqual(4.5);
    }
  });
});
