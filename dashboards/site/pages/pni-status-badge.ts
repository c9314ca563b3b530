import { screenColor } from '../../../presentation/charts/screen-spec.js';
import { NOT_STARTED, PNI_STATUSES, type PniStatusStyle } from '../../../presentation/pni/pni-statuses.js';
import { h } from '../components/dom.js';

/** Returns a PNI status as a coloured label (`Cumplida`, `En riesgo`, `No iniciado`), in the screen's colours. */
export function statusBadge(estado: string): HTMLElement {
  const style: PniStatusStyle<string> = PNI_STATUSES.find((status) => status.estado === estado) ?? NOT_STARTED;
  return h('span', { class: 'estado-meta', style: `background:${screenColor(style.color)};color:${style.texto}` }, style.etiqueta);
}
