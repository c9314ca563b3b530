/**
 * The attacker's model of a release, written from outputs.md and not from privacy/: what
 * each protected source publishes (its monthly CSV, the coarser grids, the cuadros, the totals
 * the reports print — medidas_protegidas_mensual and _periodo — the PNI values computed from the
 * same records and the operating plan's execution), the answers to information requests handed out
 * beside it (their CSV and companion JSON), how the figures add up, and an attack on one or several
 * versions together.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../../pipelines/paths.js';
import { parseCsv } from '../../presentation/format/csv.js';
import { attack, type FineRow, type SumRow } from './lp-attacker.js';

export type Row = Record<string, string>;
export const THRESHOLD = 5;

interface Source {
  readonly monthly: string;
  readonly dims: readonly string[];
  /** Cells of a protected population (outputs.md): suppressed when 1 to 4. */
  readonly small: (row: Row) => boolean;
  readonly coarse: readonly { name: string; by: readonly string[]; time: 'mes' | 'trimestre' | 'anio'; where?: Row }[];
  readonly cuadro?: { name: string; column: string };
  /** The measures over this dataset: their filter and their name in medidas_protegidas_*. */
  readonly measures: readonly { medida: string; where: Row }[];
  /** PNI indicators computed from this dataset (seeds/pni_operacionales.csv): their filter, summed over each year up to the reporting month. */
  readonly pni?: Readonly<Record<string, Row>>;
}

export const sources: Record<string, Source> = {
  retornados: {
    monthly: 'retornados_mensual',
    dims: ['via', 'sexo', 'grupo_edad', 'pais_procedencia'],
    small: () => true,
    coarse: [
      { name: 'retornados_ruta_mensual', by: ['via', 'sexo'], time: 'mes' },
      { name: 'retornados_nna_trimestral', by: ['sexo'], time: 'trimestre', where: { grupo_edad: 'nna' } },
    ],
    cuadro: { name: 'retornados_via', column: 'via' },
    measures: [{ medida: 'retornados', where: {} }],
    pni: { '5.4.1.a': {} },
  },
  derivaciones: {
    monthly: 'derivaciones_mensual',
    dims: ['institucion', 'sexo'],
    small: () => true,
    coarse: [{ name: 'derivaciones_institucion_trimestral', by: ['institucion'], time: 'trimestre' }],
    cuadro: { name: 'derivaciones_institucion', column: 'institucion' },
    measures: [{ medida: 'derivaciones', where: {} }],
    pni: { '5.4.2.a': { institucion: 'rnpn' } },
  },
  resguardos: {
    monthly: 'resguardos_mensual',
    dims: ['nacionalidad', 'sexo', 'region'],
    small: () => true,
    coarse: [{ name: 'resguardos_region_anual', by: ['region'], time: 'anio' }],
    measures: [{ medida: 'resguardos', where: {} }],
  },
  residencias: {
    monthly: 'residencias_mensual',
    dims: ['calidad', 'sexo', 'nacionalidad'],
    small: (row) => row.nacionalidad !== '' && row.nacionalidad !== 'otras',
    coarse: [{ name: 'residencias_calidad_mensual', by: ['calidad', 'sexo'], time: 'mes' }],
    cuadro: { name: 'residencias_calidad', column: 'calidad' },
    measures: [{ medida: 'residencias', where: {} }],
  },
  carnets: {
    monthly: 'carnets_mensual',
    dims: ['tipo', 'sexo', 'nacionalidad'],
    small: (row) => row.nacionalidad !== '' && row.nacionalidad !== 'otras',
    coarse: [{ name: 'carnets_tipo_mensual', by: ['tipo', 'sexo'], time: 'mes' }],
    measures: [
      { medida: 'carnets', where: {} },
      { medida: 'carnets_primera_vez', where: { tipo: 'primera_vez' } },
    ],
    pni: { '2.5.1.a': { tipo: 'primera_vez' } },
  },
  prechequeo: {
    monthly: 'prechequeo_mensual',
    dims: ['tipo', 'puesto', 'sexo'],
    small: (row) => row.tipo === 'autorizacion_salida_nna',
    coarse: [],
    measures: [{ medida: 'autorizaciones_nna', where: { tipo: 'autorizacion_salida_nna' } }],
  },
};

