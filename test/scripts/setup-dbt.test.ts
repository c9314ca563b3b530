import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipelines/paths.js';

const setup = (env: Record<string, string>) => spawnSync(process.execPath, [join(projectRoot, 'scripts', 'setup-dbt.mjs')], { encoding: 'utf8', env });

describe('npm install (scripts/setup-dbt.mjs)', () => {
  it('does nothing on a second run when the pinned toolchain is installed', () => {
    const result = setup({ PATH: process.env.PATH ?? '' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ya instalado y al día');
  });

  it('says how to install python3 when it is missing, and fails', async () => {
    const venv = join(await mkdtemp(join(tmpdir(), 'memoria-venv-')), '.venv');
    const result = setup({ PATH: '/nonexistent', MEMORIA_VENV: venv });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no se encontró python3');
    expect(result.stderr).toContain('apt-get install python3');
  });
});
