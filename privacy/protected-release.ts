import type { ReportingPeriod } from '../pipelines/time/reporting-period.js';
import type { Warehouse } from '../pipelines/warehouse/warehouse-connection.js';
import { findMeasure } from '../pipelines/contract/landing-sources.js';
import { auditFigures, type AuditResult, type FigureInterval } from './disclosure-audit.js';
import { FigureSystem, type Figure, type FigureScope } from './figure-system.js';
import { readFinestGrid, readProtectedTable } from './finest-grid.js';
import { addEarlierReleases, foldRepeatedEarlier, keepEarlierSuppressions, readLedger } from './publication-ledger.js';
import { PERSON_CUADROS, PRINTED_SPANS, PRINTED_TOTALS, protectedSources, TARGET_DATASETS, type CoarseGrid, type ProtectedSource } from './protected-sources.js';
import { suppressPrimary, suppressSecondary } from './secondary-suppression.js';
import { applyTargetFigures, registerTargetFigures } from './target-figures.js';

export type TextRow = Record<string, string | null>;

/** A dataset as published after protection: every value as text (exact), figures empty where suppressed. */
export interface ProtectedTable {
  readonly name: string;
  /** Column names and DuckDB types, in order, the suppression flags included. */
  readonly columns: { name: string; type: string }[];
  readonly rows: TextRow[];
}

/** What the run report says of the disclosure control (informe-ejecucion.json). */
export interface DisclosureSummary {
  readonly umbral: number;
  readonly cifras_vistas: number;
  /** Figures of earlier releases and versions (publication ledger) that differ from this release's. */
  readonly cifras_anteriores: number;
  readonly cifras_suprimidas: number;
  readonly primarias: number;
  /** Suppressed because an earlier release suppressed the same figure with the same value. */
  readonly mantenidas: number;
  readonly secundarias: number;
  /** Values merged into `otras` (the registry's rare nationalities). */
  readonly agrupadas_en_otras: string[];
  /** The suppressed figure whose attacker interval is narrowest. */
  readonly intervalo_mas_estrecho: { cifra: string; minimo: number; maximo: number | null } | null;
  /** The whole step (registering, suppressing, auditing) and the final audit alone. */
  readonly segundos: number;
  readonly segundos_auditoria: number;
}

/** A release the audit did not accept: nothing may be published. */
export class DisclosureFailure extends Error {
  constructor(
    readonly failures: FigureInterval[],
    earlierReleases: number,
    givenAway: boolean,
  ) {
    const first = failures[0];
    const plural = failures.length === 1 ? '' : 's';
    const found = `el control de divulgación encontró ${failures.length} cifra${plural} suprimida${plural} que se podría${failures.length === 1 ? '' : 'n'} deducir de lo publicado`;
    super(
      givenAway
        ? `${found}: ediciones, versiones o respuestas anteriores ya ${failures.length === 1 ? 'la' : 'las'} publicaron con el valor que ahora queda por debajo del umbral ` +
            `(por ejemplo ${first.id}: ${round(first.value)}), y ninguna supresión puede retirar${failures.length === 1 ? 'la' : 'las'}; revise el umbral (--umbral) o los datos; no se publica nada`
        : `${found} (por ejemplo ${first.id}: entre ${round(first.min)} y ${Number.isFinite(first.max) ? round(first.max) : 'sin límite'})` +
            (earlierReleases > 0
              ? `, también con lo que ya publicaron las ediciones o versiones anteriores (${earlierReleases} cifras), que ninguna supresión puede retirar; revise el umbral (--umbral) o los datos`
              : '') +
            '; no se publica nada',
    );
  }
}

export interface ProtectedRelease {
  readonly tables: ReadonlyMap<string, ProtectedTable>;
  readonly system: FigureSystem;
  readonly audit: AuditResult;
  readonly summary: DisclosureSummary;
  /**
   * Returns a total of a protected measure that a report prints (null when suppressed). Throws
   * when the protection step did not see that figure: what it did not see is not published.
   */
  printed(measure: string, desde: string, hasta: string, filter?: Readonly<Record<string, string>>): number | null;
  /** Returns true when the measure counts a protected source (its totals go through `printed`). */
  isProtected(measure: string): boolean;
}

const CUADRO_FIGURES = ['m', 'f', 'total'] as const;
const PERIODS = ['anterior', 'actual'] as const;
const RETRY_LIMIT = 20;

