import type { EditionOutput } from './edition-output.js';
import { openDataOutput } from './open-data/open-data-output.js';
import { memoriaPdfOutput } from './memoria/memoria-output.js';
import { boletinOutput } from './boletin/boletin-output.js';
import { pniPdfOutput } from './pni/pni-output.js';
import { tableroOutput } from '../dashboards/tablero-output.js';

/** Every output `memoria run` publishes, in order: the open data first, since later outputs read what it published. */
export const editionOutputs: EditionOutput[] = [openDataOutput, memoriaPdfOutput, boletinOutput, pniPdfOutput, tableroOutput];
