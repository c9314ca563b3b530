/**
 * The demo generators of `carnets` and `capacitaciones`: the same call writes the same bytes, and the
 * files, read the way the landing contract says (folding, synonyms, DD/MM/YYYY, closed lists, later
 * deliveries replacing earlier keys), give the Memoria 2023-2024's figures (Tablas 3 and 23).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../../pipelines/extract/fold.js';
import { writeCapacitacionesDemo, type CapacitacionesDemoResult } from '../../../pipelines/demo/sources/capacitaciones-demo.js';
import { writeCarnetsDemo, type CarnetsDemoResult } from '../../../pipelines/demo/sources/carnets-demo.js';

const REPORTING = { desde: '2023-06', hasta: '2024-03' };
const COMPARISON = { desde: '2022-06', hasta: '2023-03' };
const inPeriod = (month: string, period: { desde: string; hasta: string }) => month >= period.desde && month <= period.hasta;

interface Delivery {
  readonly file: string;
  /** Data rows with folded header names; `line` counts the header as line 1. */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly values: Readonly<Record<string, string>> }>;
}

/** Returns a source folder's deliveries in the order they are processed (byte order of the names). */
function readDeliveries(dir: string): Delivery[] {
  const names = readdirSync(dir).filter((name) => /\.(csv)$/.test(name));
  names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return names.map((file) => {
    const bytes = readFileSync(join(dir, file));
    let text: string;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = bytes.subarray(3).toString('utf8');
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = bytes.toString('latin1');
      }
    }
    const lines = text.split(/\r?\n/);
    const headerLine = lines[0] ?? '';
    const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
    expect(text.includes('"'), `${file}: the demo writes no quoted fields`).toBe(false);
    const header = headerLine.split(delimiter).map(fold);
    const rows = lines
      .map((line, index) => ({ line: index + 1, text: line }))
      .slice(1)
      .filter((entry) => entry.text.trim() !== '')
      .map(({ line, text: row }) => {
        const cells = row.split(delimiter);
        return { line, values: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) };
      });
    return { file, rows };
  });
}

