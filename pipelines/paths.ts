import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where dbt_project.yml and package.json live). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Defaults chosen by the project for `memoria run` and friends, relative to the current directory. */
export const defaults = {
  demoLanding: join('demo', 'landing'),
  out: 'edicion',
  warehouse: join('almacen', 'memoria.duckdb'),
  desde: '2023-06',
  hasta: '2024-03',
} as const;
