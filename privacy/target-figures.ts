/**
 * The POA targets' execution (metas_avance, metas_ejecucion_mensual) under disclosure control. A
 * target on a protected source publishes a count of that population over a month or a year,
 * restricted by the target's dimension values: each such figure joins the edition's figure system
 * like the PNI values, so small ones are suppressed and none lets an attacker recover a suppressed
 * cell. A restriction the protected mart cannot express (a column it does not publish, a
 * nationality merged into `otras`) cannot be audited, so its figure is withheld.
 */
import type { ReportingPeriod } from '../pipelines/time/reporting-period.js';
import type { Figure, FigureSystem } from './figure-system.js';
import type { ProtectedTable, TextRow } from './protected-release.js';
import { protectedSources } from './protected-sources.js';

/** A target row's figure: registered in the system, withheld without one, or public (an unprotected source). */
type TargetFigure = Figure | 'withheld' | 'public';

/** Returns the dimension values a `filtro` (`oficina=central;sexo=F`) restricts to. */
export function parseFilter(filtro: string | null): Record<string, string> {
  if (!filtro) return {};
  return Object.fromEntries(filtro.split(';').map((pair) => pair.split('=') as [string, string]));
}

/** The months a metas_avance row counts: its month, or its year up to the reporting month. */
function targetSpan(row: TextRow, period: ReportingPeriod): [string, string] {
  const anio = row.anio!;
  if (row.mes) {
    const month = `${anio}-${row.mes.padStart(2, '0')}`;
    return [month, month];
  }
  const end = `${anio}-12`;
  return [`${anio}-01`, end < period.hasta ? end : period.hasta];
}

function register(system: FigureSystem, medida: string, desde: string, hasta: string, filtro: string | null, ejecutado: string | null): TargetFigure {
  const source = protectedSources.find((candidate) => candidate.source === medida);
  if (!source) return 'public';
  if (ejecutado === null) return 'public';
  const filter = parseFilter(filtro);
  if (Object.keys(filter).some((column) => !source.dimensions.includes(column) || column === source.mergeRare)) return 'withheld';
  const figure = system.addAggregate({ source: source.source, desde, hasta, filter }, 'printed', source.isSensitive(filter));
  // No cell means zero; a figure whose cells do not add up to the target's count was merged away.
  if (!figure) return Number(ejecutado) === 0 ? 'public' : 'withheld';
  return figure.value === Number(ejecutado) ? figure : 'withheld';
}

/** Registers the execution figures of both target datasets; returns each row's figure, in row order. */
export function registerTargetFigures(system: FigureSystem, period: ReportingPeriod, targets: ProtectedTable, months: ProtectedTable): Map<string, TargetFigure[]> {
  return new Map([
    [targets.name, targets.rows.map((row) => register(system, row.medida!, ...targetSpan(row, period), row.filtro, row.ejecutado))],
    [months.name, months.rows.map((row) => register(system, row.medida!, row.mes!, row.mes!, row.filtro, row.ejecutado))],
  ]);
}

/** Empties the execution the disclosure control suppressed or could not audit, and flags it in `suprimido`. */
export function applyTargetFigures(table: ProtectedTable, figures: readonly TargetFigure[]): ProtectedTable {
  table.rows.forEach((row, index) => {
    const figure = figures[index];
    const suppressed = figure === 'withheld' || (figure !== 'public' && figure.suppressed);
    row.suprimido = String(suppressed);
    if (suppressed) {
      row.ejecutado = null;
      if ('pct_ejecucion' in row) row.pct_ejecucion = null;
    }
  });
  return table;
}
