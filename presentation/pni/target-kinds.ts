/** How a PNI target is read (`pni_metas.tipo_meta`, `pni_avance.tipo_meta`). */
export type TipoMeta = 'anual' | 'mensual' | 'acumulada' | 'nivel' | 'fin_de_periodo' | 'porcentaje' | 'entregable' | 'por_definir';

/**
 * Each kind of target: its Spanish name, as the PNI report's tables and the dashboards print it,
 * and how its yearly target and value are read (docs/pni.md, in the release as PNI-METODO.md).
 */
export const TARGET_KINDS: Readonly<Record<TipoMeta, { readonly nombre: string; readonly lectura: string }>> = {
  anual: { nombre: 'anual', lectura: 'La META es una cifra por año; el valor es lo logrado en el año.' },
  mensual: { nombre: 'mensual', lectura: 'La META es una cifra por mes: cuenta 12 veces en el año.' },
  acumulada: {
    nombre: 'acumulada en el periodo',
    lectura: 'La META es un total del periodo de la actividad: la meta de cada año es un hito en partes iguales hasta el total, y el valor es lo logrado desde el inicio del periodo.',
  },
  nivel: {
    nombre: 'nivel a alcanzar',
    lectura:
      'La META es algo que permanece (instituciones que participan, departamentos con un servicio): el valor es el total vigente cada año, no la suma de los años; la meta de cada año es un hito hasta ese nivel.',
  },
  fin_de_periodo: {
    nombre: 'total al final del periodo',
    lectura: 'La META se exige al cierre del periodo: antes de ese año no está atrasada (en curso mientras no se alcance); el valor se acumula desde el inicio.',
  },
  porcentaje: { nombre: 'porcentaje', lectura: 'La META es un porcentaje que se compara cada año con el mismo nivel.' },
  entregable: {
    nombre: 'entregable',
    lectura: 'La META es un producto que se hace una vez (estrategia, plan, convenio): vale 1 hecho y 0 no hecho, y se exige a más tardar en el año indicado; antes no está atrasada.',
  },
  por_definir: { nombre: 'por definir', lectura: 'El PNI no fija la cifra de la META: el indicador no se evalúa.' },
};
