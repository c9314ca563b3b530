/**
 * `carnets`: carnés de tránsito vecinal fronterizo issued to children and adolescents who live on
 * the border with Guatemala (Reglamento Arts. 134–135), one row per card (record-level, with the
 * card's number as id). Nothing before July 2023: the OIM-funded carnetización project (Memoria
 * 2023-2024, Tabla 3) issued the bulk in jornadas in July and August 2023 at Valle Nuevo
 * (Jalpatagua, Jutiapa) and the Ahuachapán side, almost all first cards for Guatemalan children;
 * afterwards the Las Chinamas post issues a trickle (late first cards, replacements of lost or
 * damaged cards, renewals when the birth record changed) from January 2024. Over the reporting
 * period the cards of all tipos add up to Tabla 3's 1,128 = 529 M + 599 F.
 *
 * Awkward cases: the August 2023 export went out with two wrong records (a girl filed as `M`, and
 * the jornada form's default nacionalidad `SLV` left on a Guatemalan child) that a correction
 * re-sends by id; January 2024 comes from the post's spreadsheet (Windows-1252, `;`, DD/MM/YYYY,
 * `Primera vez`, `Renovación`, `Reposición`, `Masculino`/`Femenino`); the February 2024 export
 * carries a replacement typed as `duplicado` (outside the closed list), quarantined and re-sent by id
 * as `reposicion` in a later correction.
 */
import type { DemoSourceSummary, SourceResult } from '../demo-summary.js';
import { expandCounts, jitterWeights, splitTotal } from '../shared/allocate.js';
import { deliveryName, periodOf, toDayMonthYear } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { createRng, pickWeighted, type Rng } from '../shared/prng.js';
import { DayBuckets, yearlyIds } from '../shared/records.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['id', 'fecha', 'tipo', 'sexo', 'nacionalidad'];
const LEGACY_MONTH = '2024-01';
const LEGACY_HEADER = ['Id', 'Fecha', 'Tipo', 'Sexo', 'Nacionalidad'];
const CORRECTED_MONTH = '2023-08';
const BAD_TIPO_MONTH = '2024-02';
const BAD_TIPO = 'duplicado';

type Tipo = 'primera_vez' | 'renovacion' | 'reposicion';
type Sexo = 'M' | 'F';
const TIPOS: readonly Tipo[] = ['primera_vez', 'renovacion', 'reposicion'];

/**
 * Tabla 3: children documented in the reporting period (Jun-23..Mar-24), 529 M and 599 F, the
 * calibration target: first cards (`primera_vez`); renewals and replacements re-document the same children.
 */
const TABLA_3 = { M: 529, F: 599 } as const;

/** Jornadas of the project: day and relative turnout (Thursdays and Fridays at schools and community halls). */
const JORNADAS: ReadonlyArray<readonly [day: string, weight: number]> = [
  ['2023-07-13', 1.25],
  ['2023-07-14', 1.0],
  ['2023-07-20', 1.15],
  ['2023-07-21', 0.9],
  ['2023-07-27', 1.05],
  ['2023-08-10', 1.0],
  ['2023-08-11', 0.85],
  ['2023-08-17', 1.1],
  ['2023-08-18', 0.8],
  ['2023-08-24', 0.6],
];

/** Cards issued at the Las Chinamas post after the project, per month, sex and tipo (primera_vez, renovacion, reposicion). */
const VENTANILLA: Readonly<Record<string, Readonly<Record<Sexo, readonly [number, number, number]>>>> = {
  '2024-01': { M: [2, 1, 3], F: [2, 1, 4] },
  '2024-02': { M: [1, 0, 3], F: [3, 1, 3] },
  '2024-03': { M: [2, 1, 4], F: [1, 2, 4] },
  '2024-04': { M: [1, 0, 2], F: [0, 0, 2] },
  '2024-05': { M: [0, 0, 1], F: [1, 1, 1] },
};

/** How the post's spreadsheet writes each tipo. */
const TIPO_LABEL: Readonly<Record<Tipo, string>> = { primera_vez: 'Primera vez', renovacion: 'Renovación', reposicion: 'Reposición' };

type Card = readonly [id: string, day: string, tipo: Tipo, sexo: Sexo, nacionalidad: string];

