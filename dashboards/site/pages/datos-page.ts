import type { OpenResource } from '../../data/site-data.js';
import { dataTable } from '../components/data-table.js';
import { h } from '../components/dom.js';
import type { PageRenderer } from '../components/page-section.js';
import { formatCount } from '../data/figures.js';
import { spanText } from '../data/period-months.js';
import { RELEASE_DIR } from '../components/release-dir.js';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`);

/** Returns text whose `backticked` parts (code names in the dbt descriptions) become code elements. */
function withCode(text: string): (string | HTMLElement)[] {
  return text.split('`').map((part, index) => (index % 2 === 1 ? h('code', {}, part) : part));
}

function resourceCard(resource: OpenResource): HTMLElement {
  return h(
    'article',
    { class: 'recurso', id: `recurso-${resource.name}` },
    h('h4', {}, resource.title),
    h('p', { class: 'nombre-recurso' }, h('code', {}, resource.name), resource.protegido ? h('span', { class: 'etiqueta-proteccion' }, 'con protección de celdas pequeñas') : null),
    h('p', {}, withCode(resource.description)),
    h(
      'ul',
      { class: 'descargas' },
      h('li', {}, h('a', { href: `${RELEASE_DIR}${resource.path}`, download: '' }, 'Descargar CSV', h('span', { class: 'solo-lectores' }, ` de ${resource.name}`), ` (${size(resource.bytes)})`)),
      resource.parquet
        ? h(
            'li',
            {},
            h(
              'a',
              { href: `${RELEASE_DIR}${resource.parquet.path}`, download: '' },
              'Descargar Parquet',
              h('span', { class: 'solo-lectores' }, ` de ${resource.name}`),
              ` (${size(resource.parquet.bytes)})`,
            ),
          )
        : null,
    ),
    h(
      'details',
      {},
      h('summary', {}, `Campos (${resource.fields.length})`),
      dataTable(`Campos de ${resource.name}`, {
        columnas: [{ titulo: 'Campo' }, { titulo: 'Tipo' }, { titulo: 'Descripción' }],
        filas: resource.fields.map((field) => [field.name, field.type, field.description.replace(/`/g, '')]),
      }),
    ),
  );
}

/** Datos abiertos: every dataset of the release with its description, fields and download links. */
export const datosPage: PageRenderer = (context) => {
  const { datos, edicion } = context.data;
  return {
    filtros: {},
    contenido: [
      h(
        'section',
        { class: 'seccion', 'aria-labelledby': 'paquete' },
        h('h3', { id: 'paquete' }, datos.titulo),
        h(
          'p',
          {},
          `Versión ${datos.version} · licencia ${datos.licencia} · periodo ${spanText({ desde: edicion.desde, hasta: edicion.hasta })}, comparado con ${spanText({ desde: edicion.desdeAnterior, hasta: edicion.hastaAnterior })}.`,
        ),
        h(
          'p',
          {},
          'Cada conjunto se publica en CSV (UTF-8, separado por comas, punto decimal) y en Parquet. Las series mensuales cubren toda la historia del almacén. ',
          `Las cifras de 1 a ${edicion.umbral - 1} personas de poblaciones protegidas están suprimidas (columna «suprimido»).`,
        ),
        h(
          'ul',
          { class: 'descargas' },
          datos.documentos.map((document) => h('li', {}, h('a', { href: `${RELEASE_DIR}${document.path}` }, document.title))),
        ),
        datos.carpeta
          ? h(
              'p',
              {},
              'Esta versión se conserva sin cambios en ',
              h('a', { href: `${RELEASE_DIR}${datos.carpeta}LEEME.md` }, h('code', {}, `datos/${datos.carpeta}`)),
              ' aunque una versión posterior corrija sus cifras; las anteriores están en la misma carpeta «ediciones».',
            )
          : null,
        datos.cita ? h('h4', {}, 'Cómo citar') : null,
        datos.cita ? h('blockquote', { class: 'cita' }, datos.cita) : null,
        datos.contacto ? h('h4', {}, 'Contacto') : null,
        datos.contacto
          ? h(
              'p',
              {},
              `Preguntas, errores o pedidos de otros desgloses: ${datos.contacto}${datos.informacionPublica ? ` Las solicitudes de información pública se presentan ante la ${datos.informacionPublica}.` : ''}`,
            )
          : null,
      ),
      h(
        'section',
        { class: 'seccion', 'aria-labelledby': 'conjuntos' },
        h('h3', { id: 'conjuntos' }, `Conjuntos de datos (${datos.recursos.length})`),
        h('div', { class: 'recursos' }, datos.recursos.map(resourceCard)),
      ),
    ],
  };
};
