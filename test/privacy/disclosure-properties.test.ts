/**
 * Property tests of the disclosure control on random small tables (seeded): a 3-way table of
 * months × category × sex with its margins published, as the releases publish them. The protection
 * must always leave nothing the independent attacker (lp-attacker.ts) can recover, and the audit
 * must never accept a pattern that attacker breaks.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, type Rng } from '../../pipelines/demo/shared/prng.js';
import { auditFigures } from '../../privacy/disclosure-audit.js';
import { FigureSystem, type Figure } from '../../privacy/figure-system.js';
import { protectFigures } from '../../privacy/protected-release.js';
import { addEarlierReleases, foldRepeatedEarlier, keepEarlierSuppressions, releaseFigures, type LedgerFigure } from '../../privacy/publication-ledger.js';
import { suppressPrimary, suppressSecondary } from '../../privacy/secondary-suppression.js';
import { attack, type FineRow, type SumRow } from './lp-attacker.js';

const THRESHOLD = 5;
const SEXES = ['M', 'F'];

interface RandomTable {
  readonly months: string[];
  readonly categories: string[];
  readonly cells: { mes: string; categoria: string; sexo: string; value: number }[];
}

/** Returns a sparse random table with many small counts, some zeros and some large ones. */
function randomTable(random: Rng): RandomTable {
  const months = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, index) => `2024-0${index + 1}`);
  const categories = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, index) => `c${index}`);
  const cells = [];
  for (const mes of months) {
    for (const categoria of categories) {
      for (const sexo of SEXES) {
        const draw = random();
        if (draw < 0.15) continue; // no row: a known zero
        const value = draw < 0.55 ? 1 + Math.floor(random() * 4) : draw < 0.6 ? 0 : 5 + Math.floor(random() * 40);
        cells.push({ mes, categoria, sexo, value });
      }
    }
  }
  return { months, categories, cells };
}

/** The sums a release publishes of such a table: by month and category, by month and sex, by month, by category and sex over all months, the grand total. */
function scopes(table: RandomTable): { desde: string; hasta: string; filter: Record<string, string> }[] {
  const first = table.months[0];
  const last = table.months[table.months.length - 1];
  const list: { desde: string; hasta: string; filter: Record<string, string> }[] = [];
  for (const mes of table.months) {
    list.push({ desde: mes, hasta: mes, filter: {} });
    for (const categoria of table.categories) list.push({ desde: mes, hasta: mes, filter: { categoria } });
    for (const sexo of SEXES) list.push({ desde: mes, hasta: mes, filter: { sexo } });
  }
  for (const categoria of table.categories) for (const sexo of SEXES) list.push({ desde: first, hasta: last, filter: { categoria, sexo } });
  list.push({ desde: first, hasta: last, filter: {} });
  return list;
}

function buildSystem(table: RandomTable): FigureSystem {
  const system = new FigureSystem();
  for (const cell of table.cells) system.addCell({ source: 't', mes: cell.mes, dims: { categoria: cell.categoria, sexo: cell.sexo }, value: cell.value, sensitive: true });
  for (const scope of scopes(table)) system.addAggregate({ source: 't', ...scope }, 'aggregate', true);
  return system;
}

/** Returns the attacker's breaches of the pattern `system` holds, from the attacker's own formulation. */
async function attackSystem(table: RandomTable, system: FigureSystem): Promise<string[]> {
  const figureOf = (scope: { desde: string; hasta: string; filter: Record<string, string> }) => system.find({ source: 't', ...scope });
  const fine: FineRow[] = table.cells.map((cell) => {
    const figure = figureOf({ desde: cell.mes, hasta: cell.mes, filter: { categoria: cell.categoria, sexo: cell.sexo } })!;
    return { mes: cell.mes, dims: { categoria: cell.categoria, sexo: cell.sexo }, value: figure.suppressed ? null : cell.value };
  });
  const truth = new Map<string, number>();
  for (const cell of table.cells) truth.set(`${cell.mes} ${JSON.stringify({ categoria: cell.categoria, sexo: cell.sexo })}`, cell.value);
  const sums: SumRow[] = [];
  for (const scope of scopes(table)) {
    const figure = figureOf(scope);
    if (!figure) continue;
    const label = `${scope.desde}..${scope.hasta} ${JSON.stringify(scope.filter)}`;
    truth.set(label, figure.value);
    sums.push({ label, desde: scope.desde, hasta: scope.hasta, where: scope.filter, value: figure.suppressed ? null : figure.value });
  }
  return (await attack(fine, sums, (label) => truth.get(label)!, THRESHOLD)).map((breach) => breach.label);
}

