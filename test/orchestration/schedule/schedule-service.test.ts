import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-servicio');

describe('memoria schedule as a service', () => {
  it('logs its plan in Spanish, then stops cleanly on SIGTERM with exit code 0', async () => {
    await rm(root, { recursive: true, force: true });
    await mkdir(join(root, 'landing'), { recursive: true });
    const schedule = join(root, 'horario.json');
    await writeFile(
      schedule,
      JSON.stringify({
        entrada: join(root, 'landing'),
        almacen: join(root, 'almacen', 'memoria.duckdb'),
        edicion: join(root, 'edicion'),
        fuentes: { presupuesto: { cron: '0 6 1 1 *', conector: { tipo: 'carpeta' } } },
      }),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'orchestration', 'schedule', 'support', 'run-schedule.ts'), schedule], { cwd: projectRoot });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      const collect = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('próxima ejecución')) resolve();
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d memoria schedule: 1 fuente de .*horario\.json; almacén .*; edición .*$/m);
    expect(output).toMatch(/presupuesto: «0 6 1 1 \*» \(carpeta\), próxima ejecución \d{4}-01-01 06:00/);
    expect(output).toContain('SIGTERM recibido: no se programan más ejecuciones');
    expect(output).toContain('memoria schedule detenido');
  });
});