/**
 * Returns the edition's protected datasets after disclosure control (outputs.md, Privacy): every
 * figure published about a protected population — the monthly marts, their coarser grids, the
 * cuadros, the totals the reports print, the PNI values computed from the same records and the
 * execution of the operating plan's targets — is registered in one system; small cells are
 * suppressed, secondary suppression is chosen by linear programming, and an attacker's audit
 * (HiGHS) must accept the result, or DisclosureFailure.
 */
export async function protectRelease(warehouse: Warehouse, period: ReportingPeriod, threshold: number): Promise<ProtectedRelease> {
  const start = performance.now();
  const system = new FigureSystem();
  const { marts, cells, merged } = await readFinestGrid(warehouse, threshold);
  const rowFigures = new Map<string, Figure[]>();
  for (const [mart, list] of cells) {
    const figures = list.map((cell) => system.addCell(cell));
    rowFigures.set(mart, figures);
  }

  const tables = new Map<string, ProtectedTable>(marts);
  for (const source of protectedSources) {
    for (const grid of source.coarse) {
      const table = await readProtectedTable(warehouse, grid.name);
      rowFigures.set(
        grid.name,
        table.rows.map((row) => {
          const scope = gridScope(source, grid, row);
          return registered(system.addAggregate(scope, 'aggregate', source.isSensitive(scope.filter)), row.cantidad, grid.name);
        }),
      );
      tables.set(grid.name, table);
    }
  }
  // The totals the reports print, by month and over periods, years to date and calendar years.
  for (const name of [PRINTED_TOTALS, PRINTED_SPANS]) {
    const table = await readProtectedTable(warehouse, name);
    tables.set(name, table);
    rowFigures.set(
      name,
      table.rows.map((row) => {
        const measure = findMeasure(row.medida ?? '');
        const source = protectedSources.find((candidate) => candidate.mart === measure?.mart);
        if (!measure || !source) throw new Error(`${name}: la medida ${row.medida} no es de una fuente protegida`);
        const filter: Record<string, string> = { ...measure.filtro, ...(row.sexo ? { sexo: row.sexo } : {}) };
        const scope = { source: source.source, desde: row.desde ?? row.mes!, hasta: row.hasta ?? row.mes!, filter };
        return registered(system.addAggregate(scope, 'printed', source.isSensitive(filter)), row.cantidad, name);
      }),
    );
  }
  const cuadros = await readProtectedTable(warehouse, 'cuadros_memoria');
  const cuadroFigures = registerCuadros(system, cuadros, period);
  const pni = await pniOperational(warehouse);
  registerPniValues(system, period, pni);
  // The operating plan's targets count the same populations, month by month and over years.
  const targetTables = [await readProtectedTable(warehouse, TARGET_DATASETS[0]), await readProtectedTable(warehouse, TARGET_DATASETS[1])] as const;
  const targetFigures = registerTargetFigures(system, period, ...targetTables);

  // Earlier releases and versions stay published: their figures join the system as they were.
  addEarlierReleases(system, await readLedger(warehouse));
  const { primary, earlier, kept, secondary, audit, givenAway } = await protectFigures(system, threshold);
  if (audit.failures.length > 0) throw new DisclosureFailure(audit.failures, earlier, givenAway > 0);

  for (const [name, figures] of rowFigures) {
    const table = tables.get(name)!;
    table.rows.forEach((row, index) => {
      row.suprimido = String(figures[index].suppressed);
      if (figures[index].suppressed) row.cantidad = null;
    });
  }
  tables.set('cuadros_memoria', applyToCuadros(cuadros, cuadroFigures));
  tables.set('pni_avance', await protectPniValues(warehouse, system, period, pni));
  for (const table of targetTables) tables.set(table.name, applyTargetFigures(table, targetFigures.get(table.name)!));

  const narrowest = audit.intervals.reduce<FigureInterval | undefined>((best, interval) => (!best || interval.max - interval.min < best.max - best.min ? interval : best), undefined);
  const suppressedCount = system.suppressed().filter((figure) => !figure.earlier).length;
  return {
    tables,
    system,
    audit,
    summary: {
      umbral: threshold,
      cifras_vistas: system.figures.size - earlier,
      cifras_anteriores: earlier,
      cifras_suprimidas: suppressedCount,
      primarias: primary,
      mantenidas: kept,
      secundarias: secondary,
      agrupadas_en_otras: merged,
      segundos_auditoria: Math.round(audit.seconds * 10) / 10,
      intervalo_mas_estrecho: narrowest ? { cifra: narrowest.id, minimo: round(narrowest.min), maximo: Number.isFinite(narrowest.max) ? round(narrowest.max) : null } : null,
      segundos: Math.round((performance.now() - start) / 100) / 10,
    },
    printed(measure, desde, hasta, filter = {}) {
      const definition = findMeasure(measure)!;
      const source = protectedSources.find((candidate) => candidate.mart === definition.mart);
      if (!source) throw new Error(`La medida ${measure} no es de una fuente protegida`);
      const scope = { source: source.source, desde, hasta, filter: { ...definition.filtro, ...filter } };
      const figure = system.find(scope);
      if (figure) return figure.suppressed ? null : figure.value;
      // A sum the step never saw is printable only when every cell it adds up is published (anyone can add them).
      const cells = cellsIn(system, scope);
      if (cells.every((index) => system.cellFigures[index] && !system.cellFigures[index]!.suppressed)) return cells.reduce((sum, index) => sum + system.cells[index].value, 0);
      throw new Error(`La cifra ${measure} ${desde}..${hasta} ${JSON.stringify(filter)} no pasó por el control de divulgación y no puede publicarse`);
    },
    isProtected: (measure) => protectedSources.some((source) => source.mart === findMeasure(measure)?.mart),
  };
}