/** Cards by sex; `porTipo` per tipo, both sexes. */
export interface CarnetsPeriodFigures {
  readonly M: number;
  readonly F: number;
  readonly total: number;
  readonly porTipo: Readonly<Record<Tipo, number>>;
}

/** What the generator wrote, once the corrections are applied: the figures a run must publish. */
export interface CarnetsFigures {
  /** Reporting period 2023-06..2024-03 (Tabla 3) and comparison period 2022-06..2023-03. */
  readonly actual: CarnetsPeriodFigures;
  readonly anterior: CarnetsPeriodFigures;
  /** Cards per month (only months with cards) and sex. */
  readonly porMes: Readonly<Record<string, { readonly M: number; readonly F: number }>>;
}

export interface CarnetsDemoResult extends SourceResult {
  readonly summary: DemoSourceSummary & { readonly cifras: CarnetsFigures };
}

/** Returns the months of the demo that have cards, in order. */
function cardMonths(): string[] {
  return [...new Set([...JORNADAS.map(([day]) => day.slice(0, 7)), ...Object.keys(VENTANILLA)])].sort();
}

/** Returns the jornadas' cards as `[day, sexo]` pairs: Tabla 3 minus the first cards the post issued in the period. */
function jornadaCards(rng: Rng): Map<string, Array<readonly [string, Sexo]>> {
  const byMonth = new Map<string, Array<readonly [string, Sexo]>>();
  const perDay: Record<Sexo, number[]> = { M: [], F: [] };
  for (const sexo of ['M', 'F'] as const) {
    const atPost = Object.entries(VENTANILLA)
      .filter(([month]) => periodOf(month) === 'actual')
      .reduce((sum, [, cells]) => sum + (cells[sexo][0] ?? 0), 0);
    perDay[sexo] = splitTotal(
      TABLA_3[sexo] - atPost,
      jitterWeights(
        rng,
        JORNADAS.map(([, w]) => w),
        0.08,
      ),
    );
  }
  JORNADAS.forEach(([day], i) => {
    const cards = expandCounts<Sexo>(rng, [
      ['M', perDay.M[i] ?? 0],
      ['F', perDay.F[i] ?? 0],
    ]).map((sexo) => [day, sexo] as const);
    byMonth.set(day.slice(0, 7), [...(byMonth.get(day.slice(0, 7)) ?? []), ...cards]);
  });
  return byMonth;
}

/** Returns the figures of the final cards. */
function figures(cards: readonly Card[]): CarnetsFigures {
  const period = (name: 'actual' | 'anterior'): CarnetsPeriodFigures => {
    const inPeriod = cards.filter(([, day]) => periodOf(day.slice(0, 7)) === name);
    const count = (test: (card: Card) => boolean) => inPeriod.filter(test).length;
    return {
      M: count((c) => c[3] === 'M'),
      F: count((c) => c[3] === 'F'),
      total: inPeriod.length,
      porTipo: { primera_vez: count((c) => c[2] === 'primera_vez'), renovacion: count((c) => c[2] === 'renovacion'), reposicion: count((c) => c[2] === 'reposicion') },
    };
  };
  const porMes: Record<string, { M: number; F: number }> = {};
  for (const [, day, , sexo] of cards) {
    const month = day.slice(0, 7);
    const cell = (porMes[month] ??= { M: 0, F: 0 });
    cell[sexo]++;
  }
  return { actual: period('actual'), anterior: period('anterior'), porMes };
}

