import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';

const memoria = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'memoria.mjs'), ...args], { encoding: 'utf8', cwd: projectRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the memoria command', () => {
  it('prints Spanish help listing every subcommand and exits 0', () => {
    const result = memoria('help');
    expect(result.code).toBe(0);
    for (const command of ['run', 'extract', 'build', 'demo']) expect(result.stdout).toContain(`  ${command} `);
    expect(memoria('run', '--ayuda').stdout).toContain('Uso: memoria run');
  });

  it('exits 2 with a Spanish message for an unknown command or option', () => {
    expect(memoria('publicar')).toMatchObject({ code: 2, stderr: expect.stringContaining('comando desconocido «publicar»') });
    expect(memoria('run', '--formato', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('opción desconocida') });
    expect(memoria('demo', '--desde', '2024-01')).toMatchObject({ code: 2, stderr: expect.stringContaining('no admite --desde') });
  });

  it('exits 2 for a malformed or inverted period before touching anything', () => {
    expect(memoria('run', '--desde', '2023-13')).toMatchObject({ code: 2, stderr: expect.stringContaining('AAAA-MM') });
    expect(memoria('build', '--desde', '2024-03', '--hasta', '2024-01')).toMatchObject({ code: 2, stderr: expect.stringContaining('invertido') });
    expect(memoria('run', '--umbral', 'cinco')).toMatchObject({ code: 2, stderr: expect.stringContaining('--umbral debe ser un entero') });
    expect(memoria('run', '--umbral', '1')).toMatchObject({ code: 2, stderr: expect.stringContaining('mayor o igual que 2') });
    expect(memoria('run', '--umbral', '2.5')).toMatchObject({ code: 2, stderr: expect.stringContaining('--umbral debe ser un entero') });
  });

  it('exits 2 when the landing folder does not exist', () => {
    expect(memoria('run', '--landing', '/no/existe')).toMatchObject({ code: 2, stderr: expect.stringContaining('no existe') });
  });
});