/** What protecting a figure system did: how many figures each step suppressed, and the final audit. */
export interface ProtectionOutcome {
  readonly primary: number;
  /** Figures of earlier releases that differ from this release's (they stay as published). */
  readonly earlier: number;
  /** Suppressed because an earlier release suppressed the same figure with the same value. */
  readonly kept: number;
  readonly secondary: number;
  readonly audit: AuditResult;
  /** The kept suppressions passed the audit as they were: no secondary suppression was searched. */
  readonly keptSufficed: boolean;
  /**
   * Figures an earlier release published with the value they have now, below the threshold: public
   * whatever this release suppresses. When there are any, they are the audit's failures and no
   * secondary suppression was searched.
   */
  readonly givenAway: number;
}

/**
 * Protects the figures of `system` that are not an earlier release's: primary suppression, the
 * earlier releases' binding, secondary suppression by linear programming and the attacker's audit,
 * with one more round over the whole source for a few failures. When the earlier releases' kept
 * suppressions already pass the audit, secondary suppression is skipped (when they do not, that
 * audit is one more, ≈ 1.5 s on the demo). The caller decides what an audit with failures means
 * (an edition publishes nothing; an answer is refused).
 */
export async function protectFigures(system: FigureSystem, threshold: number): Promise<ProtectionOutcome> {
  const primary = suppressPrimary(system, threshold);
  const earlier = foldRepeatedEarlier(system);
  keepEarlierSuppressions(system);
  const kept = system.suppressed().filter((figure) => !figure.earlier && !figure.primary).length;
  // The attacker reads a given-away figure in the earlier release itself, so the audit must fail on
  // it: the release fails at once instead of after the search (on the demo at threshold 10 the
  // step failed in 0.7 s instead of 34 s).
  const givenAway = [...system.figures.values()].filter((figure) => figure.givenAway);
  if (givenAway.length > 0) {
    const failures = givenAway.map((figure) => ({ id: figure.id, value: figure.value, min: figure.value, max: figure.value })).sort((a, b) => (a.id < b.id ? -1 : 1));
    return { primary, earlier, kept, secondary: 0, audit: { intervals: failures, failures, seconds: 0 }, keptSufficed: false, givenAway: failures.length };
  }
  // A revision keeps what the earlier release suppressed: when that already withstands the attacker
  // (the audit is the rule of outputs.md), it is the release, and no linear programme per figure runs.
  if (kept > 0) {
    const audit = await auditFigures(system, threshold);
    if (audit.failures.length === 0) return { primary, earlier, kept, secondary: 0, audit, keptSufficed: true, givenAway: 0 };
  }
  let secondary = await suppressSecondary(system, threshold);
  let audit = await auditFigures(system, threshold);
  // A few failures are interactions the neighbourhoods did not see: protect them again over their whole
  // source. Many come from what earlier releases published (a higher threshold), which nothing fixes.
  if (audit.failures.length > 0 && audit.failures.length <= RETRY_LIMIT) {
    secondary += await suppressSecondary(
      system,
      threshold,
      audit.failures.map((failure) => system.figures.get(failure.id)!),
    );
    audit = await auditFigures(system, threshold);
  }
  return { primary, earlier, kept, secondary, audit, keptSufficed: false, givenAway: 0 };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Returns the indices of this release's cells in a scope. */
function cellsIn(system: FigureSystem, scope: FigureScope): number[] {
  return system.cells.flatMap((cell, index) =>
    system.cellFigures[index] && cell.source === scope.source && cell.mes >= scope.desde && cell.mes <= scope.hasta && Object.entries(scope.filter).every(([key, value]) => cell.dims[key] === value)
      ? [index]
      : [],
  );
}

function registered(figure: Figure | undefined, published: string | null, table: string): Figure {
  if (!figure || figure.value !== Number(published)) throw new Error(`${table}: la cifra ${figure?.id ?? '(vacía)'} no es la suma de la tabla mensual (${published})`);
  return figure;
}

function gridScope(source: ProtectedSource, grid: CoarseGrid, row: TextRow): FigureScope {
  const filter: Record<string, string> = { ...grid.where };
  for (const dimension of grid.by) filter[dimension] = row[dimension] ?? '';
  const [desde, hasta] = timeSpan(grid.time, row[grid.time]!);
  return { source: source.source, desde, hasta, filter };
}

/** Returns the first and last month (`AAAA-MM`) of a month, quarter (`AAAA-Tn`) or year. */
function timeSpan(time: CoarseGrid['time'], value: string): [string, string] {
  if (time === 'mes') return [value, value];
  if (time === 'anio') return [`${value}-01`, `${value}-12`];
  const quarter = Number(value.slice(6));
  const month = (offset: number) => `${value.slice(0, 4)}-${String(3 * quarter - 2 + offset).padStart(2, '0')}`;
  return [month(0), month(2)];
}

/** Registers the cells of the protected cuadros; returns cuadro → codigo → figure column → figure. */
function registerCuadros(system: FigureSystem, cuadros: ProtectedTable, period: ReportingPeriod): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  const spans = { anterior: [period.desdeAnterior, period.hastaAnterior], actual: [period.desde, period.hasta] } as const;
  for (const source of protectedSources) {
    for (const cuadro of source.cuadros) {
      for (const row of cuadros.rows.filter((candidate) => candidate.cuadro === cuadro.name)) {
        for (const which of PERIODS) {
          for (const column of CUADRO_FIGURES) {
            const filter: Record<string, string> = {};
            if (row.codigo !== 'total') filter[cuadro.codeColumn] = row.codigo!;
            if (column !== 'total') filter.sexo = column.toUpperCase();
            const scope = { source: source.source, desde: spans[which][0], hasta: spans[which][1], filter };
            const published = Number(row[`${column}_${which}`] ?? 0);
            const figure = system.addAggregate(scope, 'printed', source.isSensitive(filter));
            if (!figure) {
              if (published !== 0) throw new Error(`cuadros_memoria: ${cuadro.name} ${row.codigo} ${column}_${which} no tiene celdas mensuales`);
              continue;
            }
            registered(figure, String(published), 'cuadros_memoria');
            figures.set(`${row.cuadro}|${row.codigo}|${column}_${which}`, figure);
          }
        }
      }
    }
  }
  for (const cuadro of PERSON_CUADROS) {
    for (const row of cuadros.rows.filter((candidate) => candidate.cuadro === cuadro.name)) {
      for (const which of PERIODS) {
        const [desde, hasta] = spans[which];
        const periodo = `${desde}..${hasta}`;
        for (const sexo of ['M', 'F']) {
          const value = Number(row[`${sexo.toLowerCase()}_${which}`] ?? 0);
          if (value === 0) continue; // no row means zero to an attacker too
          const figure = system.addCell({ source: cuadro.source, mes: desde, dims: { periodo, sexo }, value, sensitive: true });
          figure.role = 'printed';
          figures.set(`${row.cuadro}|${row.codigo}|${sexo.toLowerCase()}_${which}`, figure);
        }
        const total = system.addAggregate({ source: cuadro.source, desde, hasta, filter: { periodo } }, 'printed', true);
        if (total) figures.set(`${row.cuadro}|${row.codigo}|total_${which}`, registered(total, row[`total_${which}`], 'cuadros_memoria'));
      }
    }
  }
  return figures;
}

