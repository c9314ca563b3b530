import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { runEdition } from '../../../orchestration/run/run-edition.js';
import { parseCsv } from '../../../presentation/format/csv.js';
import { periodText } from '../../../presentation/format/period-labels.js';
import { changelogMarkdown } from '../../../reports/open-data/changelog.js';
import { latestRelease } from '../../../reports/open-data/release-versions.js';
import { demoEditionPaths, testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-versions');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb') };
const csv = async (...parts: string[]) => parseCsv(await readFile(join(paths.out, 'datos', ...parts), 'utf8'));
const pkg = async (...parts: string[]) => JSON.parse(await readFile(join(paths.out, 'datos', ...parts, 'datapackage.json'), 'utf8'));

let naturalizacionMarzo: string;

const keptVersionsOf = async (period: string) => (await readdir(join(paths.out, 'datos', 'ediciones', period))).sort();

beforeAll(async () => {
  // A private copy of the demo edition: landing, warehouse (with its archive) and the published edition.
  await rm(root, { recursive: true, force: true });
  await cp(demoEditionPaths.root, root, { recursive: true });
  const monthly = await csv('nacionalidad_mensual.csv');
  naturalizacionMarzo = monthly.find((row) => row.mes === '2024-03' && row.tramite === 'naturalizacion' && row.sexo === 'M')!.cantidad;
  // A late correction of March 2024 arrives after the edition was published.
  await writeFile(join(paths.landing, 'nacionalidad', '2024-04-30_correccion-tardia.csv'), `fecha,tramite,sexo,cantidad\n2024-03,naturalizacion,M,${Number(naturalizacionMarzo) + 2}\n`);
  const rerun = await runEdition({ ...paths, period: reportingPeriod('2023-06', '2024-03'), createdAt: '2024-05-02T12:00:00Z' }, silentProgress);
  if (rerun.resultado !== 'correcto') throw new Error(rerun.error);
});

