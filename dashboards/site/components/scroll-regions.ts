/**
 * Makes every region that scrolls sideways reachable by keyboard (WCAG 2.1.1; axe-core's
 * `scrollable-region-focusable`): a wide table on a phone gets a tab stop and a name, a table that
 * fits loses it, so nobody tabs through stops that do nothing.
 */
export function markScrollableRegions(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('.tabla-grafico, .tabla-desplazable, .recurso details')) {
    const style = getComputedStyle(element);
    const scrolls = /auto|scroll/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 1;
    if (scrolls) {
      element.setAttribute('tabindex', '0');
      if (!element.hasAttribute('aria-label') && !element.hasAttribute('aria-labelledby')) {
        const caption = element.querySelector('caption, h4, summary')?.textContent?.trim();
        element.setAttribute('role', 'region');
        element.setAttribute('aria-label', caption ? `Tabla desplazable: ${caption}` : 'Tabla desplazable');
      }
    } else element.removeAttribute('tabindex');
  }
}
