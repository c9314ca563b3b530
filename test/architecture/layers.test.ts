import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipelines/paths.js';

/** What each layer may import, besides itself: the flow goes one way, the orchestration above all. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  pipelines: [],
  privacy: ['pipelines'],
  presentation: ['pipelines', 'privacy'],
  reports: ['pipelines', 'privacy', 'presentation'],
  dashboards: ['pipelines', 'privacy', 'presentation'],
  orchestration: ['pipelines', 'privacy', 'presentation', 'reports', 'dashboards'],
};

interface Import {
  readonly file: string;
  readonly target: string;
}

/** Returns the relative imports of every TypeScript file under the layers, as repository paths. */
function layerImports(): Import[] {
  const imports: Import[] = [];
  for (const layer of Object.keys(ALLOWED)) {
    for (const entry of readdirSync(join(projectRoot, layer), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const path = join(entry.parentPath, entry.name);
      const file = relative(projectRoot, path);
      for (const match of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        imports.push({ file, target: relative(projectRoot, normalize(join(dirname(path), match[1]))) });
      }
    }
  }
  return imports;
}

/** Returns the imports that go against the flow. */
function violations(imports: readonly Import[]): string[] {
  return imports.flatMap(({ file, target }) => {
    const from = file.split('/')[0];
    const to = target.split('/')[0];
    return from === to || !(to in ALLOWED) || ALLOWED[from]?.includes(to) ? [] : [`${file} → ${target}`];
  });
}

describe('the layers depend one way', () => {
  it('finds no import from a layer to one above it', () => {
    expect(violations(layerImports())).toEqual([]);
  });

  it('would report a report importing the orchestration, or the pipelines importing a report', () => {
    expect(
      violations([
        { file: 'reports/memoria/x.ts', target: 'orchestration/run/run-edition.js' },
        { file: 'pipelines/extract/y.ts', target: 'reports/pdf/z.js' },
        { file: 'dashboards/build/a.ts', target: 'reports/memoria/b.js' },
        { file: 'reports/memoria/c.ts', target: 'presentation/format/d.js' },
      ]),
    ).toEqual(['reports/memoria/x.ts → orchestration/run/run-edition.js', 'pipelines/extract/y.ts → reports/pdf/z.js', 'dashboards/build/a.ts → reports/memoria/b.js']);
  });
});