/** Returns the months a PNI value of `year` adds up: the year, up to the reporting month when it is that year. */
function pniYearSpan(year: number, period: ReportingPeriod): [string, string] {
  return [`${year}-01`, year === Number(period.hasta.slice(0, 4)) ? period.hasta : `${year}-12`];
}

/**
 * Registers each year's PNI value of the operational indicators computed from protected sources
 * (the reports' other totals are registered from medidas_protegidas_mensual and _periodo).
 */
function registerPniValues(system: FigureSystem, period: ReportingPeriod, pni: PniMapping[]): void {
  const hastaYear = Number(period.hasta.slice(0, 4));
  for (const source of protectedSources) {
    const years = [...new Set(system.cells.filter((cell) => cell.source === source.source).map((cell) => Number(cell.mes.slice(0, 4))))].filter((year) => year <= hastaYear);
    for (const mapping of pni.filter((candidate) => candidate.fuente === source.source)) {
      const filter = mapping.columna ? { [mapping.columna]: mapping.codigo! } : {};
      for (const year of years) {
        const [desde, hasta] = pniYearSpan(year, period);
        system.addAggregate({ source: source.source, desde, hasta, filter }, 'printed', source.isSensitive(filter));
      }
    }
  }
}

interface PniMapping {
  readonly indicador: string;
  readonly fuente: string;
  readonly columna: string | null;
  readonly codigo: string | null;
}

