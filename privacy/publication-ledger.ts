import { createHash } from 'node:crypto';
import { sqlString, type Warehouse } from '../pipelines/warehouse/warehouse-connection.js';
import { cellId, type FigureRole, type FigureSystem } from './figure-system.js';

/**
 * The publication ledger (`privacidad` schema of the warehouse): every figure each release
 * published or suppressed, with its true value. An attacker keeps the files of earlier releases
 * and versions, so the next release's disclosure control must see them: a correction must not
 * make an earlier suppressed cell recoverable, and a cell suppressed before stays suppressed while
 * its value is the same. Answers to information requests (`memoria consulta`) are releases too:
 * they record the finest cells they add up as hidden cells (`rol = 'oculta'`), which nobody saw
 * but which every later figure is checked against. Never published (it holds the true values of
 * suppressed cells).
 */

/** The role of a finest cell an answer added up without publishing it. */
export const HIDDEN_ROLE = 'oculta';

export interface LedgerFigure {
  readonly publicacion: string;
  readonly cifra: string;
  readonly fuente: string;
  readonly desde: string;
  readonly hasta: string;
  /** The dimension values of the figure's scope, as JSON. */
  readonly filtro: string;
  readonly valor: number;
  readonly suprimida: boolean;
  /** True for a cell of the finest grid (its scope is one month and every dimension). */
  readonly celda: boolean;
  readonly sensible: boolean;
  readonly rol: FigureRole | typeof HIDDEN_ROLE;
}

const SCHEMA = `
  create schema if not exists privacidad;
  create table if not exists privacidad.publicaciones (
    publicacion varchar primary key, edicion varchar not null, creada varchar not null, huella varchar not null, cifras integer not null,
    agrupadas varchar not null
  );
  create table if not exists privacidad.cifras_publicadas (
    publicacion varchar not null, cifra varchar not null, fuente varchar not null, desde varchar not null, hasta varchar not null,
    filtro varchar not null, valor bigint not null, suprimida boolean not null, celda boolean not null, sensible boolean not null, rol varchar not null
  );`;

/**
 * Returns every figure earlier releases published, in publication and id order (none before the
 * first release); only those of the given publications when a list is given (an answer repeated
 * as it was first given).
 */
export async function readLedger(warehouse: Warehouse, only?: readonly string[]): Promise<LedgerFigure[]> {
  if (!(await ledgerExists(warehouse))) return [];
  const rows = await warehouse.rows<LedgerFigure>('select * from privacidad.cifras_publicadas order by publicacion, cifra');
  if (!only) return rows;
  const wanted = new Set(only);
  return rows.filter((row) => wanted.has(row.publicacion));
}

/** Returns the names of every recorded publication, in order. */
export async function readPublications(warehouse: Warehouse): Promise<string[]> {
  if (!(await ledgerExists(warehouse))) return [];
  return (await warehouse.rows<{ publicacion: string }>('select publicacion from privacidad.publicaciones order by publicacion')).map((row) => row.publicacion);
}

async function ledgerExists(warehouse: Warehouse): Promise<boolean> {
  const found = await warehouse.rows<{ n: number }>(`select count(*)::integer as n from information_schema.tables where table_schema = 'privacidad' and table_name = 'cifras_publicadas'`);
  return found[0].n > 0;
}

/**
 * Returns what earlier releases did with the values of a merged dimension (the register's
 * nationality): the values they merged into `otras`, and those they published on their own in the
 * given sources. Merging must not change from one release to the next in a way that lets
 * `otras` of one release be subtracted from `otras` of another.
 */
