import type { EditionOutput } from '../../presentation/edition/edition-output.js';
import { openDataOutput } from '../../reports/open-data/open-data-output.js';
import { memoriaPdfOutput } from '../../reports/memoria/memoria-output.js';
import { boletinOutput } from '../../reports/boletin/boletin-output.js';
import { informeTrimestralOutput } from '../../reports/trimestral/trimestral-output.js';
import { pniPdfOutput } from '../../reports/pni/pni-output.js';
import { tableroOutput } from '../../dashboards/tablero-output.js';

/** Every output `memoria run` publishes, in order: the open data first, since later outputs read what it published. */
export const editionOutputs: EditionOutput[] = [openDataOutput, memoriaPdfOutput, boletinOutput, informeTrimestralOutput, pniPdfOutput, tableroOutput];
