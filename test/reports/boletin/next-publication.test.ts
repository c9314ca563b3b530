/**
 * The next publication the bulletin announces: `proxima_publicacion` of the edition folder's
 * edicion.yml, read and checked like the folder's other fields; without it, or when it is not
 * after the publication date, the bulletin says only which month comes next and invents no date.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../../presentation/edition/editorial/editorial-folder.js';
import { emptyEditorial } from '../../../presentation/edition/editorial/editorial-content.js';
import { announcedNextPublication } from '../../../reports/boletin/boletin-document.js';
import { nextMonth, nextPublicationText } from '../../../reports/boletin/boletin-methodology.js';
import { targetsSentence } from '../../../reports/boletin/boletin-targets.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const folder = join(testTmpRoot, 'boletin-proxima-publicacion');

/** Returns the folder's content and observations with an edicion.yml of these lines. */
async function load(yaml: string) {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'edicion.yml'), yaml);
  const observations: string[] = [];
  const content = await loadEditorial(folder, (message) => observations.push(message));
  return { content, observations };
}

const publication = { fecha: '2024-05-31', origen: 'edicion' } as const;

describe('proxima_publicacion in edicion.yml', () => {
  it('is read as a calendar day, written bare or quoted', async () => {
    expect((await load('proxima_publicacion: 2024-06-28\n')).content.proximaPublicacion).toBe('2024-06-28');
    expect((await load('proxima_publicacion: "2024-06-28"\n')).content.proximaPublicacion).toBe('2024-06-28');
  });

  it('is optional: without it nothing is observed and the bulletin names only the next month', async () => {
    const { content, observations } = await load('siglas: DGME\n');
    expect(content.proximaPublicacion).toBeUndefined();
    expect(observations).toEqual([]);
    expect(announcedNextPublication(content, publication)).toEqual({});
    expect(nextPublicationText('2024-03', undefined)).toBe('El próximo boletín cubrirá las cifras de abril de 2024.');
  });

  it('reports a malformed date in Spanish and leaves it out', async () => {
    for (const written of ['28/06/2024', '2024-06-31', 'junio']) {
      const { content, observations } = await load(`proxima_publicacion: ${written}\n`);
      expect(content.proximaPublicacion, written).toBeUndefined();
      expect(observations).toEqual([`edicion.yml: proxima_publicacion = «${written}» no es una fecha AAAA-MM-DD (por ejemplo 2024-06-28); se omite.`]);
    }
  });

  it('is announced with its date only when it comes after the publication date', () => {
    expect(announcedNextPublication({ ...emptyEditorial(), proximaPublicacion: '2024-06-28' }, publication)).toEqual({ date: '2024-06-28' });
    expect(nextPublicationText('2024-03', '2024-06-28')).toBe('El próximo boletín, con las cifras de abril de 2024, se publicará el 28 de junio de 2024.');
    const early = announcedNextPublication({ ...emptyEditorial(), proximaPublicacion: '2024-05-31' }, publication);
    expect(early.date).toBeUndefined();
    expect(early.problem).toBe('edicion.yml: proxima_publicacion (2024-05-31) no es posterior a la fecha de publicación (2024-05-31); el boletín no anuncia fecha.');
  });

  it('after December, the next bulletin covers January of the next year', () => {
    expect(nextMonth('2024-12')).toBe('2025-01');
    expect(nextPublicationText('2024-12', undefined)).toBe('El próximo boletín cubrirá las cifras de enero de 2025.');
  });
});

describe('the POA section without targets', () => {
  it('says that the plan has no targets for the month instead of printing an empty table', () => {
    expect(targetsSentence([], '2024-03')).toBe('El plan operativo anual (POA) de 2024 no tiene metas físicas registradas para marzo de 2024: no hay ejecución que informar.');
  });
});
