import type { CodeLabel, EncodedCube } from '../data/site-data.js';
import { encodeCube, type CubeSpec } from './count-cube-encoder.js';
import { PROTECTED_DATASETS, type PublishedData } from './published-data-reader.js';

/** The cube of each page figure: the published dataset and the dimensions the pages filter or group by. */
export const CUBE_SPECS: Readonly<Record<string, Omit<CubeSpec, 'protegido' | 'order'> & { readonly listas?: Readonly<Record<string, string>> }>> = {
  pasaportes: { fuente: 'pasaportes_mensual', dims: ['mes', 'oficina', 'sexo'], listas: { oficina: 'oficina', sexo: 'sexo' } },
  // The register by nationality is protected; its monthly grid without nationality is published whole.
  residencias: { fuente: 'residencias_calidad_mensual', dims: ['mes', 'calidad', 'sexo'], listas: { calidad: 'calidad', sexo: 'sexo' } },
  visas: { fuente: 'visas_mensual', dims: ['mes', 'tramite', 'sexo'], listas: { tramite: 'tramite_visa', sexo: 'sexo' } },
  nacionalidad: { fuente: 'nacionalidad_mensual', dims: ['mes', 'tramite', 'sexo'], listas: { tramite: 'tramite_nacionalidad', sexo: 'sexo' } },
  certificaciones: { fuente: 'certificaciones_mensual', dims: ['mes', 'tipo', 'sexo'], listas: { tipo: 'tipo_certificacion', sexo: 'sexo' } },
  // The post implies the vía (puestos_fronterizos), so the vía is not kept.
  flujo: { fuente: 'flujo_mensual', dims: ['mes', 'direccion', 'puesto', 'sexo'], listas: { direccion: 'direccion', puesto: 'puesto', sexo: 'sexo' } },
  flujo_nacionalidad: {
    fuente: 'flujo_mensual', dims: ['mes', 'direccion', 'nacionalidad', 'sexo', 'puesto'], where: (row) => row.nacionalidad !== '',
    listas: { direccion: 'direccion', puesto: 'puesto', sexo: 'sexo' },
  },
  flujo_dia_semana: { fuente: 'flujo_dia_semana', dims: ['mes', 'dia_semana', 'direccion', 'puesto', 'sexo'], listas: { dia_semana: 'dia_semana', direccion: 'direccion', puesto: 'puesto', sexo: 'sexo' } },
  prechequeo: { fuente: 'prechequeo_mensual', dims: ['mes', 'tipo', 'puesto', 'sexo'], listas: { tipo: 'tipo_prechequeo', puesto: 'puesto', sexo: 'sexo' } },
  // Returnees by month, route and sex (the grid the disclosure control keeps readable); age group by quarter is in `gruesas`.
  retornados: { fuente: 'retornados_ruta_mensual', dims: ['mes', 'via', 'sexo'], listas: { via: 'via_retorno', sexo: 'sexo' } },
  // The monthly totals the reports print, whole where the finer grids have suppressed cells.
  medidas_protegidas: { fuente: 'medidas_protegidas_mensual', dims: ['mes', 'medida'] },
  derivaciones: { fuente: 'derivaciones_mensual', dims: ['mes', 'institucion', 'sexo'], listas: { institucion: 'institucion', sexo: 'sexo' } },
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
