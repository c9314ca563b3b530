/**
 * `memoria metas plantillas`: exit codes and Spanish messages, called directly and through the
 * `memoria` command (wiring in main.ts, help, default output folder).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { metasCommand } from '../../../orchestration/cli/metas-command.js';
import { countSources } from '../../../pipelines/contract/landing-sources.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { templateFileName } from '../../../reports/metas/metas-templates.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-metas-command');
const expectedFiles = (anio: number) => [...new Set(countSources.map((source) => source.origin.unidad))].map((unit) => templateFileName(unit, anio)).sort();

/** Runs the command with console output captured; returns the exit code and what was printed. */
async function command(positionals: string[], options: { anio?: string; out?: string }) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await metasCommand(positionals, options);
    return { code, stdout: log.mock.calls.flat().join('\n'), stderr: error.mock.calls.flat().join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const memoria = (cwd: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'memoria.mjs'), ...args], { encoding: 'utf8', cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
});

describe('memoria metas plantillas', () => {
  it('exits 2 with a Spanish message for a missing or malformed action or year', async () => {
    expect(await command([], { anio: '2025' })).toMatchObject({ code: 2, stderr: expect.stringContaining('falta la acción') });
    expect(await command(['borrar'], { anio: '2025' })).toMatchObject({ code: 2, stderr: expect.stringContaining('acción desconocida «borrar»') });
    expect(await command(['plantillas'], {})).toMatchObject({ code: 2, stderr: expect.stringContaining('falta --anio') });
    expect(await command(['plantillas'], { anio: '25' })).toMatchObject({ code: 2, stderr: expect.stringContaining('cuatro cifras') });
    expect(await command(['plantillas', 'extra'], { anio: '2025' })).toMatchObject({ code: 2, stderr: expect.stringContaining('argumento inesperado «extra»') });
    expect((await command([], {})).stderr).toContain('memoria help metas');
  });

  it('exits 1 with a Spanish message when the output folder cannot be written', async () => {
    const file = join(root, 'no-es-carpeta');
    await writeFile(file, 'x');
    expect(await command(['plantillas'], { anio: '2025', out: file })).toMatchObject({ code: 1, stderr: expect.stringContaining('no se pudieron escribir') });
  });

  it('writes one workbook per unit and exits 0, as «plantillas» or «templates»', async () => {
    const out = join(root, 'plantillas');
    const result = await command(['metas', 'plantillas'], { anio: '2025', out });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Plantillas de metas del POA 2025');
    expect(result.stdout).toContain('metas-2025_direccion-de-emision-de-pasaporte.xlsx (pasaportes)');
    expect((await readdir(out)).sort()).toEqual(expectedFiles(2025));
    const english = join(root, 'templates');
    expect((await command(['templates'], { anio: '2026', out: english })).code).toBe(0);
    expect((await readdir(english)).sort()).toEqual(expectedFiles(2026));
  });

  it('is wired into the memoria command: help, options, and the default folder plantillas-metas-AAAA', async () => {
    const help = memoria(root, 'help');
    expect(help.stdout).toContain('  metas ');
    expect(memoria(root, 'help', 'metas')).toMatchObject({ code: 0, stdout: expect.stringContaining('Uso: memoria metas plantillas --anio AAAA') });
    expect(memoria(root, 'metas', 'plantillas', '--anio', '2025', '--desde', '2025-01')).toMatchObject({ code: 2, stderr: expect.stringContaining('no admite --desde') });
    expect(memoria(root, 'metas', 'plantillas')).toMatchObject({ code: 2, stderr: expect.stringContaining('falta --anio') });
    const cwd = join(root, 'cwd');
    await mkdir(cwd, { recursive: true });
    expect(memoria(cwd, 'metas', 'plantillas', '--anio', '2027')).toMatchObject({ code: 0, stdout: expect.stringContaining(`${expectedFiles(2027).length} unidades`) });
    expect((await readdir(join(cwd, 'plantillas-metas-2027'))).sort()).toEqual(expectedFiles(2027));
  });
});
