import { h } from './dom.js';

/** A table of figures already formatted for print; `numerica` columns align right. */
export interface TableSpec {
  readonly columnas: readonly { readonly titulo: string; readonly numerica?: boolean }[];
  readonly filas: readonly (readonly string[])[];
  /** A total row, printed in bold. */
  readonly total?: readonly string[];
}

/** Returns an accessible HTML table: caption, column headers, the first cell of each row as its header. */
export function dataTable(caption: string, spec: TableSpec): HTMLTableElement {
  const cell = (text: string, index: number, tag: 'td' | 'th') => (index === 0 ? h('th', { scope: 'row' }, text) : h(tag, { class: spec.columnas[index]?.numerica ? 'num' : undefined }, text));
  return h(
    'table',
    { class: 'tabla' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        spec.columnas.map((column) => h('th', { scope: 'col', class: column.numerica ? 'num' : undefined }, column.titulo)),
      ),
    ),
    h(
      'tbody',
      {},
      spec.filas.map((row) =>
        h(
          'tr',
          {},
          row.map((text, index) => cell(text, index, 'td')),
        ),
      ),
    ),
    spec.total
      ? h(
          'tfoot',
          {},
          h(
            'tr',
            {},
            spec.total.map((text, index) => cell(text, index, 'td')),
          ),
        )
      : null,
  );
}
