import type { PniStatus } from '../../presentation/pni/pni-statuses.js';
import type { TipoMeta } from '../../presentation/pni/target-kinds.js';
import type { PniData, PniIndicator } from '../data/site-data.js';
import type { PublishedData } from './published-data-reader.js';

const decimal = (text: string) => (text === '' ? null : text);

/**
 * Returns the PNI tracking (`pni_avance`, `pni_reportes_institucion`) with the catalogue the
 * release publishes (`pni_catalogo`: texts, targets, responsible institutions, periods); null when
 * the warehouse has no PNI marts.
 */
export async function readPni(data: PublishedData): Promise<PniData | null> {
  const origin = await data.origin('pni_avance');
  const avance = await data.rows('pni_avance');
  if (!avance || !origin) return null;
  const reportes = (await data.rows('pni_reportes_institucion')) ?? [];
  const catalogue = await data.rows('pni_catalogo');
  if (!catalogue) throw new Error('El tablero necesita el catálogo del PNI publicado (datos/pni_catalogo.csv).');
  const codes = (text: string) => (text ? text.split(';') : []);
  const indicadores: PniIndicator[] = catalogue
    .sort((a, b) => Number(a.orden) - Number(b.orden))
    .map((row) => ({
      indicador: row.indicador,
      eje: Number(row.eje),
      texto: row.texto,
      meta_texto: row.meta_texto,
      responsables: codes(row.responsables),
      acompanan: codes(row.acompanan),
      intervencion: row.intervencion,
      intervencion_texto: row.intervencion_texto,
      actividad: row.actividad,
      actividad_texto: row.actividad_texto,
      resultado_esperado: row.resultado_esperado,
      tipo_meta: row.tipo_meta as TipoMeta,
      valor_meta: decimal(row.valor_meta),
      unidad: row.unidad,
      anio_meta: row.anio_meta ? Number(row.anio_meta) : null,
      anio_inicio: Number(row.anio_inicio),
      anio_fin: Number(row.anio_fin),
      nota_interpretacion: row.nota_interpretacion,
    }));
  const axes = new Map(catalogue.map((row) => [Number(row.eje), row.eje_nombre]));
  return {
    fuente: origin === 'datos' ? 'datos abiertos, pni_avance' : 'almacén de la DGME, pni_avance',
    ejes: [...axes].map(([eje, nombre]) => ({ eje, nombre })).sort((a, b) => a.eje - b.eje),
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