describe('disclosure control on random small tables', () => {
  it('protection always leaves nothing the independent attacker can recover or prove small', { timeout: 300_000 }, async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const table = randomTable(mulberry32(seed));
      const system = buildSystem(table);
      suppressPrimary(system, THRESHOLD);
      await suppressSecondary(system, THRESHOLD);
      expect((await auditFigures(system, THRESHOLD)).failures, `semilla ${seed}`).toEqual([]);
      expect(await attackSystem(table, system), `semilla ${seed}`).toEqual([]);
    }
  });

  it('the audit never accepts a pattern the attacker breaks, and rejects primary suppression alone', { timeout: 300_000 }, async () => {
    let rejectedPrimaryOnly = 0;
    for (let seed = 101; seed <= 140; seed++) {
      const random = mulberry32(seed);
      const table = randomTable(random);
      const system = buildSystem(table);
      suppressPrimary(system, THRESHOLD);
      // Every other seed adds random suppressions on top, to try patterns the protection would not choose.
      if (seed % 2 === 0) for (const figure of system.figures.values() as Iterable<Figure>) if (random() < 0.2) figure.suppressed = true;
      const audit = await auditFigures(system, THRESHOLD);
      const breaches = await attackSystem(table, system);
      if (audit.failures.length === 0) expect(breaches, `semilla ${seed}`).toEqual([]);
      if (breaches.length > 0) expect(audit.failures.length, `semilla ${seed}`).toBeGreaterThan(0);
      if (seed % 2 === 1 && audit.failures.length > 0) rejectedPrimaryOnly++;
    }
    // Primary suppression alone leaks in these tables: the audit must say so most of the time.
    expect(rejectedPrimaryOnly).toBeGreaterThan(10);
  });

  it('a revision of unchanged data publishes exactly the first version’s pattern, through the kept suppressions alone', { timeout: 300_000 }, async () => {
    let revisionsWithKept = 0;
    for (let seed = 201; seed <= 215; seed++) {
      const table = randomTable(mulberry32(seed));
      const first = buildSystem(table);
      expect((await protectFigures(first, THRESHOLD)).audit.failures, `semilla ${seed}`).toEqual([]);
      const firstPattern = first.suppressed().map((figure) => figure.id);

      const revision = buildSystem(table);
      addEarlierReleases(revision, ledgerOf(first, 'v1'));
      const outcome = await protectFigures(revision, THRESHOLD);
      expect(
        revision
          .suppressed()
          .filter((figure) => !figure.earlier)
          .map((figure) => figure.id),
        `semilla ${seed}`,
      ).toEqual(firstPattern);
      expect(outcome.audit.failures, `semilla ${seed}`).toEqual([]);
      if (outcome.kept > 0) {
        revisionsWithKept++;
        expect(outcome.keptSufficed, `semilla ${seed}`).toBe(true);
      }
    }
    // Most first versions needed secondary suppressions: their revisions take the kept pattern's path.
    expect(revisionsWithKept).toBeGreaterThan(10);
  });

  it('a revision with changed cells, protected with the first version in view, leaves nothing an attacker holding both versions can recover', { timeout: 300_000 }, async () => {
    const paths = { kept: 0, searched: 0, refused: 0 };
    for (let seed = 301; seed <= 340; seed++) {
      const random = mulberry32(seed);
      const table = randomTable(random);
      const first = buildSystem(table);
      expect((await protectFigures(first, THRESHOLD)).audit.failures, `semilla ${seed}`).toEqual([]);

      const revisedTable = revise(table, random);
      const revision = buildSystem(revisedTable);
      addEarlierReleases(revision, ledgerOf(first, 'v1'));
      const outcome = await protectFigures(revision, THRESHOLD);
      // What the first version published may leave a changed cell unprotectable: the edition is then refused.
      if (outcome.audit.failures.length > 0) {
        paths.refused++;
        continue;
      }
      if (outcome.keptSufficed) paths.kept++;
      else paths.searched++;
      const versions = [
        { name: 'v1', table, system: first },
        { name: 'v2', table: revisedTable, system: revision },
      ];
      expect(await attackVersions(versions), `semilla ${seed}`).toEqual([]);
    }
    // Both paths were taken: revisions whose kept suppressions sufficed, and revisions that searched for more.
    expect(paths.kept, JSON.stringify(paths)).toBeGreaterThan(2);
    expect(paths.searched, JSON.stringify(paths)).toBeGreaterThan(2);
  });

  it('a higher threshold fails at once on the small figures an earlier version published, where the full search and audit fail too', { timeout: 300_000 }, async () => {
    let failedAtOnce = 0;
    for (let seed = 401; seed <= 420; seed++) {
      const table = randomTable(mulberry32(seed));
      const first = buildSystem(table);
      expect((await protectFigures(first, THRESHOLD)).audit.failures, `semilla ${seed}`).toEqual([]);
      const withLedger = () => {
        const revision = buildSystem(table);
        addEarlierReleases(revision, ledgerOf(first, 'v1'));
        return revision;
      };
      const outcome = await protectFigures(withLedger(), 2 * THRESHOLD);
      if (outcome.givenAway === 0) continue;
      failedAtOnce++;
      // The long way round, as protectFigures went before it stopped early: the audit fails on every one of them.
      const searched = withLedger();
      suppressPrimary(searched, 2 * THRESHOLD);
      foldRepeatedEarlier(searched);
      keepEarlierSuppressions(searched);
      await suppressSecondary(searched, 2 * THRESHOLD);
      const audited = new Set((await auditFigures(searched, 2 * THRESHOLD)).failures.map((failure) => failure.id));
      expect(
        outcome.audit.failures.filter((failure) => !audited.has(failure.id)),
        `semilla ${seed}`,
      ).toEqual([]);
    }
    expect(failedAtOnce).toBeGreaterThan(10);
  });

  it('the same data gives the same pattern', async () => {
    const pattern = async () => {
      const system = buildSystem(randomTable(mulberry32(7)));
      suppressPrimary(system, THRESHOLD);
      await suppressSecondary(system, THRESHOLD);
      return system.suppressed().map((figure) => figure.id);
    };
    expect(await pattern()).toEqual(await pattern());
  });
});

