import type { EditionOutput } from './edition-output.js';
import { openDataOutput } from './open-data/open-data-output.js';

/** Every output `memoria run` publishes, in order. The Memoria PDF and the dashboards join this list. */
export const editionOutputs: EditionOutput[] = [openDataOutput];