describe('versions of the open-data release', () => {
  it('publishes a new revision of the same period and logs every figure that changed, with old and new value', async () => {
    expect((await pkg()).version).toBe('2.0.0');
    const log = await csv('revisiones.csv');
    const change = (recurso: string, clave: string, campo: string) => log.find((row) => row.recurso === recurso && row.clave === clave && row.campo === campo);
    expect(change('nacionalidad_mensual', 'mes=2024-03; tramite=naturalizacion; sexo=M', 'cantidad')).toMatchObject({
      revision: '2',
      publicada: '2024-05-02T12:00:00Z',
      valor_anterior: naturalizacionMarzo,
      valor_nuevo: String(Number(naturalizacionMarzo) + 2),
    });
    // The Memoria's Tabla 12 printed 46 M naturalisations and 79 in total for the period.
    expect(change('cuadros_memoria', 'cuadro=nacionalidad_tramite; codigo=naturalizacion', 'm_actual')).toMatchObject({ valor_anterior: '46', valor_nuevo: '48' });
    expect(change('cuadros_memoria', 'cuadro=nacionalidad_tramite; codigo=total', 'total_actual')).toMatchObject({ valor_anterior: '476', valor_nuevo: '478' });
    expect(log.every((row) => row.revision === '2')).toBe(true);
  });

  it('keeps the first version under v1/ unchanged, the second under v2/ identical to datos/, and says what changed in CAMBIOS.md', async () => {
    const period = join(paths.out, 'datos', 'ediciones', '2023-06_2024-03');
    expect(await readFile(join(period, 'v2', 'SHA256SUMS'), 'utf8')).toBe(await readFile(join(paths.out, 'datos', 'SHA256SUMS'), 'utf8'));
    expect((await pkg('ediciones', '2023-06_2024-03', 'v1')).version).toBe('1.0.0');
    // The first version still says what it said: the figure before the correction.
    const first = parseCsv(await readFile(join(period, 'v1', 'nacionalidad_mensual.csv'), 'utf8'));
    expect(first.find((row) => row.mes === '2024-03' && row.tramite === 'naturalizacion' && row.sexo === 'M')!.cantidad).toBe(naturalizacionMarzo);
    expect(await readFile(join(period, 'v1', 'datapackage.json'), 'utf8')).toBe(await readFile(join(demoEditionPaths.out, 'datos', 'datapackage.json'), 'utf8'));
    expect((await pkg()).cita).toContain('datos/ediciones/2023-06_2024-03/v2/');
    const changelog = await readFile(join(paths.out, 'datos', 'CAMBIOS.md'), 'utf8');
    expect(changelog).toMatch(
      /### Versión 2\.0\.0 \(`2023-06_2024-03\/v2\/`\), publicada el [\d-]+\n\n- \d+ cifras publicadas cambiaron respecto de la versión 1\.0\.0: .*`nacionalidad_mensual` \(1\)/,
    );
    expect(changelog.indexOf('Versión 2.0.0')).toBeLessThan(changelog.indexOf('Versión 1.0.0'));
  });

  it('keeps a version as it was when a re-run publishes the same figures (another publication date)', async () => {
    const kept = join(paths.out, 'datos', 'ediciones', '2023-06_2024-03', 'v2');
    const before = await readFile(join(kept, 'SHA256SUMS'), 'utf8');
    const same = await runEdition({ ...paths, period: reportingPeriod('2023-06', '2024-03'), createdAt: '2024-05-09T12:00:00Z' }, silentProgress);
    expect(same.resultado, same.error).toBe('correcto');
    expect((await pkg()).version).toBe('2.0.0');
    expect((await pkg()).created).toBe('2024-05-09T12:00:00Z');
    expect(await readFile(join(kept, 'SHA256SUMS'), 'utf8')).toBe(before);
    expect((await pkg('ediciones', '2023-06_2024-03', 'v2')).created).toBe('2024-05-02T12:00:00Z');
    expect(await keptVersionsOf('2023-06_2024-03')).toEqual(['v1', 'v2']);
  });

  it("keeps the other periods' editions when a new period is published, with datos/ at the latest", async () => {
    const other = await runEdition({ ...paths, period: reportingPeriod('2024-01', '2024-05'), createdAt: '2024-06-03T12:00:00Z' }, silentProgress);
    expect(other.resultado, other.error).toBe('correcto');
    expect((await pkg()).periodo).toEqual({ desde: '2024-01', hasta: '2024-05' });
    expect((await pkg()).version).toBe('1.0.0');
    expect((await pkg('ediciones', '2023-06_2024-03', 'v2')).version).toBe('2.0.0');
    expect((await pkg('ediciones', '2023-06_2024-03', 'v1')).version).toBe('1.0.0');
    expect(existsSync(join(paths.out, 'datos', 'ediciones', '2024-01_2024-05', 'v1', 'cuadros_memoria.csv'))).toBe(true);
    const changelog = await readFile(join(paths.out, 'datos', 'CAMBIOS.md'), 'utf8');
    expect(changelog.indexOf(`## ${periodText('2024-01', '2024-05')}`)).toBeLessThan(changelog.indexOf(`## ${periodText('2023-06', '2024-03')}`));
    expect(changelog.indexOf(`## ${periodText('2024-01', '2024-05')}`)).toBeGreaterThan(0);
  });

  it('turns an edition published before versions into v1 and publishes the new datasets as v2, without logging them as changed figures', async () => {
    // The demo edition as the release looked before this layout: no codigos nor pni_catalogo, Parquet
    // files not listed as resources, one folder per period overwritten by each release.
    const legacyRoot = join(testTmpRoot, 'test-versions-legado');
    const legacy = { landing: join(legacyRoot, 'landing'), out: join(legacyRoot, 'edicion'), warehouse: join(legacyRoot, 'almacen', 'memoria.duckdb') };
    await rm(legacyRoot, { recursive: true, force: true });
    await cp(demoEditionPaths.root, legacyRoot, { recursive: true });
    const datos = join(legacy.out, 'datos');
    const oldPackage = JSON.parse(await readFile(join(datos, 'datapackage.json'), 'utf8')) as { resources: { name: string; format: string }[] };
    oldPackage.resources = oldPackage.resources.filter((resource) => resource.format === 'csv' && !['codigos', 'pni_catalogo'].includes(resource.name));
    await writeFile(join(datos, 'datapackage.json'), JSON.stringify(oldPackage));
    for (const name of ['codigos', 'pni_catalogo']) for (const extension of ['csv', 'parquet']) await rm(join(datos, `${name}.${extension}`));
    await rm(join(datos, 'ediciones'), { recursive: true });
    await cp(datos, join(legacyRoot, 'periodo'), { recursive: true });
    await cp(join(legacyRoot, 'periodo'), join(datos, 'ediciones', '2023-06_2024-03'), { recursive: true });

    const next = await runEdition({ ...legacy, period: reportingPeriod('2023-06', '2024-03'), createdAt: '2024-04-20T12:00:00Z' }, silentProgress);
    expect(next.resultado, next.error).toBe('correcto');
    const kept = join(datos, 'ediciones', '2023-06_2024-03');
    expect((await readdir(kept)).sort()).toEqual(['v1', 'v2']);
    expect(JSON.parse(await readFile(join(kept, 'v1', 'datapackage.json'), 'utf8'))).toEqual(oldPackage);
    expect(JSON.parse(await readFile(join(datos, 'datapackage.json'), 'utf8')).version).toBe('2.0.0');
    // New datasets are not revised figures; the changelog names them, and only them.
    expect((await readFile(join(datos, 'revisiones.csv'), 'utf8')).trim().split('\n')).toHaveLength(1);
    const changelog = await readFile(join(datos, 'CAMBIOS.md'), 'utf8');
    expect(changelog).toContain('- Conjuntos de datos nuevos: `pni_catalogo`, `codigos`.');
    expect(changelog).not.toContain('_parquet');
    expect(next.observaciones.map((entry) => entry.mensaje)).toContain('conjuntos nuevos desde la versión anterior del periodo: pni_catalogo, codigos');
    expect(await latestRelease(join(legacy.out, 'datos'), '2023-06_2024-03')).toBe(join(kept, 'v2'));
    // A stray file among the versions changes nothing.
    await writeFile(join(kept, '.DS_Store'), '');
    expect(await changelogMarkdown(join(datos, 'ediciones'))).toBe(changelog);
  });
});
