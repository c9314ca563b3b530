import { listDeliveries } from '../extract/landing-extractor.js';
import type { Connector } from './connector.js';
import type { FolderConnectorConfig } from './connector-config.js';
import { createMappedFolderConnector } from './mapped-folder-connector.js';

/**
 * The connector of a source whose deliveries are dropped into its landing folder by other means
 * (a shared folder, SFTP, a person): it fetches nothing; the run's extraction loads whatever new
 * files the folder holds. Uploads should be written under another extension (`.csv.parte`) and
 * renamed when complete, since the extraction reads only `.csv` and `.xlsx` files. With a `mapeo`,
 * the files are the system's exports and are translated first (see createMappedFolderConnector).
 */
export function createFolderConnector(config: FolderConnectorConfig = { tipo: 'carpeta' }): Connector {
  if (config.mapeo) return createMappedFolderConnector(config.mapeo);
  return {
    tipo: 'carpeta',
    async pull(context) {
      const { deliveries } = await listDeliveries(context.folder);
      context.log(`${deliveries.length} archivos de entrega en ${context.folder}`);
      return { filas: 0 };
    },
  };
}
