import { symbolLegendText } from '../../presentation/format/symbols.js';
import { SITE_DATA_GLOBAL, type SiteData } from '../data/site-data.js';
import { drawCharts, resetCharts, setFigureLicence } from './components/chart-figure.js';
import { h } from './components/dom.js';
import { markScrollableRegions } from './components/scroll-regions.js';
import { viewControls } from './components/view-controls.js';
import { CountCube } from './data/count-cube.js';
import { dayText } from '../../presentation/format/period-labels.js';
import { spanText } from './data/period-months.js';
import { PageContext } from './page-context.js';
import { PAGE_RENDERERS } from './pages/page-registry.js';
import { stateOptions } from './state/state-options.js';
import { PAGES, parseHash, toHash, yearBefore, type StateBounds, type ViewState } from './state/view-state.js';

/** The site's entry point: reads the embedded data, then renders the view the URL describes on every hash change. */
const data = (window as unknown as Record<string, SiteData | undefined>)[SITE_DATA_GLOBAL];
const main = document.getElementById('contenido')!;
const nav = document.getElementById('paginas')!;
const controls = document.getElementById('controles')!;

if (!data) {
  main.replaceChildren(h('p', { class: 'error' }, 'No se pudieron cargar los datos del tablero (falta datos.js junto a index.html).'));
} else {
  const cubes = Object.fromEntries(Object.entries(data.cubos).map(([name, encoded]) => [name, new CountCube(encoded)]));
  const bounds: StateBounds = {
    meses: data.meses,
    periodo: { desde: data.edicion.desde, hasta: data.edicion.hasta },
    comparacion: { desde: data.edicion.desdeAnterior, hasta: data.edicion.hastaAnterior },
    opciones: stateOptions(data, cubes),
  };
  document.getElementById('signos')!.textContent = symbolLegendText();
  setFigureLicence(data.datos.licencia);
  document.getElementById('edicion')!.textContent = `Edición ${spanText(bounds.periodo)} · publicada el ${dayText(data.edicion.publicada)} · cifras con corte al ${dayText(data.edicion.corte)}`;
  let current: ViewState | undefined;
  let firstRender = true;

  const navigate = (patch: Partial<ViewState>) => {
    const state = current!;
    let next: ViewState = { ...state, ...patch };
    // A comparison that followed the period (same months a year earlier) keeps following it.
    if (patch.periodo && !patch.comparacion && spanText(state.comparacion) === spanText(yearBefore(state.periodo))) next = { ...next, comparacion: yearBefore(next.periodo) };
    location.hash = toHash(next, bounds);
  };

  const render = () => {
    const state = parseHash(location.hash, bounds);
    // A link with values the edition does not have (`oficina=xyz`) is rewritten to the view shown, without a new history entry.
    const shown = toHash(state, bounds);
    if (location.hash && location.hash !== shown) history.replaceState(null, '', shown);
    // A printed page says where to find the same view again.
    document.getElementById('enlace-permanente')!.textContent = `Enlace permanente de esta vista: ${location.href.replace(/#.*$/, '')}${shown} · ${document.getElementById('edicion')!.textContent}`;
    const pageChanged = current?.pagina !== state.pagina;
    const focused = document.activeElement?.id;
    current = state;
    const context = new PageContext(data, state, bounds, cubes, navigate);
    const page = PAGES.find((candidate) => candidate.id === state.pagina)!;
    document.title = `${page.titulo} · Tableros de la DGME`;
    nav.replaceChildren(
      h(
        'ul',
        {},
        PAGES.filter((item) => !item.dentroDe).map((item) =>
          h('li', {}, h('a', { href: toHash({ ...state, pagina: item.id }, bounds), 'aria-current': item.id === state.pagina || item.id === page.dentroDe ? 'page' : undefined }, item.titulo)),
        ),
      ),
    );
    resetCharts();
    const rendered = PAGE_RENDERERS[state.pagina](context);
    controls.replaceChildren(...[viewControls(context, rendered.filtros)].filter((node): node is HTMLElement => node !== null));
    main.replaceChildren(h('h2', { class: 'titulo-pagina', tabindex: '-1' }, page.titulo), ...rendered.contenido.filter((node): node is HTMLElement => node !== null));
    drawCharts();
    markScrollableRegions(main);
    // Keyboard users keep their place: the control they changed keeps the focus; a new page focuses its title.
    const control = focused ? document.getElementById(focused) : null;
    if (control) control.focus({ preventScroll: true });
    else if (pageChanged && !firstRender) (main.querySelector('h2') as HTMLElement | null)?.focus({ preventScroll: true });
    if (pageChanged && !firstRender) window.scrollTo(0, 0);
    firstRender = false;
  };

  let resizeTimer: number | undefined;
  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      drawCharts();
      markScrollableRegions(main);
    }, 150);
  });
  window.addEventListener('hashchange', render);
  document.getElementById('saltar')!.addEventListener('click', (event) => {
    event.preventDefault();
    (main.querySelector('h2') as HTMLElement | null)?.focus();
  });
  render();
}
