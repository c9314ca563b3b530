/**
 * `capacitaciones`: participants in the Escuela Migratoria's courses, one row per participant and
 * course session (record-level, no id) with the participant's anonymised `persona` key; `fecha` is
 * the session's first day. One delivery per month with sessions (none in December).
 *
 * The three courses of the Memoria 2023-2024's Tabla 23 (coordination initiatives) add up, over the
 * reporting period, to its participants: `curso_basico_trata` 73 M + 47 F and
 * `documentos_fraudulentos` 53 M + 58 F (INL, with earlier and later cohorts), and
 * `migracion_cambio_climatico` 40 M + 22 F (OIM, new in 2023; a May 2024 cohort opens to the
 * environment and agriculture ministries). Mostly DGME staff, with some PNC and MRREE officers.
 * Around them run the Escuela's own courses for DGME staff (induction of each intake of new hires,
 * migrants' human rights, attention to children and adolescents, detection of trafficking victims at
 * the border posts), some open to the institutions of the field; every course code is in
 * seeds/cursos.csv. People come back for other courses (never the same one twice), so there are
 * fewer people than participations; new hires join the staff who may train after their induction.
 *
 * Awkward cases: the November 2023 session of `documentos_fraudulentos` was first sent without three
 * participants who signed the list late; a correction re-sends the whole session (its keys fecha +
 * curso + institucion + sexo replace the first ones), and only then do Tabla 23's figures hold.
 * February 2024 comes from the Escuela's spreadsheet saved as "CSV UTF-8" in a Spanish locale: BOM,
 * `;` delimiter, headers `Fecha;Curso;Institución;Sexo;Persona`, DD/MM/YYYY dates, upper-case
 * institutions and sexo `Masculino`/`Femenino`.
 */
import type { DemoSourceSummary, SourceResult } from '../demo-summary.js';
import { jitterWeights, splitTotal } from '../shared/allocate.js';
import { dayWeight } from '../shared/daily-profile.js';
import { daysOfMonth, deliveryName, monthRange, periodOf, toDayMonthYear, weekday } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { isHolyWeek } from '../shared/holidays.js';
import { createRng, hashText, randomInt, shuffleInPlace, type Rng } from '../shared/prng.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['fecha', 'curso', 'institucion', 'sexo', 'persona'];
const SPREADSHEET_MONTH = '2024-02';
const SPREADSHEET_HEADER = ['Fecha', 'Curso', 'Institución', 'Sexo', 'Persona'];
const CORRECTED = { curso: 'documentos_fraudulentos', month: '2023-11', missing: 3 } as const;

type Sexo = 'M' | 'F';
/** Institutions' weights in a session (lower-case acronyms, as the contract's `institucion`). */
type Mix = Readonly<Record<string, number>>;

/** Tabla 23: participants over the reporting period (Jun-23..Mar-24), the calibration targets. */
const TABLA_23 = {
  curso_basico_trata: { M: 73, F: 47 },
  migracion_cambio_climatico: { M: 40, F: 22 },
  documentos_fraudulentos: { M: 53, F: 58 },
} as const;
type Tabla23Curso = keyof typeof TABLA_23;

/** Cohorts of the Tabla 23 courses inside the reporting period: their first days (share the period's participants). */
const TABLA_23_COHORTS: Readonly<Record<Tabla23Curso, readonly string[]>> = {
  curso_basico_trata: ['2023-07-11', '2023-10-17', '2024-01-23', '2024-03-05'],
  migracion_cambio_climatico: ['2023-09-12', '2024-02-20'],
  documentos_fraudulentos: ['2023-08-22', '2023-11-14', '2024-03-12'],
};

/** Cohorts of the same courses outside the reporting period (invented: the Memoria prints none). */
const OTHER_COHORTS: ReadonlyArray<{ curso: Tabla23Curso; day: string; M: number; F: number; mix?: Mix }> = [
  { curso: 'curso_basico_trata', day: '2022-10-18', M: 18, F: 10 },
  { curso: 'documentos_fraudulentos', day: '2023-02-14', M: 13, F: 14 },
  { curso: 'documentos_fraudulentos', day: '2024-05-21', M: 15, F: 16 },
  { curso: 'migracion_cambio_climatico', day: '2024-05-14', M: 15, F: 13, mix: { dgme: 0.4, marn: 0.2, mag: 0.15, mrree: 0.15, proteccion_civil: 0.1 } },
];

