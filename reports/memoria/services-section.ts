import type { Content } from 'pdfmake/interfaces.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { spanText } from '../../presentation/format/period-labels.js';
import { serviceSubsection } from './service-subsection.js';
import type { SectionContext } from './section-context.js';

/** Returns Servicios prestados a la población: an introduction, then one sub-section per service. */
export function servicesSection(context: SectionContext): Content[] {
  const { period } = context.data;
  return [
    ...sectionHeading('Servicios prestados a la población', 'servicios'),
    {
      text:
        `Cada servicio se presenta con sus cifras del periodo de ${spanText(period.desde, period.hasta)} comparadas con los mismos meses ` +
        `del año anterior (${spanText(period.desdeAnterior, period.hastaAnterior)}). En las tablas, M y F son masculino y femenino; ` +
        'Variación es la diferencia entre ambos periodos y % esa diferencia sobre el periodo anterior.',
      style: 'lead',
    },
    ...context.data.services.flatMap((service, index) => serviceSubsection(service, index, context)),
  ];
}
