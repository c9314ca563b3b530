/**
 * The bundled demo landing: synthetic deliveries for every source of the landing contract,
 * 2022-01..2024-05, calibrated so that the 2023-2024 edition (2023-06..2024-03 against
 * 2022-06..2023-03) prints the Memoria de Labores' figures, and seeded with the contract's awkward
 * cases (corrections, re-deliveries, encodings, bad rows) where real exports would have them.
 * Deterministic: the same call writes byte-identical files.
 */
import { mkdirSync } from 'node:fs';
import { landingSources } from '../contract/landing-sources.js';
import type { DemoNote, DemoSourceSummary, DemoSummary, SourceResult } from './demo-summary.js';
export type { DemoFeature, DemoFile, DemoNote, DemoSourceSummary, DemoSummary } from './demo-summary.js';

type SourceWriter = (dir: string) => SourceResult | Promise<SourceResult>;

/**
 * The demo generator of a source: `sources/<source>-demo.ts`, exporting `write<Source>Demo`. Found
 * by name, so a new source's generator needs no registration.
 */
export async function demoWriter(source: string): Promise<SourceWriter> {
  const exportName = `write${source.charAt(0).toUpperCase()}${source.slice(1)}Demo`;
  let module: Record<string, unknown>;
  try {
    module = (await import(`./sources/${source}-demo.ts`)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`demo: no generator for the contract source '${source}' (pipelines/demo/sources/${source}-demo.ts): ${(error as Error).message}`);
  }
  const writer = module[exportName];
  if (typeof writer !== 'function') throw new Error(`demo: pipelines/demo/sources/${source}-demo.ts does not export ${exportName}`);
  return writer as SourceWriter;
}

/** Returns what was written after writing `<dir>/<source>/<deliveries>` for every contract source. */
export async function writeDemoLanding(dir: string): Promise<DemoSummary> {
  mkdirSync(dir, { recursive: true });
  const sources: Record<string, DemoSourceSummary> = {};
  const notes: DemoNote[] = [];
  for (const { name } of landingSources) {
    const result = await (await demoWriter(name))(dir);
    sources[name] = result.summary;
    notes.push(...result.notes);
  }
  return { sources, notes };
}
