import type { PageRenderer } from '../components/page-section.js';
import type { PageId } from '../state/view-state.js';
import { datosPage } from './datos-page.js';
import { finanzasPage } from './finanzas-page.js';
import { indicadorPage } from './indicador-page.js';
import { flujoPage } from './flujo-page.js';
import { metasPage } from './metas-page.js';
import { pniPage } from './pni-page.js';
import { resumenPage } from './resumen-page.js';
import { retornadosPage } from './retornados-page.js';
import { serviciosPage } from './servicios-page.js';

/** Every page's renderer, by page id. */
export const PAGE_RENDERERS: Readonly<Record<PageId, PageRenderer>> = {
  resumen: resumenPage,
  servicios: serviciosPage,
  flujo: flujoPage,
  retornados: retornadosPage,
  finanzas: finanzasPage,
  pni: pniPage,
  indicador: indicadorPage,
  metas: metasPage,
  datos: datosPage,
};