export async function readEarlierMerges(warehouse: Warehouse, column: string, sources: readonly string[]): Promise<{ merged: Set<string>; separate: Set<string> }> {
  const found = await warehouse.rows<{ n: number }>(`select count(*)::integer as n from information_schema.tables where table_schema = 'privacidad' and table_name = 'publicaciones'`);
  if (found[0].n === 0 || sources.length === 0) return { merged: new Set(), separate: new Set() };
  const merged = await warehouse.rows<{ valor: string }>(`select distinct unnest(json_extract_string(agrupadas, '$[*]')) as valor from privacidad.publicaciones`);
  const separate = await warehouse.rows<{ valor: string }>(
    `
    select distinct json_extract_string(filtro, ?) as valor from privacidad.cifras_publicadas
    where celda and rol <> '${HIDDEN_ROLE}' and fuente in (${sources.map(sqlString).join(', ')})`,
    [`$.${column}`],
  );
  return {
    merged: new Set(merged.map((row) => row.valor)),
    separate: new Set(separate.map((row) => row.valor).filter((value): value is string => Boolean(value))),
  };
}

/**
 * Adds the figures of earlier releases to `system`: their cells (the current cell when the value
 * is unchanged) and every sum they published or suppressed, fixed as they were.
 */
export function addEarlierReleases(system: FigureSystem, ledger: readonly LedgerFigure[]): void {
  const byPublication = new Map<string, LedgerFigure[]>();
  for (const row of ledger) {
    const list = byPublication.get(row.publicacion);
    if (list) list.push(row);
    else byPublication.set(row.publicacion, [row]);
  }
  for (const [publication, rows] of byPublication) {
    const cells = rows
      .filter((row) => row.celda)
      .map((row) => {
        const dims = JSON.parse(row.filtro) as Record<string, string>;
        const index = system.earlierCell(row.cifra, { source: row.fuente, mes: row.desde, dims, value: Number(row.valor), sensitive: row.sensible });
        return { row, dims, index };
      });
    for (const row of rows) {
      if (row.rol === HIDDEN_ROLE) continue;
      const filter = JSON.parse(row.filtro) as Record<string, string>;
      const members = row.celda
        ? [cells.find((cell) => cell.row === row)!.index]
        : cells
            .filter((cell) => cell.row.fuente === row.fuente && cell.row.desde >= row.desde && cell.row.desde <= row.hasta && Object.entries(filter).every(([key, value]) => cell.dims[key] === value))
            .map((cell) => cell.index);
      system.addEarlierFigure(publication, {
        id: row.cifra,
        scope: { source: row.fuente, desde: row.desde, hasta: row.hasta, filter },
        members: [...new Set(members)].sort((a, b) => a - b),
        value: Number(row.valor),
        sensitive: row.sensible,
        role: row.rol as FigureRole,
        suppressed: row.suprimida,
      });
    }
  }
}

/** A figure of this release as the ledger records it, before the publication has its name. */
export type ReleaseFigure = Omit<LedgerFigure, 'publicacion'>;

/** Returns this release's figures (not the earlier releases' ones) as ledger rows, in id order. */
export function releaseFigures(system: FigureSystem): ReleaseFigure[] {
  const cells = new Set(system.cellFigures);
  return [...system.figures.values()]
    .filter((figure) => !figure.earlier)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((figure) => ({
      cifra: figure.id,
      fuente: figure.scope.source,
      desde: figure.scope.desde,
      hasta: figure.scope.hasta,
      filtro: JSON.stringify(figure.scope.filter),
      valor: figure.value,
      suprimida: figure.suppressed,
      celda: cells.has(figure),
      sensible: figure.sensitive,
      rol: figure.role,
    }));
}

/**
 * Records this release's figures in the ledger (in the run's warehouse transaction, so it commits with
 * the edition or not at all), and the finest cells in `hidden` (an answer's unpublished cells).
 * A release identical to one already recorded adds nothing. Returns the publication's name, or
 * undefined when it was already recorded.
 */
