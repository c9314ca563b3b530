import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCsv, splitCells } from '../../../pipelines/extract/csv-scan.js';

const dir = await mkdtemp(join(tmpdir(), 'memoria-scan-'));
let counter = 0;
const scan = async (content: string | Buffer, options: { countFields?: boolean } = {}) => {
  const path = join(dir, `f${counter++}.csv`);
  await writeFile(path, content);
  return scanCsv(path, options);
};

describe('scanCsv', () => {
  it('finds the delimiter, header and one line segment for a regular file', async () => {
    const result = await scan('fecha;sexo\n2024-01;M\n2024-02;F\n');
    expect(result).toMatchObject({ delimiter: ';', header: ['fecha', 'sexo'], goodRecords: 2, segments: [{ firstIndex: 0, firstLine: 2 }], encoding: 'utf-8' });
  });

  it('starts a new segment after a blank line and after a quoted newline', async () => {
    const result = await scan('a,b\n1,2\n\n3,"x\ny"\n4,5\n');
    expect(result.segments).toEqual([
      { firstIndex: 0, firstLine: 2 },
      { firstIndex: 1, firstLine: 4 },
      { firstIndex: 2, firstLine: 6 },
    ]);
  });

  it('handles CRLF, a BOM and a missing final newline', async () => {
    const result = await scan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Año,Trámite\r\n2024,visa')]));
    expect(result).toMatchObject({ hasBom: true, header: ['Año', 'Trámite'], goodRecords: 1, encoding: 'utf-8' });
  });

  it('recognises Windows-1252 text that is not valid UTF-8', async () => {
    const result = await scan(Buffer.from('Vía,Dirección\naérea,entrada\n', 'latin1'));
    expect(result).toMatchObject({ encoding: 'windows-1252', header: ['Vía', 'Dirección'] });
  });

  it('lists records whose field count differs from the header, with their lines, when asked to count fields', async () => {
    const result = await scan('a,b,c\n1,2,3\n1,2\n1,2,3,4\n', { countFields: true });
    expect(result.fieldsCounted).toBe(true);
    expect(result.goodRecords).toBe(1);
    expect(result.malformed.map((record) => [record.line, record.fields])).toEqual([
      [3, 2],
      [4, 4],
    ]);
  });

  it('reads a file without quotes or blank lines quickly, to the same result except the field counts', async () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Vía;Dirección\r\naérea;entrada\r\nterrestre;salida', 'latin1')]);
    const quick = await scan(content);
    const full = await scan(content, { countFields: true });
    expect(quick.fieldsCounted).toBe(false);
    expect({ ...quick, fieldsCounted: true }).toEqual(full);
    expect(quick).toMatchObject({ goodRecords: 2, segments: [{ firstIndex: 0, firstLine: 2 }], header: ['Vía', 'Dirección'], encoding: 'windows-1252' });
  });

  it('reads byte by byte a file with quotes, a blank line, a line starting blank or a lone carriage return', async () => {
    for (const content of ['a,b\n"1",2\n', 'a,b\n1,2\n\n3,4\n', 'a,b\n1,2\r\n\r\n', 'a,b\n 1,2\n', '\na,b\n1,2\n', 'a,b\r\n1,2\r3,4\r\n5\r\n']) {
      expect((await scan(content)).fieldsCounted, JSON.stringify(content)).toBe(true);
    }
  });

  it('calls a file with an unterminated quote or no header unreadable', async () => {
    expect((await scan('a,b\n"1,2\n')).unreadable).toMatch(/comilla/);
    expect((await scan('\n\n')).unreadable).toMatch(/vacío/);
  });
});

describe('splitCells', () => {
  it('unquotes RFC 4180 cells with escaped quotes and delimiters inside quotes', () => {
    expect(splitCells('"a,b","c ""d""",e', ',')).toEqual(['a,b', 'c "d"', 'e']);
  });
});
