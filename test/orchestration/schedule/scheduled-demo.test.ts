import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scheduleCommand } from '../../../orchestration/cli/schedule-command.js';
import { statusCommand } from '../../../orchestration/cli/status-command.js';
import { landingSources } from '../../../pipelines/contract/landing-sources.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths, testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-horario-demo');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb'), schedule: join(root, 'horario.json') };

/** Runs a command while capturing what it writes to stdout and stderr. */
async function captured(command: () => Promise<number>): Promise<{ code: number; output: string }> {
  let output = '';
  const write = (chunk: string | Uint8Array) => ((output += chunk.toString()), true);
  const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(write), vi.spyOn(process.stderr, 'write').mockImplementation(write)];
  const logs = [vi.spyOn(console, 'log').mockImplementation((text) => void write(`${text}\n`)), vi.spyOn(console, 'error').mockImplementation((text) => void write(`${text}\n`))];
  try {
    return { code: await command(), output };
  } finally {
    for (const spy of [...spies, ...logs]) spy.mockRestore();
  }
}

const query = async <T>(sql: string): Promise<T[]> => {
  const warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
  try {
    return await warehouse.rows<T>(sql);
  } finally {
    warehouse.close();
  }
};

async function editionFingerprint(): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await readdir(paths.out, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      hashes[join(entry.parentPath, entry.name)] = createHash('sha256')
        .update(await readFile(join(entry.parentPath, entry.name)))
        .digest('hex');
  }
  return hashes;
}

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await cp(demoEditionPaths.landing, paths.landing, { recursive: true });
  // The documented example, with its three paths pointed at this test's folder.
  const example = JSON.parse(await readFile(join(projectRoot, 'config', 'horario.ejemplo.json'), 'utf8'));
  await writeFile(paths.schedule, JSON.stringify({ ...example, entrada: paths.landing, almacen: paths.warehouse, edicion: paths.out }));
});
afterEach(() => vi.restoreAllMocks());

describe('the documented example schedule', () => {
  it('runs every demo source once (memoria schedule --una-vez) and publishes the edition', async () => {
    const { code, output } = await captured(() => scheduleCommand({ horario: paths.schedule, 'una-vez': true }));
    expect(code, output).toBe(0);
    // Every declared source starts, whatever their number.
    expect(/inicio: (.*)\n/.exec(output)?.[1].split(', ').sort()).toEqual(landingSources.map((source) => source.name).sort());
    expect(output).toMatch(/correcta en \d+ s; edición publicada en /);
    expect(JSON.parse(await readFile(join(paths.out, 'informe-ejecucion.json'), 'utf8')).resultado).toBe('correcto');
    expect(await query(`select origen, resultado, error from registro.ejecuciones`)).toEqual([{ origen: 'programada', resultado: 'correcto', error: null }]);
    const sources = await query<{ fuente: string; conector: string; resultado: string }>(`select fuente, conector, resultado from registro.ejecuciones_fuentes order by fuente`);
    expect(sources.map((source) => source.fuente)).toEqual(landingSources.map((source) => source.name).sort());
    expect(sources.every((source) => source.conector === 'carpeta' && source.resultado === 'correcto')).toBe(true);
  });

  it('shows in `memoria status` every source up to date, when each runs next, and the quarantine by source', async () => {
    const [{ total }] = await query<{ total: number }>('select count(*)::integer as total from calidad.cuarentena');
    const { code, output } = await captured(() => statusCommand({ horario: paths.schedule }));
    expect(code, output).toBe(0);
    expect(output).toMatch(/^fuente\s+conector\s+horario\s+próxima\s+último correcto\s+último fallo\s+frescura$/m);
    for (const { name } of landingSources) expect(output).toMatch(new RegExp(`^${name}\\s+carpeta\\s+.*al día$`, 'm'));
    expect(output).toContain(`Cuarentena (calidad.cuarentena): ${total} filas`);
    expect(output).toContain('En curso: nada');
  });

  it('on a failed run leaves the edition and the data as they were, and the run log and status say why', async () => {
    const editionBefore = await editionFingerprint();
    const [deliveriesBefore] = await query<{ entregas: number }>('select count(*)::integer as entregas from raw.entregas');
    await writeFile(join(paths.landing, 'pasaportes', '2099-01-01_rota.csv'), 'fecha,oficina\n2099-01-01,central\n');
    const { code, output } = await captured(() => scheduleCommand({ horario: paths.schedule, 'una-vez': true }));
    expect(code).toBe(1);
    expect(output).toMatch(/fallida en \d+ s: se rechazó el archivo pasaportes\/2099-01-01_rota\.csv\. El almacén y la edición quedan como estaban\./);
    expect(await editionFingerprint()).toEqual(editionBefore);
    expect(await query('select count(*)::integer as entregas from raw.entregas')).toEqual([deliveriesBefore]);
    const [last] = await query<{ resultado: string; error: string }>('select resultado, error from registro.ejecuciones order by fin desc limit 1');
    expect(last).toEqual({ resultado: 'fallido', error: 'se rechazó el archivo pasaportes/2099-01-01_rota.csv' });
    const status = await captured(() => statusCommand({ horario: paths.schedule }));
    expect(status.code).toBe(1);
    expect(status.output).toContain('Fallando ahora (el último intento falló):');
    expect(status.output).toMatch(/^ {2}pasaportes \(\d{4}-\d\d-\d\d \d\d:\d\d\): se rechazó el archivo pasaportes\/2099-01-01_rota\.csv$/m);
  });

  it('refuses to start on a schedule it cannot run, saying why (exit 2)', async () => {
    const broken = join(root, 'horario-roto.json');
    await writeFile(
      broken,
      JSON.stringify({
        entrada: join(root, 'no-existe'),
        fuentes: { pni: { cron: '0 7 * * 1', conector: { tipo: 'http', url: 'https://api.example.gob.sv/pni', token_env: 'MEMORIA_TOKEN_QUE_FALTA' } } },
      }),
    );
    const { code, output } = await captured(() => scheduleCommand({ horario: broken, 'una-vez': true }));
    expect(code).toBe(2);
    expect(output).toContain(`la carpeta de entrada ${join(root, 'no-existe')} no existe`);
    expect(output).toContain('pni: falta la variable de entorno MEMORIA_TOKEN_QUE_FALTA');
    expect((await captured(() => scheduleCommand({ horario: join(root, 'no-hay.json') }))).output).toContain('no se pudo leer el horario');
  });
});
