import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { cifraWords, variation } from '../data/figures.js';
import { spanLabel } from '../data/period-months.js';
import type { Compared, PageContext } from '../page-context.js';
import { h } from './dom.js';

/** Returns a sentence with a section's total and its change: `398,437 pasaportes emitidos en jun 2023 – mar 2024 (+21.80 % frente a …: 327,051).` */
export function summaryLine(context: PageContext, figure: Compared, units: string): HTMLElement {
  const change = variation(figure.actual, figure.anterior);
  const { periodo, comparacion } = context.state;
  return h(
    'p',
    { class: 'resumen-seccion' },
    h('strong', {}, cifraWords(figure.actual)),
    ` ${units}${context.state.sexo ? `, sexo ${context.state.sexo === 'F' ? 'femenino' : 'masculino'},` : ''} en ${spanLabel(periodo)}`,
    ` (${Object.values(SYMBOLS).includes(change.porcentaje as never) ? 'sin comparación' : change.porcentaje} frente a ${spanLabel(comparacion)}: ${cifraWords(figure.anterior)}).`,
  );
}
