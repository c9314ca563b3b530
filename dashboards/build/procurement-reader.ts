import type { ProcurementData } from '../data/site-data.js';
import type { PublishedData } from './published-data-reader.js';

/**
 * Returns the edition's procurement as the release publishes it (the Memoria's Tablas of processes
 * by method, by item and stage, by state, and by quarter), amounts in cents; null when the release
 * has none of it or none has a row.
 */
export async function readProcurement(data: PublishedData): Promise<ProcurementData | null> {
  const [metodo, nivel, estado, trimestral] = await Promise.all(['compras_metodo', 'compras_nivel_ejecucion', 'compras_estado_ejecucion', 'compras_trimestral'].map((name) => data.rows(name)));
  // Published but empty (a period without processes) is as good as not published: the page says so.
  if (!metodo?.length && !trimestral?.length) return null;
  const cents = (amount: string) => (amount === '' ? null : Math.round(Number(amount) * 100));
  const stretch = (row: Record<string, string>) => ({ ejercicio: Number(row.ejercicio), desde: row.desde, hasta: row.hasta });
  const stages = nivel?.[0] ? Object.keys(nivel[0]).filter((field) => !['ejercicio', 'desde', 'hasta', 'rubro', 'procesos'].includes(field)) : [];
  return {
    metodo: (metodo ?? []).map((row) => ({ ...stretch(row), metodo: row.metodo, procesos: Number(row.procesos), monto: cents(row.monto) })),
    nivel: (nivel ?? []).map((row) => ({ ...stretch(row), rubro: row.rubro, procesos: Number(row.procesos), etapas: Object.fromEntries(stages.map((stage) => [stage, Number(row[stage])])) })),
    estado: (estado ?? []).map((row) => ({ ...stretch(row), estado: row.estado, procesos: Number(row.procesos), monto: cents(row.monto) })),
    trimestral: (trimestral ?? []).map((row) => ({
      trimestre: row.trimestre,
      desde: row.desde,
      hasta: row.hasta,
      metodo: row.metodo,
      estado: row.estado_proceso,
      procesos: Number(row.procesos),
      monto: cents(row.monto),
    })),
    etapas: stages,
    datasets: ['compras_metodo', 'compras_nivel_ejecucion', 'compras_estado_ejecucion', 'compras_trimestral'].filter((name) => data.publishes(name)),
  };
}
