import type { Connector } from './connector.js';
import type { ConnectorConfig } from './connector-config.js';
import { createFolderConnector } from './folder-connector.js';
import { createHttpConnector } from './http-connector.js';
import { createPostgresConnector } from './postgres-connector.js';

/** Returns the connector a source's schedule entry describes. */
export function createConnector(config: ConnectorConfig): Connector {
  switch (config.tipo) {
    case 'carpeta':
      return createFolderConnector(config);
    case 'postgres':
      return createPostgresConnector(config);
    case 'http':
      return createHttpConnector(config);
  }
}
