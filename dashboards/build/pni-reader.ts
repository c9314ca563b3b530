import type { PniStatus } from '../../presentation/pni/pni-statuses.js';
import type { PniData } from '../data/site-data.js';
import type { PublishedData } from './published-data-reader.js';

const decimal = (text: string) => (text === '' ? null : text);

/**
 * Returns the PNI tracking (`pni_avance`, `pni_reportes_institucion`) with the catalogue's texts
 * (seeds `pni_ejes`, `pni_indicadores`, `pni_responsables`); null when the warehouse has no PNI marts.
 */
export async function readPni(data: PublishedData): Promise<PniData | null> {
  const origin = await data.origin('pni_avance');
  const avance = await data.rows('pni_avance');
  if (!avance || !origin) return null;
  const reportes = (await data.rows('pni_reportes_institucion')) ?? [];
  const responsables = new Map<string, string[]>();
  for (const row of await data.reference('pni_responsables')) {
    if (row.rol === 'acompana') continue;
    responsables.set(row.indicador, [...(responsables.get(row.indicador) ?? []), row.institucion]);
  }
  const indicadores = (await data.reference('pni_indicadores'))
    .sort((a, b) => Number(a.orden) - Number(b.orden))
    .map((row) => ({ indicador: row.indicador, eje: Number(row.eje), texto: row.indicador_texto, meta_texto: row.meta_texto, responsables: responsables.get(row.indicador) ?? [] }));
  return {
    fuente: origin === 'datos' ? 'datos abiertos, pni_avance' : 'almacén de la DGME, pni_avance',
    ejes: (await data.reference('pni_ejes')).map((row) => ({ eje: Number(row.eje), nombre: row.nombre })).sort((a, b) => a.eje - b.eje),
    indicadores,
    avance: avance.map((row) => ({
      indicador: row.indicador,
      eje: Number(row.eje),
      anio: Number(row.anio),
      meta: decimal(row.meta),
      valor: decimal(row.valor),
      pct_meta: decimal(row.pct_meta),
      estado: row.estado as PniStatus,
      fuente: decimal(row.fuente),
      tipo_meta: row.tipo_meta,
      unidad: row.unidad,
      anio_cerrado: row.anio_cerrado === 'true',
      meta_a_la_fecha: decimal(row.meta_a_la_fecha),
    })),
    instituciones: reportes.map((row) => ({
      institucion: row.institucion,
      nombre: row.institucion_nombre,
      anio: Number(row.anio),
      a_cargo: Number(row.indicadores_a_cargo),
      reportados: Number(row.indicadores_reportados),
      pendientes: Number(row.indicadores_pendientes),
      pct_reportados: decimal(row.pct_reportados),
    })),
  };
}