/** Returns `YYYY-MM-DD` for a contract date (`YYYY-MM-DD` or `DD/MM/YYYY`), or undefined. */
function day(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

const SEXO: Readonly<Record<string, 'M' | 'F'>> = { m: 'M', masculino: 'M', hombre: 'M', f: 'F', femenino: 'F', mujer: 'F' };
const TIPOS = ['primera_vez', 'renovacion', 'reposicion'];

interface Card {
  readonly day: string;
  readonly tipo: string;
  readonly sexo: 'M' | 'F';
  readonly nacionalidad: string;
}

/** Returns the final cards by id, and the rows quarantined on the way (file and line). */
function finalCards(deliveries: readonly Delivery[]): { cards: Map<string, Card>; quarantined: Array<{ file: string; line: number }> } {
  const cards = new Map<string, Card>();
  const quarantined: Array<{ file: string; line: number }> = [];
  for (const { file, rows } of deliveries) {
    const seen = new Set<string>();
    for (const { line, values } of rows) {
      const id = values.id ?? '';
      const fecha = day(values.fecha ?? '');
      const sexo = SEXO[fold(values.sexo ?? '')];
      const tipo = fold(values.tipo ?? '');
      if (seen.has(id) || !fecha || !sexo || !TIPOS.includes(tipo)) {
        quarantined.push({ file, line });
        continue;
      }
      seen.add(id);
      cards.set(id, { day: fecha, tipo, sexo, nacionalidad: (values.nacionalidad ?? '').toUpperCase() });
    }
  }
  return { cards, quarantined };
}

interface Participation {
  readonly day: string;
  readonly curso: string;
  readonly institucion: string;
  readonly sexo: 'M' | 'F';
  readonly persona: string;
}

/** Returns the final participations: key-less rows add up in a delivery, and a later delivery replaces a key. */
function finalParticipations(deliveries: readonly Delivery[]): Participation[] {
  const byKey = new Map<string, Participation[]>();
  for (const { rows } of deliveries) {
    const delivered = new Map<string, Participation[]>();
    for (const { values } of rows) {
      const fecha = day(values.fecha ?? '');
      const sexo = SEXO[fold(values.sexo ?? '')];
      expect(fecha && sexo, JSON.stringify(values)).toBeTruthy();
      const row = { day: fecha as string, curso: fold(values.curso ?? ''), institucion: fold(values.institucion ?? ''), sexo: sexo as 'M' | 'F', persona: values.persona ?? '' };
      const key = [row.day, row.curso, row.institucion, row.sexo].join('|');
      delivered.set(key, [...(delivered.get(key) ?? []), row]);
    }
    for (const [key, list] of delivered) byKey.set(key, list);
  }
  return [...byKey.values()].flat();
}

describe('carnets and capacitaciones demo generators', () => {
  let dir: string;
  let again: string;
  let carnets: CarnetsDemoResult;
  let capacitaciones: CapacitacionesDemoResult;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'memoria-demo-cc-'));
    again = mkdtempSync(join(tmpdir(), 'memoria-demo-cc-'));
    carnets = writeCarnetsDemo(dir);
    capacitaciones = writeCapacitacionesDemo(dir);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(again, { recursive: true, force: true });
  });

  it('writes the same bytes and the same summary on every call', () => {
    expect(writeCarnetsDemo(again)).toEqual(carnets);
    expect(writeCapacitacionesDemo(again)).toEqual(capacitaciones);
    for (const source of ['carnets', 'capacitaciones']) {
      const files = readdirSync(join(dir, source)).sort();
      expect(readdirSync(join(again, source)).sort()).toEqual(files);
      for (const file of files) expect(readFileSync(join(again, source, file)).equals(readFileSync(join(dir, source, file))), `${source}/${file}`).toBe(true);
    }
  });

  it('summarises the files it wrote and notes files that exist', () => {
    for (const result of [carnets, capacitaciones]) {
      const folder = join(dir, result.source);
      expect(result.summary.files.map((f) => f.name)).toEqual(readdirSync(folder).sort());
      for (const { name, rows } of result.summary.files) {
        const lines = readFileSync(join(folder, name), 'latin1')
          .split('\r\n')
          .filter((l) => l !== '');
        expect(lines.length - 1, name).toBe(rows);
      }
      for (const note of result.notes) expect(result.summary.files.map((f) => f.name)).toContain(note.file);
    }
  });

  describe('carnets', () => {
    it('documents the children of Tabla 3 over the reporting period: 1,128 first cards, 529 M and 599 F', () => {
      const { cards } = finalCards(readDeliveries(join(dir, 'carnets')));
      const period = [...cards.values()].filter((c) => inPeriod(c.day.slice(0, 7), REPORTING));
      const first = period.filter((c) => c.tipo === 'primera_vez');
      expect(first.filter((c) => c.sexo === 'M').length).toBe(529);
      expect(first.filter((c) => c.sexo === 'F').length).toBe(599);
      expect(first.length).toBe(1128);
      // Renewals and replacements are cards too, of children already documented.
      expect(period.length).toBeGreaterThan(1128);
      // The generator's own figures are the files' figures.
      expect(carnets.summary.cifras.actual).toMatchObject({ M: period.filter((c) => c.sexo === 'M').length, F: period.filter((c) => c.sexo === 'F').length, total: period.length });
      for (const tipo of TIPOS) expect(carnets.summary.cifras.actual.porTipo[tipo as 'renovacion']).toBe(period.filter((c) => c.tipo === tipo).length);
    });

    it('starts with the jornadas of July 2023, has a trickle in 2024 and a few cards after the period', () => {
      const cards = [...finalCards(readDeliveries(join(dir, 'carnets'))).cards.values()];
      const months = (test: (month: string) => boolean) => cards.filter((c) => test(c.day.slice(0, 7)));
      expect(months((m) => m < '2023-07')).toHaveLength(0);
      const jornadas = months((m) => m === '2023-07' || m === '2023-08');
      expect(jornadas.length).toBeGreaterThan(1000);
      expect(jornadas.every((c) => c.tipo === 'primera_vez')).toBe(true);
      expect(jornadas.filter((c) => c.nacionalidad === 'GTM').length / jornadas.length).toBeGreaterThan(0.9);
      expect(jornadas.some((c) => c.nacionalidad === 'HND')).toBe(true);
      expect(cards.every((c) => ['GTM', 'HND'].includes(c.nacionalidad))).toBe(true);
      const trickle = months((m) => m >= '2024-01' && m <= '2024-03');
      expect(trickle.length).toBeGreaterThan(0);
      expect(trickle.length).toBeLessThan(60);
      expect(trickle.some((c) => c.tipo === 'renovacion') && trickle.some((c) => c.tipo === 'reposicion')).toBe(true);
      const after = months((m) => m > REPORTING.hasta);
      expect(after.length).toBeGreaterThan(0);
      expect(after.length).toBeLessThan(20);
      const perMonth = Object.fromEntries(Object.entries(carnets.summary.cifras.porMes).map(([m, c]) => [m, c.M + c.F]));
      for (const [month, count] of Object.entries(perMonth)) expect(months((m) => m === month)).toHaveLength(count);
    });

    it('needs the corrections: without them one card is quarantined, one has the wrong sex and one the wrong nationality', () => {
      const deliveries = readDeliveries(join(dir, 'carnets'));
      const final = finalCards(deliveries).cards;
      const { cards, quarantined } = finalCards(deliveries.filter((d) => !d.file.includes('correccion')));
      const period = [...cards.values()].filter((c) => inPeriod(c.day.slice(0, 7), REPORTING));
      expect(period.length).toBe([...final.values()].filter((c) => inPeriod(c.day.slice(0, 7), REPORTING)).length - 1);
      expect([...final.keys()].filter((id) => !cards.has(id))).toHaveLength(1);
      const changed = [...cards].filter(([id, card]) => final.get(id)?.sexo !== card.sexo);
      expect(changed.map(([, card]) => card.sexo)).toEqual(['M']);
      expect([...cards.values()].filter((c) => c.nacionalidad === 'SLV')).toHaveLength(1);
      const note = carnets.notes.find((n) => n.feature === 'cuarentena-lista-cerrada');
      expect(quarantined).toEqual([{ file: note?.file, line: note?.line }]);
      expect(carnets.notes.filter((n) => n.feature === 'actualizacion-id').map((n) => n.file)).toEqual(deliveries.filter((d) => d.file.includes('correccion')).map((d) => d.file));
    });

    it('carries the synonyms of a spreadsheet export (Renovación, Reposición, Masculino, Femenino)', () => {
      const note = carnets.notes.find((n) => n.feature === 'windows-1252');
      const text = readFileSync(join(dir, 'carnets', note?.file ?? ''), 'latin1');
      expect(text).toContain(';Renovación;');
      expect(text).toContain(';Reposición;');
      expect(text).toContain(';Femenino;');
      expect(readFileSync(join(dir, 'carnets', note?.file ?? '')).includes(Buffer.from('ó', 'latin1'))).toBe(true);
    });
  });

  describe('capacitaciones', () => {
    const perCourse = (rows: readonly Participation[], period: { desde: string; hasta: string }) => {
      const table: Record<string, { M: number; F: number }> = {};
      for (const row of rows) if (inPeriod(row.day.slice(0, 7), period)) (table[row.curso] ??= { M: 0, F: 0 })[row.sexo]++;
      return table;
    };

    it('adds up to Tabla 23 over the reporting period, counted as participants', () => {
      const rows = finalParticipations(readDeliveries(join(dir, 'capacitaciones')));
      const table = perCourse(rows, REPORTING);
      expect(table.curso_basico_trata).toEqual({ M: 73, F: 47 });
      expect(table.migracion_cambio_climatico).toEqual({ M: 40, F: 22 });
      expect(table.documentos_fraudulentos).toEqual({ M: 53, F: 58 });
      expect(capacitaciones.summary.cifras.actual).toEqual(table);
      expect(capacitaciones.summary.cifras.anterior).toEqual(perCourse(rows, COMPARISON));
    });

    it('needs the correction: without it documentos_fraudulentos is 3 participants short', () => {
      const deliveries = readDeliveries(join(dir, 'capacitaciones'));
      const table = perCourse(finalParticipations(deliveries.filter((d) => !d.file.includes('correccion'))), REPORTING);
      const docs = table.documentos_fraudulentos ?? { M: 0, F: 0 };
      expect(docs.M + docs.F).toBe(53 + 58 - 3);
      expect(capacitaciones.notes.find((n) => n.feature === 'correccion')?.file).toMatch(/correccion/);
    });

    it('has mostly DGME staff in the Tabla 23 courses, with PNC and MRREE officers', () => {
      const rows = finalParticipations(readDeliveries(join(dir, 'capacitaciones'))).filter(
        (r) => inPeriod(r.day.slice(0, 7), REPORTING) && ['curso_basico_trata', 'migracion_cambio_climatico', 'documentos_fraudulentos'].includes(r.curso),
      );
      const share = (institucion: string) => rows.filter((r) => r.institucion === institucion).length / rows.length;
      expect(share('dgme')).toBeGreaterThan(0.6);
      expect(share('pnc')).toBeGreaterThan(0);
      expect(share('mrree')).toBeGreaterThan(0);
      expect(share('dgme') + share('pnc') + share('mrree')).toBeCloseTo(1, 10);
    });

    it('counts fewer people than participations, with a plausible number of DGME staff a year', () => {
      const rows = finalParticipations(readDeliveries(join(dir, 'capacitaciones')));
      expect(rows.every((r) => /^P[0-9a-f]{16}$/.test(r.persona))).toBe(true);
      expect(new Set(rows.map((r) => r.persona)).size).toBeLessThan(rows.length);
      // Nobody takes the same session twice.
      expect(new Set(rows.map((r) => `${r.day}|${r.curso}|${r.persona}`)).size).toBe(rows.length);
      const people: Record<string, { dgme: number; otras: number }> = {};
      for (const year of ['2022', '2023', '2024']) {
        const ofYear = rows.filter((r) => r.day.startsWith(year));
        const dgme = new Set(ofYear.filter((r) => r.institucion === 'dgme').map((r) => r.persona)).size;
        const otras = new Set(ofYear.filter((r) => r.institucion !== 'dgme').map((r) => r.persona)).size;
        people[year] = { dgme, otras };
        expect(dgme).toBeGreaterThan(24);
        expect(dgme).toBeLessThan(260);
        expect(ofYear.filter((r) => r.institucion === 'dgme').length).toBeGreaterThan(dgme);
        expect(otras).toBeGreaterThan(0);
      }
      expect(capacitaciones.summary.cifras.personasPorAnio).toEqual(people);
      const clima = (year: string) => rows.filter((r) => r.day.startsWith(year) && r.curso.includes('cambio_climatico')).length;
      expect(capacitaciones.summary.cifras.cambioClimaticoPorAnio).toEqual({ '2023': clima('2023'), '2024': clima('2024') });
    });

    it('carries a spreadsheet export with BOM, `;`, DD/MM/YYYY and the sexo synonyms', () => {
      const note = capacitaciones.notes.find((n) => n.feature === 'utf8-bom');
      const bytes = readFileSync(join(dir, 'capacitaciones', note?.file ?? ''));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.startsWith('Fecha;Curso;Institución;Sexo;Persona\r\n')).toBe(true);
      expect(text).toMatch(/\r\n\d{2}\/\d{2}\/\d{4};[a-z_]+;DGME;(Masculino|Femenino);P/);
      expect(text).toContain(';Femenino;');
    });
  });
});