const regions = new Map(parseCsv(await readFile(join(projectRoot, 'seeds', 'paises.csv'), 'utf8')).map((row) => [row.codigo, row.region]));
const withRegion = (row: Row) => (row.nacionalidad !== undefined ? { ...row, region: regions.get(row.nacionalidad) ?? 'no_reconocida' } : row);
const span = (time: string, value: string): [string, string] => {
  if (time === 'mes') return [value, value];
  if (time === 'anio') return [`${value}-01`, `${value}-12`];
  const quarter = Number(value.slice(6));
  return [`${value.slice(0, 4)}-${String(3 * quarter - 2).padStart(2, '0')}`, `${value.slice(0, 4)}-${String(3 * quarter).padStart(2, '0')}`];
};

/** One version of a release as the attacker holds it, with the truth behind it (which the test knows). */
export interface ReleaseVersion {
  readonly version: string;
  readonly period: { readonly actual: readonly [string, string]; readonly anterior: readonly [string, string] };
  /** Returns a published dataset's rows. */
  readonly load: (name: string) => Promise<Row[]>;
  /** The true monthly marts of this version (the warehouse when it was published). */
  readonly truth: ReadonlyMap<string, Row[]>;
  /** Answers to information requests (`memoria consulta`) given from this version's data. */
  readonly answers?: readonly PublishedAnswer[];
}

/** An answer as its reader holds it: the CSV's rows and the companion JSON. */
export interface PublishedAnswer {
  readonly metadata: {
    readonly medida: { readonly fuente: string };
    readonly periodo: { readonly desde: string; readonly hasta: string };
    readonly filtros: readonly { readonly columna: string; readonly codigo: string }[];
    readonly por: readonly string[];
  };
  readonly rows: readonly Row[];
}

/** Reads an answer's CSV and its companion JSON (same name, `.json`). */
export async function readAnswer(csvPath: string): Promise<PublishedAnswer> {
  const metadata = JSON.parse(await readFile(csvPath.replace(/\.csv$/, '.json'), 'utf8')) as PublishedAnswer['metadata'];
  return { metadata, rows: parseCsv((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '')) };
}

/**
 * Returns an answer as it would be without disclosure control: every suppressed row with its true
 * value (to show the attack breaks what the control protects).
 */
export async function revealAnswer(release: ReleaseVersion, answer: PublishedAnswer): Promise<PublishedAnswer> {
  const source = sources[answer.metadata.medida.fuente];
  const total = truthOf(source, release.truth.get(source.monthly)!, await release.load(source.monthly));
  const dims = answer.metadata.por.filter((column) => !['mes', 'trimestre', 'anio', 'dia'].includes(column));
  const filters = Object.fromEntries(answer.metadata.filtros.map((filter) => [filter.columna, filter.codigo]));
  const rows = answer.rows.map((row) => {
    if (row.suprimido !== 'true') return row;
    const [desde, hasta] = answerSpan(answer, row);
    return { ...row, cantidad: String(total({ ...filters, ...Object.fromEntries(dims.map((dim) => [dim, row[dim]])) }, desde, hasta)), suprimido: 'false' };
  });
  return { ...answer, rows };
}

/** Returns the months a row of an answer adds up: its time column's span inside the answer's period. */
function answerSpan(answer: PublishedAnswer, row: Row): [string, string] {
  const { desde, hasta } = answer.metadata.periodo;
  const time = answer.metadata.por.find((column) => ['mes', 'trimestre', 'anio', 'dia'].includes(column));
  if (!time || row[answer.metadata.por[0]] === 'total') return [desde, hasta];
  if (time === 'dia') throw new Error('una respuesta por día sobre una población protegida: este modelo no la admite');
  const [first, last] = span(time as 'mes' | 'trimestre' | 'anio', row[time]);
  return [first < desde ? desde : first, last > hasta ? hasta : last];
}

/** Returns the true total of a scope over a version's monthly mart, with nationalities merged as published. */
function truthOf(source: Source, rows: Row[], published: Row[]) {
  const kept = new Set(published.map((row) => row.nacionalidad));
  const mapped = rows.map((row) => withRegion({ ...row, ...(row.nacionalidad !== undefined && row.nacionalidad !== null && !kept.has(row.nacionalidad) ? { nacionalidad: 'otras' } : {}) }));
  return (where: Row, desde: string, hasta: string) =>
    mapped.filter((row) => row.mes >= desde && row.mes <= hasta && Object.entries(where).every(([key, value]) => (row[key] ?? '') === value)).reduce((sum, row) => sum + Number(row.cantidad), 0);
}

