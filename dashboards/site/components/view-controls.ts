import { monthsOf, spanText, type MonthSpan } from '../data/period-months.js';
import type { PageContext } from '../page-context.js';
import { yearBefore } from '../state/view-state.js';
import { h } from './dom.js';
import { shortMonth } from '../../../presentation/format/period-labels.js';

/** Which filters a page offers besides the periods. */
export interface PageFilters {
  readonly periodo?: boolean;
  readonly sexo?: boolean;
  readonly oficina?: boolean;
  readonly puesto?: boolean;
}

/** A month selector; `period` names the period it sets, for screen readers only (the fieldset's legend shows it). */
function monthSelect(id: string, label: string, period: string, value: string, months: readonly string[], onChange: (month: string) => void): HTMLElement {
  const options = months.includes(value) ? months : [...months, value].sort();
  return h(
    'div',
    { class: 'campo' },
    h('label', { for: id }, label, h('span', { class: 'solo-lectores' }, ` (${period})`)),
    h(
      'select',
      { id, name: id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      options.map((month) => h('option', { value: month, selected: month === value }, months.includes(month) ? shortMonth(month) : `${shortMonth(month)} (sin datos)`)),
    ),
  );
}

function choice(id: string, label: string, value: string, groups: readonly { label?: string; options: readonly { value: string; label: string }[] }[], onChange: (value: string) => void): HTMLElement {
  const option = (item: { value: string; label: string }) => h('option', { value: item.value, selected: item.value === value }, item.label);
  return h(
    'div',
    { class: 'campo' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name: id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      groups.map((group) => (group.label ? h('optgroup', { label: group.label }, group.options.map(option)) : group.options.map(option))),
    ),
  );
}

/** Returns a warning when the two periods differ in length (10 months against 12 is not a fall of a sixth), or null. */
function unequalPeriodsWarning(period: MonthSpan, comparison: MonthSpan): HTMLElement | null {
  const [months, comparedMonths] = [monthsOf(period).length, monthsOf(comparison).length];
  if (months === comparedMonths) return null;
  const count = (n: number) => `${n} ${n === 1 ? 'mes' : 'meses'}`;
  return h(
    'p',
    { class: 'aviso-periodos', role: 'status' },
    `Atención: el periodo del informe tiene ${count(months)} y el de comparación ${count(comparedMonths)}. Las variaciones comparan totales de periodos de distinta duración.`,
  );
}

/** Returns the view's controls: reporting and comparison periods, and the filters the page offers. */
export function viewControls(context: PageContext, filters: PageFilters): HTMLElement | null {
  if (!filters.periodo) return null;
  const { state, data } = context;
  const months = data.meses;
  const setPeriod = (span: MonthSpan) => {
    const ordered = span.desde <= span.hasta ? span : { desde: span.hasta, hasta: span.desde };
    context.navigate({ periodo: ordered });
  };
  const setComparison = (span: MonthSpan) => context.navigate({ comparacion: span.desde <= span.hasta ? span : { desde: span.hasta, hasta: span.desde } });
  const following = spanText(state.comparacion) === spanText(yearBefore(state.periodo));
  // The offices and posts a link may name (state-options.ts), in the code lists' order and groups.
  const offices = context.list('oficina').filter((office) => context.bounds.opciones.oficina.includes(office.codigo));
  const posts = context.list('puesto').filter((post) => context.bounds.opciones.puesto.includes(post.codigo));
  const viaLabel = (via: string) => context.label('via_flujo', via);
  return h(
    'form',
    { class: 'controles', 'aria-label': 'Periodo y filtros', onsubmit: (event: Event) => event.preventDefault() },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Periodo del informe'),
      monthSelect('desde', 'Desde', 'periodo del informe', state.periodo.desde, months, (month) => setPeriod({ desde: month, hasta: state.periodo.hasta })),
      monthSelect('hasta', 'Hasta', 'periodo del informe', state.periodo.hasta, months, (month) => setPeriod({ desde: state.periodo.desde, hasta: month })),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Comparar con'),
      monthSelect('comparar-desde', 'Desde', 'periodo de comparación', state.comparacion.desde, months, (month) => setComparison({ desde: month, hasta: state.comparacion.hasta })),
      monthSelect('comparar-hasta', 'Hasta', 'periodo de comparación', state.comparacion.hasta, months, (month) => setComparison({ desde: state.comparacion.desde, hasta: month })),
      following ? null : h('button', { type: 'button', class: 'secundario', onclick: () => context.navigate({ comparacion: yearBefore(state.periodo) }) }, 'Mismos meses del año anterior'),
    ),
    unequalPeriodsWarning(state.periodo, state.comparacion),
    filters.sexo || filters.oficina || filters.puesto
      ? h(
          'fieldset',
          {},
          h('legend', {}, 'Filtros'),
          filters.sexo
            ? choice(
                'sexo',
                'Sexo',
                state.sexo,
                [
                  {
                    options: [
                      { value: '', label: 'Ambos' },
                      { value: 'F', label: 'Femenino' },
                      { value: 'M', label: 'Masculino' },
                    ],
                  },
                ],
                (value) => context.navigate({ sexo: value as '' | 'M' | 'F' }),
              )
            : null,
          filters.oficina
            ? choice(
                'oficina',
                'Oficina de pasaportes',
                state.oficina,
                [
                  { options: [{ value: '', label: 'Todas' }] },
                  { label: 'Sucursales', options: offices.filter((office) => office.grupo === 'sucursal').map((office) => ({ value: office.codigo, label: office.etiqueta })) },
                  { label: 'Consulados', options: offices.filter((office) => office.grupo === 'consulado').map((office) => ({ value: office.codigo, label: office.etiqueta })) },
                ],
                (value) => context.navigate({ oficina: value }),
              )
            : null,
          filters.puesto
            ? choice(
                'puesto',
                'Puesto fronterizo',
                state.puesto,
                [
                  { options: [{ value: '', label: 'Todos' }] },
                  ...[...new Set(posts.map((post) => post.grupo ?? ''))].map((via) => ({
                    label: viaLabel(via),
                    options: posts.filter((post) => (post.grupo ?? '') === via).map((post) => ({ value: post.codigo, label: post.etiqueta })),
                  })),
                ],
                (value) => context.navigate({ puesto: value }),
              )
            : null,
        )
      : null,
  );
}
