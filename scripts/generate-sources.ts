/**
 * `npm run fuentes`: writes the files derived from the source declarations
 * (pipelines/contract/sources/): macros/fuentes.sql, the generated sources' dbt models and docs,
 * and the example schedule. Run it after adding or changing a declaration.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from '../pipelines/contract/generated-files.js';
import { projectRoot } from '../pipelines/paths.js';

const files = generatedFiles((path) => readFileSync(join(projectRoot, path), 'utf8'));
let changed = 0;
for (const [path, content] of files) {
  const target = join(projectRoot, path);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  changed += 1;
  console.log(`escrito ${path}`);
}
console.log(`${files.size} archivos generados desde las declaraciones de fuentes; ${changed} cambiaron.`);