const value = (text: string | undefined) => (text === '' || text === undefined ? null : Number(text));

/** The published sums of one source in one version (every figure but its monthly cells). */
async function sumsOf(source: Source, release: ReleaseVersion): Promise<SumRow[]> {
  const { period, version } = release;
  const sums: SumRow[] = [];
  const add = (label: string, desde: string, hasta: string, where: Row, published: number | null) => sums.push({ label: `v${version} ${label}`, desde, hasta, where, value: published, version });
  for (const grid of source.coarse) {
    for (const row of await release.load(grid.name)) {
      const [desde, hasta] = span(grid.time, row[grid.time]);
      add(`${grid.name} ${JSON.stringify(row)}`, desde, hasta, { ...grid.where, ...Object.fromEntries(grid.by.map((dim) => [dim, row[dim]])) }, value(row.cantidad));
    }
  }
  if (source.cuadro) {
    for (const row of (await release.load('cuadros_memoria')).filter((candidate) => candidate.cuadro === source.cuadro!.name)) {
      for (const which of ['anterior', 'actual'] as const) {
        for (const [column, sexo] of [
          ['m', 'M'],
          ['f', 'F'],
          ['total', undefined],
        ] as const) {
          const where: Row = {};
          if (row.codigo !== 'total') where[source.cuadro.column] = row.codigo;
          if (sexo) where.sexo = sexo;
          add(`cuadro ${row.cuadro} ${row.codigo} ${column}_${which}`, period[which][0], period[which][1], where, value(row[`${column}_${which}`]));
        }
      }
    }
  }
  // Every total the reports print is open data too: by month, and by period, year to date and calendar year.
  const measures = new Map(source.measures.map((measure) => [measure.medida, measure.where]));
  for (const row of await release.load('medidas_protegidas_mensual')) {
    const where = measures.get(row.medida);
    if (where) add(`medidas_protegidas_mensual ${row.mes} ${row.medida}`, row.mes, row.mes, where, value(row.cantidad));
  }
  for (const row of await release.load('medidas_protegidas_periodo')) {
    const where = measures.get(row.medida);
    if (where) add(`medidas_protegidas_periodo ${JSON.stringify(row)}`, row.desde, row.hasta, { ...where, ...(row.sexo ? { sexo: row.sexo } : {}) }, value(row.cantidad));
  }
  // The PNI values computed from the same records (seeds/pni_operacionales.csv says which), each year up to the reporting month.
  const hastaYear = period.actual[1].slice(0, 4);
  for (const row of await release.load('pni_avance')) {
    const where = source.pni?.[row.indicador];
    if (!where || row.fuente !== 'operacional') continue;
    add(`pni_avance ${row.indicador} ${row.anio}`, `${row.anio}-01`, row.anio === hastaYear ? period.actual[1] : `${row.anio}-12`, where, value(row.valor));
  }
  // The operating plan's targets on this source: what it counted in a target's month, or its year up
  // to the reporting month, and month by month, over the rows with the target's codes. An empty
  // figure tells nothing; a published one over a column the monthly dataset does not have would be
  // a figure this model cannot check, which counts as a breach.
  const name = Object.entries(sources).find(([, candidate]) => candidate === source)![0];
  const targetWhere = (filtro: string): Row => (filtro ? Object.fromEntries(filtro.split(';').map((pair) => pair.split('='))) : {});
  const addTarget = (label: string, desde: string, hasta: string, filtro: string, published: string) => {
    if (published === '') return;
    const where = targetWhere(filtro);
    if (!Object.keys(where).every((dim) => source.dims.includes(dim))) throw new Error(`${label}: publica una cifra sobre una columna que ${source.monthly} no tiene`);
    add(label, desde, hasta, where, value(published));
  };
  for (const row of (await release.load('metas_avance')).filter((candidate) => candidate.medida === name)) {
    const month = row.mes ? `${row.anio}-${row.mes.padStart(2, '0')}` : undefined;
    addTarget(`metas_avance ${JSON.stringify(row)}`, month ?? `${row.anio}-01`, month ?? (row.anio === hastaYear ? period.actual[1] : `${row.anio}-12`), row.filtro, row.ejecutado);
  }
  for (const row of (await release.load('metas_mensual')).filter((candidate) => candidate.medida === name)) {
    addTarget(`metas_mensual ${JSON.stringify(row)}`, row.mes, row.mes, row.filtro, row.ejecutado);
  }
  // Every row of every answer on this source, the total row included: the sum of the cells with its codes.
  for (const [index, answer] of (release.answers ?? []).entries()) {
    if (answer.metadata.medida.fuente !== name) continue;
    const dims = answer.metadata.por.filter((column) => !['mes', 'trimestre', 'anio', 'dia'].includes(column));
    const filters = Object.fromEntries(answer.metadata.filtros.map((filter) => [filter.columna, filter.codigo]));
    for (const row of answer.rows) {
      const total = row[answer.metadata.por[0]] === 'total';
      const where: Row = { ...filters, ...(total ? {} : Object.fromEntries(dims.map((dim) => [dim, row[dim]]))) };
      if (!Object.keys(where).every((dim) => source.dims.includes(dim))) throw new Error(`respuesta ${index + 1}: publica una cifra sobre una columna que ${source.monthly} no tiene`);
      const [desde, hasta] = answerSpan(answer, row);
      add(`respuesta ${index + 1} ${JSON.stringify(row)}`, desde, hasta, where, value(row.cantidad));
    }
  }
  return sums;
}

