import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { memoriaVersion } from '../../pipelines/version.js';

/** What the data was when the document was made: the deliveries behind it (`raw.entregas`). */
export interface DataVersion {
  readonly entregas: number;
  readonly ultimoArchivo: string | null;
  /** ISO time of the latest load, or null when nothing was ever loaded. */
  readonly ultimaCarga: string | null;
  readonly codigo: string;
}

/** Returns the versions a document states in its colophon: the deliveries behind the data and the code. */
export async function readDataVersion(warehouse: Warehouse): Promise<DataVersion> {
  const [row] = await warehouse.rows<{ entregas: number; ultimo_archivo: string | null; ultima_carga: string | null }>(`
    select count(*) as entregas,
      max(archivo) as ultimo_archivo,
      strftime(max(cargada_en), '%Y-%m-%dT%H:%M:%SZ') as ultima_carga
    from raw.entregas`);
  return { entregas: row.entregas, ultimoArchivo: row.ultimo_archivo, ultimaCarga: row.ultima_carga, codigo: await memoriaVersion() };
}