/** Returns the summary of the `carnets` folder after writing one delivery per month with cards and two corrections. */
export function writeCarnetsDemo(root: string): CarnetsDemoResult {
  const rng = createRng('carnets');
  const folder = openSourceFolder(root, 'carnets');
  const nextId = yearlyIds('CTV', 5);
  const jornadas = jornadaCards(rng);
  const cards: Card[] = [];
  for (const month of cardMonths()) {
    let monthCards: Card[];
    const jornada = jornadas.get(month);
    if (jornada) {
      monthCards = jornada.map(([day, sexo]) => [nextId(day), day, 'primera_vez', sexo, pickWeighted(rng, ['GTM', 'HND'], [0.965, 0.035])]);
    } else {
      const cells = VENTANILLA[month] ?? { M: [0, 0, 0], F: [0, 0, 0] };
      const issued = expandCounts<readonly [Tipo, Sexo]>(
        rng,
        (['M', 'F'] as const).flatMap((sexo) => TIPOS.map((tipo, i) => [[tipo, sexo] as const, cells[sexo][i] ?? 0] as const)),
      );
      const buckets = new DayBuckets<readonly [Tipo, Sexo]>();
      buckets.spread(rng, month, 'habiles', issued);
      monthCards = buckets.ordered(rng).map(([day, [tipo, sexo]]) => [nextId(day), day, tipo, sexo, pickWeighted(rng, ['GTM', 'HND'], [0.9, 0.1])]);
    }
    cards.push(...monthCards);
    writeMonth(folder, month, monthCards);
  }
  const result = folder.result();
  return { ...result, summary: { ...result.summary, cifras: figures(cards) } };
}

type Folder = ReturnType<typeof openSourceFolder>;
const asRow = (card: Card): CsvValue[] => [...card];

/** Writes a month's delivery, with its awkward case and the correction that follows it. */
function writeMonth(folder: Folder, month: string, cards: readonly Card[]): void {
  const name = deliveryName(month, 7);
  if (month === LEGACY_MONTH) {
    const legacy = cards.map(([id, day, tipo, sexo, nacionalidad]) => [id, toDayMonthYear(day), TIPO_LABEL[tipo], sexo === 'M' ? 'Masculino' : 'Femenino', nacionalidad]);
    folder.csv(name, LEGACY_HEADER, legacy, { delimiter: ';', encoding: 'windows-1252' });
    folder.note(
      'windows-1252',
      name,
      "the Las Chinamas post's spreadsheet: Windows-1252, ';' delimiter, headers 'Id;Fecha;Tipo;Sexo;Nacionalidad', tipos 'Primera vez'/'Renovación'/'Reposición', sexo 'Masculino'/'Femenino' (synonyms of M/F), fecha DD/MM/YYYY",
    );
    return;
  }
  if (month === CORRECTED_MONTH) {
    // The jornada of the 17th: a girl filed as M, and a Guatemalan boy left with the form's default SLV.
    const girl = cards.findIndex(([, day, , sexo]) => day === '2023-08-17' && sexo === 'F');
    const boy = cards.findIndex(([, day, , sexo, nac], i) => i > girl && day === '2023-08-17' && sexo === 'M' && nac === 'GTM');
    const girlCard = cards[girl] as Card;
    const boyCard = cards[boy] as Card;
    const first = cards.map((card, i): Card => {
      if (i === girl) return [card[0], card[1], card[2], 'M', card[4]];
      if (i === boy) return [card[0], card[1], card[2], card[3], 'SLV'];
      return card;
    });
    folder.csv(name, HEADER, first.map(asRow));
    const correction = folder.csv(deliveryName(month, 20, 'csv', 'correccion'), HEADER, [asRow(girlCard), asRow(boyCard)]);
    folder.note(
      'actualizacion-id',
      correction,
      `replaces by id two records of ${name}: ${girlCard[0]} sexo M → F (line ${girl + 2} there) and ${boyCard[0]} nacionalidad SLV → GTM (line ${boy + 2}); the period's 529 M / 599 F hold only with the correction`,
    );
    return;
  }
  if (month === BAD_TIPO_MONTH) {
    const index = cards.findIndex(([, , tipo]) => tipo === 'reposicion');
    const card = cards[index] as Card;
    folder.csv(
      name,
      HEADER,
      cards.map((c, i) => (i === index ? [c[0], c[1], BAD_TIPO, c[3], c[4]] : asRow(c))),
    );
    folder.note('cuarentena-lista-cerrada', name, `tipo '${BAD_TIPO}' is not in the closed list (primera_vez, renovacion, reposicion): card ${card[0]}, re-sent as reposicion later`, index + 2);
    const correction = folder.csv(deliveryName(month, 20, 'csv', 'correccion'), HEADER, [asRow(card)]);
    folder.note('actualizacion-id', correction, `re-sends ${card[0]} (quarantined in ${name}) with tipo reposicion: the card counts from this delivery on`);
    return;
  }
  folder.csv(name, HEADER, cards.map(asRow));
}