/**
 * Attacks one or several versions of a release together: a monthly cell whose true value is the
 * same in every version is one unknown (known if any version published it); a cell whose value
 * changed is one unknown per version. Returns what it recovered or proved small.
 */
export async function attackReleases(releases: readonly ReleaseVersion[]): Promise<string[]> {
  const breaches: string[] = [];
  for (const source of Object.values(sources)) {
    const fine = new Map<string, { mes: string; dims: Row; values: Map<string, number>; published: Map<string, number | null> }>();
    const sums: SumRow[] = [];
    const totals = new Map<string, (where: Row, desde: string, hasta: string) => number>();
    for (const release of releases) {
      const monthly = await release.load(source.monthly);
      const total = truthOf(source, release.truth.get(source.monthly)!, monthly);
      totals.set(release.version, total);
      for (const row of monthly.map(withRegion)) {
        const dims = Object.fromEntries(source.dims.map((dim) => [dim, row[dim] ?? '']));
        const key = `${row.mes} ${JSON.stringify(dims)}`;
        const entry = fine.get(key) ?? { mes: row.mes, dims, values: new Map(), published: new Map() };
        entry.values.set(release.version, total(dims, row.mes, row.mes));
        entry.published.set(release.version, value(row.cantidad));
        fine.set(key, entry);
      }
      sums.push(...(await sumsOf(source, release)));
    }
    const rows: FineRow[] = [];
    const truth = new Map<string, number>();
    for (const entry of fine.values()) {
      // A version that has no row for the cell holds a zero there.
      const values = releases.map((release) => entry.values.get(release.version) ?? 0);
      if (values.every((candidate) => candidate === values[0])) {
        const known = [...entry.published.values()].find((published) => published !== null);
        rows.push({ mes: entry.mes, dims: entry.dims, value: known ?? null });
        truth.set(`${entry.mes} ${JSON.stringify(entry.dims)}`, values[0]);
      } else {
        for (const release of releases) {
          const dims = { ...entry.dims, version_publicada: release.version };
          rows.push({ mes: entry.mes, dims, value: entry.published.has(release.version) ? entry.published.get(release.version)! : 0, version: release.version });
          truth.set(`${entry.mes} ${JSON.stringify(dims)}`, entry.values.get(release.version) ?? 0);
        }
      }
    }
    for (const sum of sums) truth.set(sum.label, totals.get(sum.version!)!(sum.where, sum.desde, sum.hasta));
    for (const breach of await attack(rows, sums, (label) => truth.get(label) ?? 0, THRESHOLD)) breaches.push(`${source.monthly}: ${breach.label} ≤ ${breach.max}`);
  }
  return breaches;
}

/** Returns the true monthly marts of every protected source, read from a warehouse. */
export async function readTruth(rows: (sql: string) => Promise<Row[]>): Promise<Map<string, Row[]>> {
  const truth = new Map<string, Row[]>();
  for (const source of Object.values(sources)) truth.set(source.monthly, await rows(`select columns(*)::varchar from marts.${source.monthly}`));
  return truth;
}
