import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';
import { RunFailure } from '../../../pipelines/run-failure.js';
import { loadEditorial } from '../../../presentation/edition/editorial/editorial-folder.js';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'edicion-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('the edition folder the Unidad de Planificación edits', () => {
  it('reads the demo edition (2023-2024) without a single problem', async () => {
    const observations: string[] = [];
    const editorial = await loadEditorial(join(projectRoot, 'ediciones', '2023-06_2024-03'), (message) => observations.push(message));
    expect(observations).toEqual([]);
    expect(editorial.metas.map((meta) => [meta.medida, meta.meta])).toEqual([
      ['pasaportes', 366200],
      ['residencias', 4500],
      ['visas', 1945],
      ['nacionalidad', 445],
      ['flujo', 9695000],
      ['retornados', 10480],
    ]);
    expect(editorial.proyectos).toHaveLength(8);
    expect(editorial.proyectos[0].inversion.get(2023)).toEqual({ monto: '6640.00', escrito: '6640' });
    expect(editorial.proyectos[7].poblacion).toEqual({ m: undefined, f: undefined, total: undefined, medida: 'flujo' });
    expect(editorial.servicios.get('pasaportes')?.unidad).toContain('Gerencia de Emisión de Pasaporte');
    expect(editorial.iniciativas).toHaveLength(10);
    expect(editorial.posicionDerivaciones).toBe(7);
    expect(editorial.derivaciones.get('minsal')?.financiamiento).toBe('Fondos institucionales');
    expect(editorial.dificultades).toHaveLength(3);
    expect(editorial.firma).toEqual({ nombre: 'Lic. Ricardo Ernesto Cucalón Guzmán', cargo: 'Director General de Migración y Extranjería' });
    expect(editorial.introduccion).toMatch(/^Siendo uno de los compromisos/);
  });

  it('has only the institution when there is no folder', async () => {
    const editorial = await loadEditorial(undefined, () => undefined);
    expect(editorial).toMatchObject({ carpeta: undefined, siglas: 'DGME', metas: [], proyectos: [], dificultades: [] });
  });

  it('reports malformed amounts and targets, printing an amount as written rather than guessing', async () => {
    const observations: string[] = [];
    const dir = await folder({
      'edicion.yml': 'metas:\n  - medida: pasaportes\n    meta: muchos\n  - medida: flujo\n    meta: "9,695,000"\n',
      'proyectos.yml': '- nombre: PEL\n  inversion:\n    2023: "$1,610,317,80"\n    2024: "$ 24,466.14"\n- estado: Ejecutado\n',
    });
    const editorial = await loadEditorial(dir, (message) => observations.push(message));
    expect(editorial.metas).toEqual([{ medida: 'flujo', meta: 9695000, descripcion: 'flujo' }]);
    expect(editorial.proyectos).toHaveLength(1);
    expect(editorial.proyectos[0].inversion.get(2023)).toEqual({ monto: null, escrito: '$1,610,317,80' });
    expect(editorial.proyectos[0].inversion.get(2024)).toEqual({ monto: '24466.14', escrito: '$ 24,466.14' });
    expect(observations).toEqual([
      'edicion.yml: metas[1].meta = «muchos» no es un número (use 366200 o 366,200).',
      'proyectos.yml: [1].inversion.2023 = «$1,610,317,80» no es un monto válido (use 1610317.80 o $ 1,610,317.80); se imprime tal como está escrito.',
      'proyectos.yml: falta [2].nombre; se omite esa entrada.',
    ]);
  });

  it('stops the run, naming the file, when a YAML file cannot be read', async () => {
    const dir = await folder({ 'dificultades.yml': '- dificultad: [sin cerrar\n' });
    await expect(loadEditorial(dir, () => undefined)).rejects.toThrow(RunFailure);
    await expect(loadEditorial(dir, () => undefined)).rejects.toThrow(/dificultades\.yml de la carpeta editorial no es YAML válido/);
  });
});