/** Tabla 23's courses: mostly DGME, with PNC and MRREE officers. */
const TABLA_23_MIX: Readonly<Record<Tabla23Curso, Mix>> = {
  curso_basico_trata: { dgme: 0.78, pnc: 0.14, mrree: 0.08 },
  migracion_cambio_climatico: { dgme: 0.8, mrree: 0.12, pnc: 0.08 },
  documentos_fraudulentos: { dgme: 0.8, pnc: 0.12, mrree: 0.08 },
};

/** The Escuela's own courses: calendar months they run in, size range, share of women and who attends. */
const OWN_COURSES: ReadonlyArray<{ curso: string; months: readonly number[]; size: readonly [number, number]; mujeres: number; mix: Mix }> = [
  { curso: 'induccion_personal', months: [2, 6, 10], size: [12, 22], mujeres: 0.5, mix: { dgme: 1 } },
  { curso: 'derechos_humanos_migrantes', months: [3, 7, 9], size: [18, 26], mujeres: 0.52, mix: { dgme: 0.85, pddh: 0.1, pgr: 0.05 } },
  { curso: 'atencion_nna', months: [4, 10], size: [16, 22], mujeres: 0.66, mix: { dgme: 0.7, conapina: 0.2, pgr: 0.1 } },
  { curso: 'deteccion_trata', months: [1, 5, 8, 11], size: [18, 24], mujeres: 0.42, mix: { dgme: 0.7, pnc: 0.15, fgr: 0.08, isdemu: 0.07 } },
];

/** New hires per induction: the intake grew in 2023 with the new passport offices. */
const INTAKE_GROWTH: Readonly<Record<string, number>> = { '2022': 1, '2023': 1.25, '2024': 1.1 };

/** DGME staff who may attend a course (besides each intake of new hires), by sex. */
const DGME_STAFF: Readonly<Record<Sexo, number>> = { M: 125, F: 115 };
/** For another institution: how likely a seat goes to someone who never came, against the people who did. */
const NEWCOMER_WEIGHT = 2.2;

interface Session {
  readonly day: string;
  readonly curso: string;
  /** Participants of the session by institution and sex. */
  readonly seats: ReadonlyArray<readonly [institucion: string, sexo: Sexo, count: number]>;
}

type Row = readonly [day: string, curso: string, institucion: string, sexo: Sexo, persona: string];

/** An anonymised, stable person key (what the Escuela would send: a hash of the staff or DUI number). */
function personKey(institucion: string, sexo: Sexo, index: number): string {
  const text = `capacitaciones/${institucion}/${sexo}/${index}`;
  return `P${hashText(text).toString(16).padStart(8, '0')}${hashText(`${text}#`).toString(16).padStart(8, '0')}`;
}

interface Person {
  readonly key: string;
  /** How keen the person (or their boss) is on training: the weight of being picked for a seat. */
  readonly affinity: number;
  readonly courses: Set<string>;
}

/** The people who may fill the seats: DGME staff (plus each intake) and the officers of other institutions. */
class People {
  private readonly groups = new Map<string, Person[]>();

  constructor(private readonly rng: Rng) {
    for (const sexo of ['M', 'F'] as const) for (let i = 0; i < DGME_STAFF[sexo]; i++) this.add('dgme', sexo);
  }

  /** Returns a new person of an institution and sex. */
  add(institucion: string, sexo: Sexo): Person {
    const group = this.group(institucion, sexo);
    const person: Person = { key: personKey(institucion, sexo, group.length), affinity: 0.03 + this.rng() ** 4, courses: new Set() };
    group.push(person);
    return person;
  }

  /** Returns count people of an institution and sex who never took the course, weighted by affinity. */
  pick(institucion: string, sexo: Sexo, curso: string, count: number): Person[] {
    const chosen: Person[] = [];
    const candidates = this.group(institucion, sexo).filter((p) => !p.courses.has(curso));
    const newcomers = institucion === 'dgme' ? 0 : NEWCOMER_WEIGHT;
    while (chosen.length < count) {
      const total = candidates.reduce((sum, p) => sum + p.affinity, 0);
      let target = this.rng() * (total + newcomers);
      let index = candidates.findIndex((p) => (target -= p.affinity) < 0);
      if (index < 0 && newcomers === 0 && candidates.length > 0) index = candidates.length - 1;
      const person = index < 0 ? this.add(institucion, sexo) : (candidates.splice(index, 1)[0] as Person);
      chosen.push(person);
    }
    return chosen;
  }

