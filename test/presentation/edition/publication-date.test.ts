import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RunFailure } from '../../../pipelines/run-failure.js';
import { isIsoDay, publicationDate, publicationInstant } from '../../../presentation/edition/publication-date.js';

const dir = await mkdtemp(join(tmpdir(), 'memoria-fecha-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const folder = async (name: string, yaml: string) => {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  await writeFile(join(path, 'edicion.yml'), yaml);
  return path;
};

describe('the edition publication date (one date for every output)', () => {
  const runAt = '2026-12-06T04:30:00Z'; // 5 December in San Salvador

  it('takes the flag first, then edicion.yml, then the run day in San Salvador', async () => {
    const configured = await folder('configurada', 'institucion: DGME\nfecha_publicacion: 2024-05-31\n');
    expect(await publicationDate('2024-06-03', configured, runAt)).toEqual({ fecha: '2024-06-03', origen: 'bandera' });
    expect(await publicationDate(undefined, configured, runAt)).toEqual({ fecha: '2024-05-31', origen: 'edicion' });
    expect(await publicationDate(undefined, await folder('sin-fecha', 'institucion: DGME\n'), runAt)).toEqual({ fecha: '2026-12-05', origen: 'ejecucion' });
    expect(await publicationDate(undefined, undefined, runAt)).toEqual({ fecha: '2026-12-05', origen: 'ejecucion' });
  });

  it('refuses a date that is not a calendar day instead of printing a guess', async () => {
    await expect(publicationDate('31/05/2024', undefined, runAt)).rejects.toThrow(RunFailure);
    await expect(publicationDate(undefined, await folder('mala', 'fecha_publicacion: 2024-02-30\n'), runAt)).rejects.toThrow(/fecha_publicacion debe ser una fecha AAAA-MM-DD; dice «2024-02-30»/);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-5-31')).toBe(false);
  });

  it('gives documents the same metadata instant for the same date, whatever the build time', () => {
    expect(publicationInstant({ fecha: '2024-05-31', origen: 'edicion' })).toBe('2024-05-31T18:00:00.000Z');
  });
});