/** Reads the PNI indicators computed from the warehouse (which source, column and code each sums). */
async function pniOperational(warehouse: Warehouse): Promise<PniMapping[]> {
  const exists = await warehouse.rows<{ n: number }>(`select count(*)::integer as n from information_schema.tables where table_schema = 'referencia' and table_name = 'pni_operacionales'`);
  if (exists[0].n === 0) return [];
  return warehouse.rows(`select distinct indicador, fuente, nullif(columna, '') as columna, nullif(codigo, '') as codigo from referencia.pni_operacionales order by all`);
}

/**
 * Returns pni_avance as published: an operational value summed from a protected source is left
 * blank (with its percentage) when the disclosure control suppressed one of the yearly figures it
 * adds up; the status stays, since it only says on which side of the target the value is.
 */
async function protectPniValues(warehouse: Warehouse, system: FigureSystem, period: ReportingPeriod, pni: PniMapping[]): Promise<ProtectedTable> {
  const table = await readProtectedTable(warehouse, 'pni_avance');
  for (const row of table.rows) {
    const year = Number(row.anio);
    const parts = row.fuente === 'operacional' ? pni.filter((mapping) => mapping.indicador === row.indicador) : [];
    const suppressed = parts.some((mapping) => {
      const source = protectedSources.find((candidate) => candidate.source === mapping.fuente);
      if (!source) return false;
      const [desde, hasta] = pniYearSpan(year, period);
      const scope = { source: source.source, desde, hasta, filter: mapping.columna ? { [mapping.columna]: mapping.codigo! } : {} };
      return system.find(scope)?.suppressed ?? false;
    });
    row.suprimido = String(suppressed);
    if (suppressed) {
      row.valor = null;
      row.pct_meta = null;
    }
  }
  return table;
}

/** Empties the suppressed figures of cuadros_memoria and flags each one in its own column. */
function applyToCuadros(cuadros: ProtectedTable, figures: Map<string, Figure>): ProtectedTable {
  for (const row of cuadros.rows) {
    let any = false;
    for (const which of PERIODS) {
      for (const column of CUADRO_FIGURES) {
        const name = `${column}_${which}`;
        const suppressed = figures.get(`${row.cuadro}|${row.codigo}|${name}`)?.suppressed ?? false;
        row[`suprimido_${name}`] = String(suppressed);
        if (suppressed) row[name] = null;
        any ||= suppressed;
      }
    }
    // The change would give a suppressed total away.
    if (row.total_actual === null || row.total_anterior === null) {
      row.variacion = null;
      row.variacion_pct = null;
    }
    row.suprimido = String(any);
  }
  const flags = PERIODS.flatMap((which) => CUADRO_FIGURES.map((column) => ({ name: `suprimido_${column}_${which}`, type: 'BOOLEAN' })));
  return { ...cuadros, columns: [...cuadros.columns, ...flags] };
}
