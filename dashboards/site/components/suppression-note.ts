import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { h } from './dom.js';

/** Returns the remark a figure carries when some of its figures are suppressed, or undefined. */
export function suppressedRemark(any: boolean): string | undefined {
  return any
    ? `«${SYMBOLS.suppressed}»: cifra confidencial; incluye celdas que los datos abiertos no publican para proteger a las personas (de 1 a 4 personas, o las que permitirían deducirlas).`
    : undefined;
}

/** Returns the box that explains small-cell protection on pages about protected populations. */
export function suppressionNote(threshold: number): HTMLElement {
  return h(
    'aside',
    { class: 'aviso', 'aria-label': 'Sobre las cifras suprimidas' },
    h('h2', {}, 'Cifras protegidas'),
    h(
      'p',
      {},
      `Para proteger a las personas retornadas (sobre todo a niñas, niños y adolescentes), a las personas extranjeras resguardadas ` +
        `y a las personas derivadas a otras instituciones, los datos abiertos no publican las cifras de 1 a ${threshold - 1} personas, ni las ` +
        'que permitirían deducirlas combinando todo lo publicado. Este tablero solo suma cifras publicadas: un total que incluye una ' +
        `cifra suprimida se muestra como «${SYMBOLS.suppressed}» (cifra confidencial), nunca como 0. ` +
        'Donde la tabla mensual fina tiene cifras suprimidas, los gráficos ' +
        'usan las tablas más gruesas que se publican completas: totales mensuales, trimestres y años.',
    ),
  );
}
