import { mkdir, readdir, rm } from 'node:fs/promises';
import { landingSources } from '../contract/landing-sources.js';
import { ensureRawSchema } from '../warehouse/raw-schema.js';
import { openWarehouse } from '../warehouse/warehouse-connection.js';
import type { DeliveryResult } from './delivery-loader.js';
import { createLandingExtractor, type SkippedFile, type SourceExtraction } from './landing-extractor.js';

export interface ExtractionSummary {
  readonly sources: SourceExtraction[];
  readonly rejected: DeliveryResult[];
  readonly skipped: SkippedFile[];
}

/** The extractor of every source in the landing contract, one per source folder. */
export const extractors = landingSources.map(createLandingExtractor);

/**
 * Extracts every source folder under `landingDir` into the warehouse file (which must not be open
 * elsewhere) and returns what each delivery did. A rejected file does not stop the others being
 * read, so one run reports every problem; the caller then refuses to publish.
 */
export async function extractLanding(landingDir: string, warehousePath: string, archiveDir: string, onDelivery?: (result: DeliveryResult) => void): Promise<ExtractionSummary> {
  const scratchDir = `${warehousePath}.extraccion`;
  await mkdir(scratchDir, { recursive: true });
  const warehouse = await openWarehouse(warehousePath);
  try {
    await ensureRawSchema(warehouse);
    const sources: SourceExtraction[] = [];
    for (const extractor of extractors) {
      sources.push(await extractor.extract(landingDir, { warehouse, scratchDir, archiveDir }, onDelivery));
    }
    return {
      sources,
      rejected: sources.flatMap((source) => source.deliveries.filter((delivery) => delivery.estado === 'rechazada')),
      skipped: [...(await strayEntries(landingDir)), ...sources.flatMap((source) => source.skipped)],
    };
  } finally {
    warehouse.close();
    await rm(scratchDir, { recursive: true, force: true });
  }
}

/**
 * Returns what sits in the landing root and matches no source of the contract (a misspelt folder,
 * a file dropped beside the folders): reported, never silently ignored. Hidden entries are not.
 */
export async function strayEntries(landingDir: string): Promise<SkippedFile[]> {
  let entries;
  try {
    entries = await readdir(landingDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const names = landingSources.map((source) => source.name);
  return entries
    .filter((entry) => !entry.name.startsWith('.') && !(entry.isDirectory() && names.includes(entry.name)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => {
      if (!entry.isDirectory())
        return { fuente: '', archivo: entry.name, motivo: 'archivo fuera de una carpeta de fuente; cada entrega va en la carpeta de su fuente (por ejemplo pasaportes/); se omite' };
      const near = names.find((name) => name.startsWith(entry.name.toLowerCase()) || entry.name.toLowerCase().startsWith(name.replace(/s$/, '')));
      return {
        fuente: entry.name,
        archivo: '',
        motivo: `la carpeta no corresponde a ninguna fuente del contrato${near ? ` (¿quiso decir ${near}/?)` : ''}; sus archivos no se leen. Fuentes: ${names.join(', ')}`,
      };
    });
}
