import { listDeliveries } from '../extract/landing-extractor.js';
import type { Connector } from './connector.js';

/**
 * The connector of a source whose deliveries are dropped into its landing folder by other means
 * (a shared folder, SFTP, a person): it fetches nothing; the run's extraction loads whatever new
 * files the folder holds. Uploads should be written under another extension (`.csv.parte`) and
 * renamed when complete, since the extraction reads only `.csv` and `.xlsx` files.
 */
export function createFolderConnector(): Connector {
  return {
    tipo: 'carpeta',
    async pull(context) {
      const { deliveries } = await listDeliveries(context.folder);
      context.log(`${deliveries.length} archivos de entrega en ${context.folder}`);
      return { filas: 0 };
    },
  };
}