export async function recordPublication(
  warehouse: Warehouse,
  system: FigureSystem,
  edition: string,
  createdAt: string,
  merged: readonly string[],
  hidden: readonly number[] = [],
): Promise<string | undefined> {
  await warehouse.run(SCHEMA);
  const figures = releaseFigures(system);
  const fingerprint = createHash('sha256')
    .update(figures.map((figure) => `${figure.cifra}=${figure.valor}:${figure.suprimida}`).join('\n'))
    .digest('hex');
  const known = await warehouse.rows<{ n: number }>('select count(*)::integer as n from privacidad.publicaciones where huella = ?', [fingerprint]);
  if (known[0].n > 0) return undefined;
  const publication = `${edition}@${createdAt}#${fingerprint.slice(0, 12)}`;
  await warehouse.run('insert into privacidad.publicaciones values (?, ?, ?, ?, ?, ?)', [publication, edition, createdAt, fingerprint, figures.length, JSON.stringify(merged)]);
  const value = (figure: ReleaseFigure) =>
    [
      sqlString(publication),
      sqlString(figure.cifra),
      sqlString(figure.fuente),
      sqlString(figure.desde),
      sqlString(figure.hasta),
      sqlString(figure.filtro),
      String(figure.valor),
      String(figure.suprimida),
      String(figure.celda),
      String(figure.sensible),
      sqlString(figure.rol),
    ].join(', ');
  for (let start = 0; start < figures.length; start += 500) {
    const chunk = figures.slice(start, start + 500);
    await warehouse.run(`insert into privacidad.cifras_publicadas values ${chunk.map((figure) => `(${value(figure)})`).join(',\n')}`);
  }
  const hiddenRow = (index: number) => {
    const cell = system.cells[index];
    const id = cellId(cell);
    return [publication, id, cell.source, cell.mes, cell.mes, JSON.stringify(cell.dims)].map(sqlString).join(', ') + `, ${cell.value}, true, true, ${cell.sensitive}, '${HIDDEN_ROLE}'`;
  };
  for (let start = 0; start < hidden.length; start += 500) {
    const chunk = hidden.slice(start, start + 500);
    await warehouse.run(`insert into privacidad.cifras_publicadas values ${chunk.map((index) => `(${hiddenRow(index)})`).join(',\n')}`);
  }
  return publication;
}

/**
 * Folds the earlier figures that repeat one of this release (same cells, same value) into it: a
 * repeated suppressed one keeps the current figure suppressed; a repeated published one marks it
 * public for good (nothing may rely on suppressing it), unless it must now be suppressed as a small
 * cell (a higher threshold): then the earlier figure stays, and the audit says it was given away.
 * Returns how many earlier figures remain.
 */
export function foldRepeatedEarlier(system: FigureSystem): number {
  let remaining = 0;
  for (const figure of [...system.figures.values()]) {
    if (!figure.earlier) continue;
    const current = system.figures.get(figure.id.slice(figure.earlier.length + 1));
    const same =
      current && !current.earlier && current.value === figure.value && current.members.length === figure.members.length && current.members.every((member, index) => member === figure.members[index]);
    if (!same) {
      remaining++;
      continue;
    }
    if (!figure.suppressed && current.primary) {
      current.givenAway = true;
      remaining++;
      continue;
    }
    if (!figure.suppressed) current.publishedBefore = true;
    else if (!current.publishedBefore) current.suppressed = true;
    system.figures.delete(figure.id);
  }
  return remaining;
}

/**
 * Suppresses every figure an earlier release suppressed while its value is unchanged (the same
 * data gives the same pattern, and publishing it now would give the earlier one away); returns how many.
 */
export function keepEarlierSuppressions(system: FigureSystem): number {
  let count = 0;
  for (const earlier of system.figures.values()) {
    if (!earlier.earlier || !earlier.suppressed) continue;
    const current = system.figures.get(earlier.id.slice(earlier.earlier.length + 1));
    if (current && !current.earlier && !current.suppressed && !current.publishedBefore && current.value === earlier.value) {
      current.suppressed = true;
      count++;
    }
  }
  return count;
}
