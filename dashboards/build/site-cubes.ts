import { countSources, type CountSource } from '../../pipelines/contract/landing-sources.js';
import type { CodeLabel, EncodedCube } from '../data/site-data.js';
import { labelListOf } from '../../presentation/labels/code-labels.js';
import { encodeCube, type CubeSpec } from './count-cube-encoder.js';
import { PROTECTED_DATASETS, type PublishedData } from './published-data-reader.js';

type SiteCubeSpec = Omit<CubeSpec, 'protegido' | 'order'> & { readonly listas?: Readonly<Record<string, string>> };

/** The list of labels of each dimension of a source (closed lists by name, open lists by their labels). */
function labelLists(source: CountSource): Record<string, string> {
  return Object.fromEntries(
    source.dimensions.flatMap((dimension) => {
      const list = labelListOf(dimension);
      return list ? [[dimension.name, list]] : [];
    }),
  );
}

/** The cube each source declares: its dataset and the dimensions the pages filter or group by. */
function declaredCubes(): Record<string, SiteCubeSpec> {
  return Object.fromEntries(
    countSources.flatMap((source) => {
      if (!source.cube) return [];
      const listas = labelLists(source);
      const dims = source.cube.dims;
      return [[source.name, { fuente: source.cube.dataset ?? `${source.name}_mensual`, dims, listas: Object.fromEntries(dims.filter((dim) => listas[dim]).map((dim) => [dim, listas[dim]])) }]];
    }),
  );
}

/** The cube of each page figure: the sources' cubes, and the ones only the dashboards draw. */
export const CUBE_SPECS: Readonly<Record<string, SiteCubeSpec>> = {
  ...declaredCubes(),
  flujo_nacionalidad: {
    fuente: 'flujo_mensual',
    dims: ['mes', 'direccion', 'nacionalidad', 'sexo', 'puesto'],
    where: (row) => row.nacionalidad !== '',
    listas: { direccion: 'direccion', puesto: 'puesto', sexo: 'sexo' },
  },
  flujo_dia_semana: {
    fuente: 'flujo_dia_semana',
    dims: ['mes', 'dia_semana', 'direccion', 'puesto', 'sexo'],
    listas: { dia_semana: 'dia_semana', direccion: 'direccion', puesto: 'puesto', sexo: 'sexo' },
  },
  // The monthly totals the reports print, whole where the finer grids have suppressed cells.
  medidas_protegidas: { fuente: 'medidas_protegidas_mensual', dims: ['mes', 'medida'] },
};

/** Returns every cube whose dataset is available (published, or an unprotected mart), in display order of the code lists. */
export async function readCubes(data: PublishedData, labels: Readonly<Record<string, readonly CodeLabel[]>>): Promise<Record<string, EncodedCube>> {
  const cubes: Record<string, EncodedCube> = {};
  const cache = new Map<string, Awaited<ReturnType<PublishedData['rows']>>>();
  for (const [name, spec] of Object.entries(CUBE_SPECS)) {
    if (!cache.has(spec.fuente)) cache.set(spec.fuente, await data.rows(spec.fuente));
    const rows = cache.get(spec.fuente);
    if (!rows) continue;
    const order = Object.fromEntries(Object.entries(spec.listas ?? {}).map(([dim, list]) => [dim, (labels[list] ?? []).map((label) => label.codigo)]));
    const cube = encodeCube(rows, { ...spec, order, protegido: PROTECTED_DATASETS.has(spec.fuente) });
    if (cube.cantidad.length > 0) cubes[name] = cube;
  }
  return cubes;
}