/** Returns the ledger rows a release of `system` records as `publicacion` (publication-ledger.ts). */
const ledgerOf = (system: FigureSystem, publicacion: string): LedgerFigure[] => releaseFigures(system).map((figure) => ({ ...figure, publicacion }));

/** Returns the table with about one cell in six changed by 1 to 3 (never below zero), as a corrected delivery would. */
function revise(table: RandomTable, random: Rng): RandomTable {
  const cells = table.cells.map((cell) => {
    if (random() >= 1 / 6) return cell;
    const change = (1 + Math.floor(random() * 3)) * (random() < 0.5 ? -1 : 1);
    return { ...cell, value: Math.max(0, cell.value + change) };
  });
  return { ...table, cells };
}

/**
 * Attacks two versions of a table together, as release-attack.ts attacks editions: a cell whose
 * value did not change is one unknown (known if either version published it); a changed cell is
 * one unknown per version. Returns the breaches' labels.
 */
async function attackVersions(versions: { name: string; table: RandomTable; system: FigureSystem }[]): Promise<string[]> {
  const key = (cell: { mes: string; categoria: string; sexo: string }) => `${cell.mes}|${cell.categoria}|${cell.sexo}`;
  const cells = new Map<string, { mes: string; categoria: string; sexo: string }>();
  for (const version of versions) for (const cell of version.table.cells) cells.set(key(cell), cell);
  const fine: FineRow[] = [];
  const truth = new Map<string, number>();
  for (const cell of cells.values()) {
    const seen = versions.map((version) => {
      const own = version.table.cells.find((candidate) => key(candidate) === key(cell));
      if (!own) return { value: 0, published: 0 as number | null };
      const figure = version.system.find({ source: 't', desde: cell.mes, hasta: cell.mes, filter: { categoria: cell.categoria, sexo: cell.sexo } })!;
      return { value: own.value, published: figure.suppressed ? null : own.value };
    });
    if (seen.every((entry) => entry.value === seen[0].value)) {
      const dims = { categoria: cell.categoria, sexo: cell.sexo };
      fine.push({ mes: cell.mes, dims, value: seen.find((entry) => entry.published !== null)?.published ?? null });
      truth.set(`${cell.mes} ${JSON.stringify(dims)}`, seen[0].value);
    } else {
      versions.forEach((version, index) => {
        const dims = { categoria: cell.categoria, sexo: cell.sexo, version_publicada: version.name };
        fine.push({ mes: cell.mes, dims, value: seen[index].published, version: version.name });
        truth.set(`${cell.mes} ${JSON.stringify(dims)}`, seen[index].value);
      });
    }
  }
  const sums: SumRow[] = [];
  for (const version of versions) {
    for (const scope of scopes(version.table)) {
      const figure = version.system.find({ source: 't', ...scope });
      if (!figure) continue;
      const label = `${version.name} ${scope.desde}..${scope.hasta} ${JSON.stringify(scope.filter)}`;
      truth.set(label, figure.value);
      sums.push({ label, desde: scope.desde, hasta: scope.hasta, where: scope.filter, value: figure.suppressed ? null : figure.value, version: version.name });
    }
  }
  return (await attack(fine, sums, (label) => truth.get(label)!, THRESHOLD)).map((breach) => breach.label);
}
