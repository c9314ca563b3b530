import type { PageContext } from '../page-context.js';
import { chartFigure, type FigureSpec } from './chart-figure.js';
import type { PageFilters } from './view-controls.js';
import { h, uniqueId } from './dom.js';

/** What a page renders: the filters it offers and its sections. */
export interface RenderedPage {
  readonly filtros: PageFilters;
  readonly contenido: readonly (HTMLElement | null)[];
}

export type PageRenderer = (context: PageContext) => RenderedPage;

/** Returns a titled section of a page whose children are figures (drawn as charts) or elements. */
export function pageSection(titulo: string, intro: string | HTMLElement | null, ...children: (FigureSpec | HTMLElement | null | undefined)[]): HTMLElement {
  const id = uniqueId('seccion');
  return h(
    'section',
    { class: 'seccion', 'aria-labelledby': id },
    h('h3', { id }, titulo),
    typeof intro === 'string' ? h('p', { class: 'intro' }, intro) : intro,
    h(
      'div',
      { class: 'rejilla' },
      children.map((child) => (!child ? null : child instanceof HTMLElement ? child : chartFigure(child))),
    ),
  );
}
