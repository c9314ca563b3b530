import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateFormat, type DateFormat } from '../../../pipelines/connectors/date-format.js';
import { createRecordMapper, untranslatedLines, type SourceMapping } from '../../../pipelines/connectors/source-mapping.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';

const format = (text: string): DateFormat => {
  const parsed = parseDateFormat(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

/** The mapping of a passport system that writes SEXO_ID 1/2 and FEC_EMISION as DD/MM/AAAA. */
const passports: SourceMapping = {
  columnas: { sexo: 'SEXO_ID', fecha: 'FEC_EMISION', oficina: 'SEDE' },
  valores: { sexo: { '1': 'M', '2': 'F' }, oficina: { 'San Miguel': 'san_miguel', CENTRAL: 'central' } },
  formatoFecha: format('DD/MM/AAAA'),
};
const columns = ['fecha', 'oficina', 'sexo', 'tramite'];

describe('translating a system record into the contract', () => {
  it('renames columns, translates codes (matched folded, as the contract matches them) and reformats the date', () => {
    const mapper = createRecordMapper(passports);
    const record: Record<string, string> = { FEC_EMISION: '15/03/2024', SEDE: ' SAN  MIGUEL ', SEXO_ID: '2', tramite: 'renovacion' };
    expect(mapper.record(columns, (column) => record[column] ?? null)).toEqual(['2024-03-15', 'san_miguel', 'F', 'renovacion']);
    expect(mapper.sourceColumn('sexo')).toBe('SEXO_ID');
    expect(mapper.sourceColumn('tramite')).toBe('tramite');
    expect(mapper.renamed('sexo')).toBe(true);
    expect(mapper.renamed('tramite')).toBe(false);
    expect(mapper.untranslated()).toEqual([]);
  });

  it('lets an untranslated value and a date without the declared format pass through unchanged, and counts them for the log', () => {
    const mapper = createRecordMapper(passports);
    const rows = [
      { FEC_EMISION: '16/03/2024', SEDE: 'central', SEXO_ID: '3' },
      { FEC_EMISION: '2024-03-17', SEDE: 'Soyapango', SEXO_ID: '1' },
      { FEC_EMISION: '17.03.2024', SEDE: 'central', SEXO_ID: '' },
    ].map((record: Record<string, string>) => mapper.record(columns, (column) => record[column] ?? null));
    // «3» is no sex code and «soyapango» has no translation: the warehouse quarantines the first and reports the second.
    expect(rows).toEqual([
      ['2024-03-16', 'central', '3', null],
      ['2024-03-17', 'Soyapango', 'M', null],
      ['17.03.2024', 'central', '', null],
    ]);
    // An ISO date (a date-typed column, an XLSX date cell) is right as it is and is not counted; an empty cell is an absent value.
    expect(mapper.untranslated()).toEqual([
      { column: 'sexo', count: 1, examples: ['3'], date: false },
      { column: 'oficina', count: 1, examples: ['Soyapango'], date: false },
      { column: 'fecha', count: 1, examples: ['17.03.2024'], date: true },
    ]);
    expect(untranslatedLines(mapper, 'DD/MM/AAAA')).toEqual([
      'sexo: 1 valores sin traducción en mapeo.valores (p. ej. «3»); pasan sin cambio y el almacén los revisa (cuarentena o códigos desconocidos)',
      'oficina: 1 valores sin traducción en mapeo.valores (p. ej. «Soyapango»); pasan sin cambio y el almacén los revisa (cuarentena o códigos desconocidos)',
      'fecha: 1 fechas sin el formato DD/MM/AAAA (p. ej. «17.03.2024»); pasan sin cambio y el almacén los revisa (cuarentena o códigos desconocidos)',
    ]);
  });

  it('without a mapping reads every column by name and keeps every value', () => {
    const mapper = createRecordMapper(undefined, { id: 'registro_id' });
    expect(mapper.record(['fecha', 'id', 'sexo'], (column) => ({ fecha: '15/03/2024', registro_id: '7', sexo: '1' })[column] ?? null)).toEqual(['15/03/2024', '7', '1']);
  });

  it('translates an empty value only when the mapping names the empty value', () => {
    const mapper = createRecordMapper({ columnas: {}, valores: { canal: { '': 'presencial', web: 'en_linea' } } });
    expect([mapper.value('canal', ''), mapper.value('canal', null), mapper.value('canal', 'WEB'), mapper.value('sexo', '')]).toEqual(['presencial', 'presencial', 'en_linea', '']);
  });
});

describe('date formats', () => {
  it('read every supported day, month and timestamp format into the contract (AAAA-MM-DD, or AAAA-MM for a month format)', () => {
    const cases: [string, string, string][] = [
      ['AAAA-MM-DD', '2024-03-05', '2024-03-05'],
      ['AAAA-MM-DD', '2024-3-5', '2024-03-05'],
      ['DD/MM/AAAA', '15/03/2024', '2024-03-15'],
      ['DD/MM/AAAA', '5/3/2024', '2024-03-05'],
      ['MM/DD/AAAA', '03/15/2024', '2024-03-15'],
      ['AAAAMMDD', '20240315', '2024-03-15'],
      ['DD-MM-AAAA', '15-03-2024', '2024-03-15'],
      ['DD.MM.AAAA', ' 15.03.2024 ', '2024-03-15'],
      ['DDMMAAAA', '15032024', '2024-03-15'],
      ['AAAA-MM', '2024-03', '2024-03'],
      ['MM/AAAA', '3/2024', '2024-03'],
      ['AAAAMM', '202403', '2024-03'],
      ['DD/MM/AAAA hh:mm:ss', '15/03/2024 23:59:59', '2024-03-15'],
      ['DD/MM/AAAA hh:mm', '15/03/2024 8:05', '2024-03-15'],
      // A timestamp's time may be missing (spreadsheets drop midnight).
      ['DD/MM/AAAA hh:mm:ss', '15/03/2024', '2024-03-15'],
      // Without a zone the day is the one written; with one, the day it falls on in El Salvador (UTC−6).
      ['AAAA-MM-DDThh:mm:ss', '2024-03-16T05:00:00', '2024-03-16'],
      ['AAAA-MM-DDThh:mm:ss', '2024-03-16T03:00:00Z', '2024-03-15'],
      ['AAAA-MM-DDThh:mm:ss', '2024-03-16T03:00:00.250+00:00', '2024-03-15'],
      ['AAAA-MM-DDThh:mm:ss', '2024-03-15T23:30:00-06:00', '2024-03-15'],
      ['AAAA-MM-DD hh:mm:ss', '2024-03-16 06:00:00Z', '2024-03-16'],
    ];
    expect(cases.map(([text, value]) => [text, value, format(text).toContract(value)])).toEqual(cases);
    expect(format('MM/AAAA').month).toBe(true);
    expect(format('DD/MM/AAAA').month).toBe(false);
  });

  it("leave a value that does not have the format's shape to the warehouse (undefined: it passes through unchanged)", () => {
    expect(format('DD/MM/AAAA').toContract('15-03-2024')).toBeUndefined();
    expect(format('DD/MM/AAAA').toContract('15/03/2024 10:00')).toBeUndefined();
    expect(format('AAAAMMDD').toContract('2024315')).toBeUndefined();
    expect(format('AAAA-MM').toContract('2024-03-15')).toBeUndefined();
    expect(format('DD/MM/AAAA').toContract('ayer')).toBeUndefined();
  });

  it('refuse formats they cannot read, saying why in Spanish', () => {
    const error = (text: string) => parseDateFormat(text) as string;
    expect(error('DD/MM/AA')).toContain('se admiten, por ejemplo: AAAA-MM-DD, DD/MM/AAAA, MM/DD/AAAA');
    expect(error('YYYY-MM-DD')).toContain('escriba el año, el mes y el día como AAAA, MM y DD');
    expect(error('dd/mm/aaaa')).toContain('en mayúsculas');
    expect(error('DD/MM-AAAA')).toContain('se admiten');
    expect(error('MM/DD')).toContain('se admiten');
    expect(error('MM/AAAA/DD')).toContain('se admiten');
    expect(error('MM/AAAA hh:mm')).toContain('un formato de mes (sin DD) no lleva hora');
    expect(error('DD/MM/AAAA HH:MM')).toContain('la hora se escribe hh:mm o hh:mm:ss');
  });

  it("write a value with the format's shape but no calendar date in the contract's order, which the warehouse quarantines instead of misreading", async () => {
    // 13/05/2024 under MM/DD/AAAA is month 13. Passed through unchanged, the warehouse would read it
    // as the contract's DD/MM/AAAA: 13 May, a valid and wrong date. Reordered, it is no date at all.
    const dayOf = await warehouseDayParser();
    try {
      expect(await dayOf('13/05/2024')).toBe('2024-05-13');
      const written = format('MM/DD/AAAA').toContract('13/05/2024');
      expect(written).toBe('2024-13-05');
      expect(await dayOf(written!)).toBeNull();
      expect(await dayOf(format('DD/MM/AAAA').toContract('31/02/2024')!)).toBeNull();
      expect(await dayOf(format('MM/DD/AAAA').toContract('05/13/2024')!)).toBe('2024-05-13');
    } finally {
      dayOf.close();
    }
  });
});

/** The warehouse's own rule for a day (macro fecha_dia of macros/landing/parsear_fecha.sql), run in DuckDB. */
async function warehouseDayParser() {
  const macros = await readFile(join(projectRoot, 'macros', 'landing', 'parsear_fecha.sql'), 'utf8');
  const body = /\{% macro fecha_dia\(columna\) -%\}([\s\S]*?)\{%- endmacro %\}/.exec(macros)![1].replaceAll('{{ texto_limpio(columna) }}', 'valor');
  const warehouse = await openWarehouse(':memory:');
  const parse = async (value: string) => {
    const [row] = await warehouse.rows<{ dia: string | null }>(`select strftime(${body}, '%Y-%m-%d') as dia from (select ?::varchar as valor)`, [value]);
    return row.dia;
  };
  return Object.assign(parse, { close: () => warehouse.close() });
}
