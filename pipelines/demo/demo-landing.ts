/**
 * The bundled demo landing: synthetic deliveries for all 13 sources of the landing contract,
 * 2022-01..2024-05, calibrated so that the 2023-2024 edition (2023-06..2024-03 against
 * 2022-06..2023-03) prints the Memoria de Labores' figures, and seeded with the contract's awkward
 * cases (corrections, re-deliveries, encodings, bad rows) where real exports would have them.
 * Deterministic: the same call writes byte-identical files.
 */
import { mkdirSync } from 'node:fs';
import { landingSources } from '../contract/landing-sources.js';
import type { DemoNote, DemoSourceSummary, DemoSummary, SourceResult } from './demo-summary.js';
import { writeCertificacionesDemo } from './sources/certificaciones-demo.js';
import { writeComprasDemo } from './sources/compras-demo.js';
import { writeDerivacionesDemo } from './sources/derivaciones-demo.js';
import { writeFlujoDemo } from './sources/flujo-demo.js';
import { writeNacionalidadDemo } from './sources/nacionalidad-demo.js';
import { writePasaportesDemo } from './sources/pasaportes-demo.js';
import { writePniDemo } from './sources/pni-demo.js';
import { writePrechequeoDemo } from './sources/prechequeo-demo.js';
import { writePresupuestoDemo } from './sources/presupuesto-demo.js';
import { writeResguardosDemo } from './sources/resguardos-demo.js';
import { writeResidenciasDemo } from './sources/residencias-demo.js';
import { writeRetornadosDemo } from './sources/retornados-demo.js';
import { writeVisasDemo } from './sources/visas-demo.js';

export type { DemoFeature, DemoFile, DemoNote, DemoSourceSummary, DemoSummary } from './demo-summary.js';

type SourceWriter = (dir: string) => SourceResult | Promise<SourceResult>;

const WRITERS: Readonly<Record<string, SourceWriter>> = {
  pasaportes: writePasaportesDemo,
  residencias: writeResidenciasDemo,
  visas: writeVisasDemo,
  nacionalidad: writeNacionalidadDemo,
  certificaciones: writeCertificacionesDemo,
  flujo: writeFlujoDemo,
  prechequeo: writePrechequeoDemo,
  retornados: writeRetornadosDemo,
  resguardos: writeResguardosDemo,
  derivaciones: writeDerivacionesDemo,
  presupuesto: writePresupuestoDemo,
  compras: writeComprasDemo,
  pni: writePniDemo,
};

/** Returns what was written after writing `<dir>/<source>/<deliveries>` for every contract source. */
export async function writeDemoLanding(dir: string): Promise<DemoSummary> {
  mkdirSync(dir, { recursive: true });
  const sources: Record<string, DemoSourceSummary> = {};
  const notes: DemoNote[] = [];
  for (const { name } of landingSources) {
    const writer = WRITERS[name];
    if (!writer) throw new Error(`demo: no generator for the contract source '${name}'`);
    const result = await writer(dir);
    sources[name] = result.summary;
    notes.push(...result.notes);
  }
  return { sources, notes };
}
