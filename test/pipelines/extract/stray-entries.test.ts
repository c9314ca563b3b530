import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strayEntries } from '../../../pipelines/extract/extract-landing.js';
import { formatRunReport, newRunReport } from '../../../orchestration/run/run-report.js';

const landing = await mkdtemp(join(tmpdir(), 'memoria-raiz-'));
afterAll(() => rm(landing, { recursive: true, force: true }));

describe('what the landing root holds besides the source folders', () => {
  it('reports a folder that matches no source (with the likely one) and a file outside the folders, and nothing else', async () => {
    for (const folder of ['pasaportes', 'pasaporte', 'visitas', '.git']) await mkdir(join(landing, folder), { recursive: true });
    await writeFile(join(landing, 'pasaporte', '2024-01-31_cierre.csv'), 'fecha,oficina_tipo,oficina,sexo\n2024-01-05,sucursal,central,F\n');
    await writeFile(join(landing, 'LEEME.txt'), 'entregas de enero');
    await writeFile(join(landing, '.DS_Store'), '');
    const stray = await strayEntries(landing);
    expect(stray).toEqual([
      { fuente: '', archivo: 'LEEME.txt', motivo: expect.stringContaining('archivo fuera de una carpeta de fuente') },
      { fuente: 'pasaporte', archivo: '', motivo: expect.stringContaining('no corresponde a ninguna fuente del contrato (¿quiso decir pasaportes/?)') },
      { fuente: 'visitas', archivo: '', motivo: expect.stringMatching(/no corresponde a ninguna fuente del contrato; sus archivos no se leen\. Fuentes: pasaportes, /) },
    ]);
    expect(await strayEntries(join(landing, 'no-existe'))).toEqual([]);
  });

  it('lists them in the run report as a person reads them', () => {
    const report = newRunReport('0.1.0', {
      entrada: landing,
      salida: '',
      almacen: '',
      desde: '2024-01',
      hasta: '2024-01',
      desde_comparacion: '2023-01',
      hasta_comparacion: '2023-01',
      edicion_editorial: '',
    });
    report.archivos_omitidos = [
      { fuente: '', archivo: 'LEEME.txt', motivo: 'archivo fuera de una carpeta de fuente' },
      { fuente: 'pasaporte', archivo: '', motivo: 'la carpeta no corresponde' },
    ];
    const text = formatRunReport(report);
    expect(text).toContain('· LEEME.txt: archivo fuera de una carpeta de fuente');
    expect(text).toContain('· pasaporte/: la carpeta no corresponde');
  });
});