  private group(institucion: string, sexo: Sexo): Person[] {
    const key = `${institucion}/${sexo}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = []));
    return group;
  }
}

/** Returns a working Tuesday to Thursday in the second or third week of the month, outside Holy Week. */
function sessionDay(rng: Rng, month: string): string {
  const days = daysOfMonth(month).filter((day) => {
    const date = Number(day.slice(8, 10));
    return date >= 7 && date <= 24 && [2, 3, 4].includes(weekday(day)) && dayWeight(day, 'habiles') > 0 && !isHolyWeek(day);
  });
  return days[Math.floor(rng() * days.length)] as string;
}

/** Returns seats by institution and sex for given counts of men and women. */
function seats(rng: Rng, mix: Mix, bySex: Readonly<Record<Sexo, number>>): Session['seats'] {
  const institutions = Object.keys(mix);
  return (['M', 'F'] as const).flatMap((sexo) => {
    const parts = splitTotal(
      bySex[sexo],
      jitterWeights(
        rng,
        institutions.map((i) => mix[i] ?? 0),
        0.15,
      ),
    );
    return institutions.map((institucion, i) => [institucion, sexo, parts[i] ?? 0] as const);
  });
}

/** Returns every session of the demo span, in day order. */
function planSessions(rng: Rng): Session[] {
  const sessions: Session[] = [];
  for (const [curso, days] of Object.entries(TABLA_23_COHORTS) as Array<[Tabla23Curso, readonly string[]]>) {
    const men = splitTotal(
      TABLA_23[curso].M,
      jitterWeights(
        rng,
        days.map(() => 1),
        0.12,
      ),
    );
    const women = splitTotal(
      TABLA_23[curso].F,
      jitterWeights(
        rng,
        days.map(() => 1),
        0.12,
      ),
    );
    days.forEach((day, i) => sessions.push({ day, curso, seats: seats(rng, TABLA_23_MIX[curso], { M: men[i] ?? 0, F: women[i] ?? 0 }) }));
  }
  for (const cohort of OTHER_COHORTS) {
    sessions.push({ day: cohort.day, curso: cohort.curso, seats: seats(rng, cohort.mix ?? TABLA_23_MIX[cohort.curso], cohort) });
  }
  for (const month of monthRange('2022-01', '2024-05')) {
    for (const course of OWN_COURSES) {
      if (!course.months.includes(Number(month.slice(5, 7)))) continue;
      const growth = course.curso === 'induccion_personal' ? (INTAKE_GROWTH[month.slice(0, 4)] ?? 1) : 1;
      const size = Math.round(randomInt(rng, course.size[0], course.size[1]) * growth);
      const [men = 0, women = 0] = splitTotal(size, jitterWeights(rng, [1 - course.mujeres, course.mujeres], 0.15));
      sessions.push({ day: sessionDay(rng, month), curso: course.curso, seats: seats(rng, course.mix, { M: men, F: women }) });
    }
  }
  return sessions.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.curso < b.curso ? -1 : a.curso > b.curso ? 1 : 0));
}

/** Returns a session's rows (its attendance list, institutions mixed) after picking who sits in each seat. */
function fillSession(rng: Rng, people: People, session: Session): Row[] {
  const attendees: Array<readonly [string, Sexo, Person]> = [];
  for (const [institucion, sexo, count] of session.seats) {
    // An intake of new hires is new people; they may train in later courses.
    const persons = session.curso === 'induccion_personal' ? Array.from({ length: count }, () => people.add(institucion, sexo)) : people.pick(institucion, sexo, session.curso, count);
    for (const person of persons) {
      person.courses.add(session.curso);
      attendees.push([institucion, sexo, person]);
    }
  }
  return shuffleInPlace(rng, attendees).map(([institucion, sexo, person]) => [session.day, session.curso, institucion, sexo, person.key]);
}

/** Participants by sex. */
export interface SexCounts {
  readonly M: number;
  readonly F: number;
}

/** What the generator wrote, once the correction is applied: the figures a run must publish. */
export interface CapacitacionesFigures {
  /** Participants (rows) per course and sex in the reporting (2023-06..2024-03) and comparison (2022-06..2023-03) periods. */
  readonly actual: Readonly<Record<string, SexCounts>>;
  readonly anterior: Readonly<Record<string, SexCounts>>;
  /** Participants (rows) per calendar year. */
  readonly participacionesPorAnio: Readonly<Record<string, number>>;
  /** Distinct `persona` per calendar year: DGME staff and people of other institutions. */
  readonly personasPorAnio: Readonly<Record<string, { readonly dgme: number; readonly otras: number }>>;
  /** Participants (rows) per calendar year in the courses whose code holds `cambio_climatico`. */
  readonly cambioClimaticoPorAnio: Readonly<Record<string, number>>;
}

export interface CapacitacionesDemoResult extends SourceResult {
  readonly summary: DemoSourceSummary & { readonly cifras: CapacitacionesFigures };
}

/** Returns the figures of the final rows. */
function figures(rows: readonly Row[]): CapacitacionesFigures {
  const actual: Record<string, { M: number; F: number }> = {};
  const anterior: Record<string, { M: number; F: number }> = {};
  const participaciones: Record<string, number> = {};
  const personas = new Map<string, { dgme: Set<string>; otras: Set<string> }>();
  const clima: Record<string, number> = {};
  for (const [day, curso, institucion, sexo, persona] of rows) {
    const year = day.slice(0, 4);
    const period = periodOf(day.slice(0, 7));
    if (period) {
      const table = period === 'actual' ? actual : anterior;
      (table[curso] ??= { M: 0, F: 0 })[sexo]++;
    }
    participaciones[year] = (participaciones[year] ?? 0) + 1;
    const people = personas.get(year) ?? { dgme: new Set<string>(), otras: new Set<string>() };
    (institucion === 'dgme' ? people.dgme : people.otras).add(persona);
    personas.set(year, people);
    if (curso.includes('cambio_climatico')) clima[year] = (clima[year] ?? 0) + 1;
  }
  const sorted = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    actual: sorted(actual),
    anterior: sorted(anterior),
    participacionesPorAnio: participaciones,
    personasPorAnio: Object.fromEntries([...personas].map(([year, p]) => [year, { dgme: p.dgme.size, otras: p.otras.size }])),
    cambioClimaticoPorAnio: clima,
  };
}

/** Returns the summary of the `capacitaciones` folder after writing one delivery per month with sessions and the correction. */
export function writeCapacitacionesDemo(root: string): CapacitacionesDemoResult {
  const rng = createRng('capacitaciones');
  const folder = openSourceFolder(root, 'capacitaciones');
  const people = new People(createRng('capacitaciones/personas'));
  const rowsByMonth = new Map<string, Row[][]>();
  for (const session of planSessions(rng)) {
    const month = session.day.slice(0, 7);
    rowsByMonth.set(month, [...(rowsByMonth.get(month) ?? []), fillSession(rng, people, session)]);
  }
  const allRows: Row[] = [];
  for (const [month, sessionRows] of rowsByMonth) {
    const rows = sessionRows.flat();
    allRows.push(...rows);
    const name = deliveryName(month, 8);
    if (month === SPREADSHEET_MONTH) {
      const exported: CsvValue[][] = rows.map(([day, curso, institucion, sexo, persona]) => [toDayMonthYear(day), curso, institucion.toUpperCase(), sexo === 'M' ? 'Masculino' : 'Femenino', persona]);
      folder.csv(name, SPREADSHEET_HEADER, exported, { delimiter: ';', encoding: 'utf-8-bom' });
      folder.note(
        'utf8-bom',
        name,
        "the Escuela's spreadsheet saved as CSV UTF-8 in a Spanish locale: BOM, ';' delimiter, headers 'Fecha;Curso;Institución;Sexo;Persona', fecha DD/MM/YYYY, institutions in upper case (DGME, MRREE…), sexo 'Masculino'/'Femenino' (synonyms of M/F)",
      );
      continue;
    }
    if (month === CORRECTED.month) {
      const session = sessionRows.find((list) => list[0]?.[1] === CORRECTED.curso) as Row[];
      const late = new Set(session.slice(-CORRECTED.missing));
      folder.csv(
        name,
        HEADER,
        rows.filter((row) => !late.has(row)).map((row) => [...row]),
      );
      const correction = folder.csv(
        deliveryName(month, 20, 'csv', 'correccion'),
        HEADER,
        session.map((row) => [...row]),
      );
      const day = session[0]?.[0] ?? '';
      folder.note(
        'correccion',
        correction,
        `re-sends the ${CORRECTED.curso} session of ${day} with ${CORRECTED.missing} participants who signed the list late (missing from ${name}): its keys fecha + curso + institucion + sexo replace the first ones; Tabla 23's 53 M / 58 F hold only with it`,
      );
      continue;
    }
    folder.csv(
      name,
      HEADER,
      rows.map((row) => [...row]),
    );
  }
  folder.note('persona', deliveryName('2023-06', 8), 'one row per participant and course session with the anonymised person key: people who take several courses are counted once as people');
  const result = folder.result();
  return { ...result, summary: { ...result.summary, cifras: figures(allRows) } };
}
