import { h } from './dom.js';

/** Returns the remark a figure carries when some of its figures are suppressed, or undefined. */
export function suppressedRemark(any: boolean): string | undefined {
  return any ? '«suprimido»: la cifra incluye celdas de menos de 5 personas que los datos abiertos no publican para proteger a las personas.' : undefined;
}

/** Returns the box that explains small-cell protection on pages about protected populations. */
export function suppressionNote(threshold: number): HTMLElement {
  return h('aside', { class: 'aviso', 'aria-label': 'Sobre las cifras suprimidas' },
    h('h2', {}, 'Cifras protegidas'),
    h('p', {},
      `Para proteger a niñas, niños y adolescentes, a las personas extranjeras resguardadas y a las personas derivadas a otras instituciones, ` +
      `los datos abiertos no publican las cifras de 1 a ${threshold - 1} personas, ni las que permitirían deducirlas de los totales. ` +
      'Este tablero solo suma cifras publicadas: un total que incluye una cifra suprimida se muestra como «suprimido», nunca como 0. ' +
      'Los totales del periodo de la edición vienen de los cuadros publicados de la Memoria.'),
  );
}
