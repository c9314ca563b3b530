import { cifraText, SUPPRESSED, variation, type Cifra } from '../data/figures.js';
import { suppressedRemark } from './suppression-note.js';
import { h } from './dom.js';

export interface KpiOptions {
  readonly titulo: string;
  readonly actual: Cifra;
  readonly anterior: Cifra;
  readonly periodLabels: readonly [string, string];
  /** Extra lines under the change (target, remarks). */
  readonly extra?: readonly (HTMLElement | string)[];
  /** A small chart figure under the figures (the sparkline). */
  readonly grafico?: HTMLElement;
}

/** Returns a headline card: the period's figure, the comparison period's, and the change in figures and percent. */
export function kpiCard(options: KpiOptions): HTMLElement {
  const change = variation(options.actual, options.anterior);
  const direction = change.signo === null ? 'neutra' : change.signo > 0 ? 'sube' : change.signo < 0 ? 'baja' : 'neutra';
  const arrow = direction === 'sube' ? '▲' : direction === 'baja' ? '▼' : '';
  return h(
    'article',
    { class: 'tarjeta' },
    h('h4', {}, options.titulo),
    h('p', { class: 'cifra' }, h('span', { class: 'sr-label' }, `${options.periodLabels[1]}: `), cifraText(options.actual)),
    h(
      'dl',
      { class: 'comparacion' },
      h('div', {}, h('dt', {}, options.periodLabels[0]), h('dd', {}, cifraText(options.anterior))),
      h(
        'div',
        { class: `variacion ${direction}` },
        h('dt', {}, 'Variación'),
        h('dd', {}, arrow ? h('span', { 'aria-hidden': 'true' }, `${arrow} `) : null, change.absoluta === change.porcentaje ? change.absoluta : `${change.absoluta} (${change.porcentaje})`),
      ),
    ),
    options.actual === SUPPRESSED || options.anterior === SUPPRESSED ? h('p', { class: 'extra' }, suppressedRemark(true)!) : null,
    options.extra?.map((line) => (typeof line === 'string' ? h('p', { class: 'extra' }, line) : line)),
    options.grafico ?? null,
  );
}
