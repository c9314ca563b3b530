import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { LandingSource } from '../contract/landing-sources.js';
import { loadDelivery, prepareDelivery, type DeliveryResult, type LoadContext } from './delivery-loader.js';
import { readSeenFiles } from './seen-files.js';

export interface SkippedFile {
  readonly fuente: string;
  readonly archivo: string;
  readonly motivo: string;
}

export interface SourceExtraction {
  readonly fuente: string;
  readonly deliveries: DeliveryResult[];
  readonly skipped: SkippedFile[];
}

/** Returns a source folder's delivery files in the order the contract applies them: byte order of the name. */
export async function listDeliveries(folder: string): Promise<{ deliveries: string[]; others: string[] }> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { deliveries: [], others: [] };
    throw error;
  }
  const files: string[] = [];
  for (const name of names) if ((await stat(join(folder, name))).isFile()) files.push(name);
  files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const isDelivery = (name: string) => ['.csv', '.xlsx'].includes(extname(name).toLowerCase());
  return { deliveries: files.filter(isDelivery), others: files.filter((name) => !isDelivery(name) && !name.startsWith('.')) };
}

/**
 * The file extractor of one landing source: reads `<landing>/<source>/`, loads every delivery not
 * loaded before, and reports files that are not deliveries. Database and HTTP connectors produce
 * files under the same contract and hand them to the same loader.
 */
export function createLandingExtractor(source: LandingSource) {
  return {
    source,
    async extract(landingDir: string, context: LoadContext, onDelivery?: (result: DeliveryResult) => void): Promise<SourceExtraction> {
      const folder = join(landingDir, source.name);
      const { deliveries, others } = await listDeliveries(folder);
      const results: DeliveryResult[] = [];
      const seen = await readSeenFiles(context.warehouse, source);
      const prepare = (index: number) => prepareDelivery(join(folder, deliveries[index]), context.scratchDir, seen);
      // The next file is read (hashed, scanned) while DuckDB loads the current one.
      let next = deliveries.length ? prepare(0) : undefined;
      for (let index = 0; index < deliveries.length; index++) {
        const prepared = await (next as ReturnType<typeof prepare>);
        next = index + 1 < deliveries.length ? prepare(index + 1) : undefined;
        // A failed read of the next file surfaces when it is awaited, not as an unhandled rejection now.
        next?.catch(() => {});
        const result = await loadDelivery(source, prepared, context);
        results.push(result);
        onDelivery?.(result);
      }
      const skipped = others.map((archivo) => ({ fuente: source.name, archivo, motivo: 'no es .csv ni .xlsx; se omite' }));
      return { fuente: source.name, deliveries: results, skipped };
    },
  };
}
