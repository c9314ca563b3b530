import type { SiteData } from '../../data/site-data.js';
import type { CountCube } from '../data/count-cube.js';
import type { ChoiceKey } from './view-state.js';

/** Returns the values each choice of the view may take in this edition: what its selector offers. */
export function stateOptions(data: SiteData, cubes: Readonly<Record<string, CountCube>>): Record<ChoiceKey, readonly string[]> {
  return {
    oficina: cubes.pasaportes?.codes('oficina') ?? [],
    puesto: cubes.flujo?.codes('puesto') ?? [],
    eje: data.pni?.ejes.map((axis) => String(axis.eje)) ?? [],
    institucion: [...new Set(data.pni?.instituciones.map((row) => row.institucion) ?? [])],
    indicador: data.pni?.indicadores.map((indicator) => indicator.indicador) ?? [],
    mes: data.poa?.meses.map((month) => month.mes) ?? [],
  };
}
