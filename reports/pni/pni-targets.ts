/**
 * The yearly reading of a PNI target, as models/intermediate/pni/int_pni__metas_anuales.sql computes
 * it (test/reports/pni checks both agree): the template shows it to the reporting institution.
 */
import type { PniIndicator, TipoMeta } from './pni-catalogue.js';

/** The target of one indicator for one year. */
export interface YearTarget {
  /** The target for the year, as pni_avance publishes it (a milestone for `acumulada` and `nivel`, the total for `fin_de_periodo`); null when undefined. */
  readonly meta: number | null;
  /**
   * What the template asks of the year: for `acumulada`, what the year itself must add (meta − the
   * milestone a year earlier); for `fin_de_periodo`, nothing of its own (null: the total is due at
   * the end); else `meta`.
   */
  readonly metaDelAnio: number | null;
}

/** Returns `cents × k / n` in units: rounded up to the unit for whole units, else to cents half away from zero (values are ≥ 0). */
function shareOf(cents: number, k: number, n: number, whole: boolean): number {
  if (whole) return Math.floor((cents * k + 100 * n - 1) / (100 * n));
  return Math.floor((2 * cents * k + n) / (2 * n)) / 100;
}

/** Returns the indicator's target for `anio`, or null when the year is outside its period. */
export function yearTarget(indicator: PniIndicator, anio: number): YearTarget | null {
  if (anio < indicator.anioInicio || anio > indicator.anioFin) return null;
  const value = indicator.valorMeta;
  if (value === null) return { meta: null, metaDelAnio: null };
  switch (indicator.tipoMeta) {
    case 'mensual':
      return { meta: value * 12, metaDelAnio: value * 12 };
    case 'acumulada':
    case 'nivel': {
      const cents = Math.round(value * 100);
      const years = indicator.anioFin - indicator.anioInicio + 1;
      const elapsed = anio - indicator.anioInicio + 1;
      const meta = shareOf(cents, elapsed, years, indicator.unidadesEnteras);
      if (indicator.tipoMeta === 'nivel') return { meta, metaDelAnio: meta };
      const before = shareOf(cents, elapsed - 1, years, indicator.unidadesEnteras);
      return { meta, metaDelAnio: Math.round((meta - before) * 100) / 100 };
    }
    case 'fin_de_periodo':
      return { meta: value, metaDelAnio: null };
    default:
      return { meta: value, metaDelAnio: value };
  }
}

/** Spanish label of a target kind, as the templates print it. */
export const tipoMetaLabel: Record<TipoMeta, string> = {
  anual: 'Anual',
  mensual: 'Mensual (cuenta 12 veces en el año)',
  acumulada: 'Acumulada en el periodo',
  nivel: 'Nivel a alcanzar en el periodo',
  fin_de_periodo: 'Total al final del periodo',
  porcentaje: 'Porcentaje',
  entregable: 'Entregable',
  por_definir: 'Por definir',
};

const number = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Returns the Spanish instruction for reporting the indicator in `anio` (what `valor` must hold). */
export function reportingHint(indicator: PniIndicator, anio: number): string {
  const target = yearTarget(indicator, anio);
  const unit = indicator.unidad;
  if (indicator.operacional) {
    return 'Lo calcula la DGME con los registros del almacén: no hace falta reportarlo. Si lo reporta, su cifra se publica a su lado para compararla.';
  }
  const context = indicator.contexto ? ` La DGME publica a su lado, solo como contexto, una cifra de sus registros (${indicator.contexto}) que no mide este indicador: repórtelo de todos modos.` : '';
  return hintFor(indicator, anio, target, unit) + context;
}

function hintFor(indicator: PniIndicator, anio: number, target: YearTarget | null, unit: string): string {
  const total = number(indicator.valorMeta ?? 0);
  switch (indicator.tipoMeta) {
    case 'anual':
      return `Escriba lo logrado en ${anio} (enero a diciembre, o hasta la fecha del reporte), en ${unit}. Meta: ${number(target?.meta ?? 0)} en el año.`;
    case 'mensual':
      return `Escriba el total logrado en ${anio} (la suma de los meses), en ${unit}. La meta es ${number(indicator.valorMeta ?? 0)} por mes: ${number(target?.meta ?? 0)} en el año.`;
    case 'acumulada':
      return `Escriba solo lo logrado en ${anio}, en ${unit}: el sistema suma los años. Meta total ${indicator.anioInicio}-${indicator.anioFin}: ${total}; debe llevarse ${number(target?.meta ?? 0)} al cierre de ${anio}.`;
    case 'nivel':
      return `Escriba el total vigente a la fecha del reporte (${unit}), no solo lo que se agregó en ${anio}: los años no se suman. Meta: ${total} al cierre de ${indicator.anioFin}; ${number(target?.meta ?? 0)} al cierre de ${anio}.`;
    case 'fin_de_periodo':
      return `Escriba solo lo logrado en ${anio}, en ${unit}: el sistema suma los años. Meta: ${total} en total al cierre de ${indicator.anioMeta ?? indicator.anioFin}; antes de ese año no se considera atrasado.`;
    case 'porcentaje':
      return `Escriba el porcentaje alcanzado en ${anio} como número (75 para 75 %). Meta: ${total} %.`;
    case 'entregable':
      return `Escriba 1 si ya está hecho, 0 si no. Se exige a más tardar en ${indicator.anioMeta ?? indicator.anioFin}; una vez reportado 1, no hace falta volver a reportarlo.`;
    case 'por_definir':
      return `La meta está por definir (${indicator.metaTexto}). Escriba lo logrado en ${anio}, en ${unit}; se registra sin evaluar.`;
  }
}
