import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCsv, splitCells } from '../../pipelines/extract/csv-scan.js';

const dir = await mkdtemp(join(tmpdir(), 'memoria-scan-'));
let counter = 0;
const scan = async (content: string | Buffer) => {
  const path = join(dir, `f${counter++}.csv`);
  await writeFile(path, content);
  return scanCsv(path);
};

describe('scanCsv', () => {
  it('finds the delimiter, header and one line segment for a regular file', async () => {
    const result = await scan('fecha;sexo\n2024-01;M\n2024-02;F\n');
    expect(result).toMatchObject({ delimiter: ';', header: ['fecha', 'sexo'], goodRecords: 2, segments: [{ firstIndex: 0, firstLine: 2 }], encoding: 'utf-8' });
  });

  it('starts a new segment after a blank line and after a quoted newline', async () => {
    const result = await scan('a,b\n1,2\n\n3,"x\ny"\n4,5\n');
    expect(result.segments).toEqual([{ firstIndex: 0, firstLine: 2 }, { firstIndex: 1, firstLine: 4 }, { firstIndex: 2, firstLine: 6 }]);
  });

  it('handles CRLF, a BOM and a missing final newline', async () => {
    const result = await scan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Año,Trámite\r\n2024,visa')]));
    expect(result).toMatchObject({ hasBom: true, header: ['Año', 'Trámite'], goodRecords: 1, encoding: 'utf-8' });
  });

  it('recognises Windows-1252 text that is not valid UTF-8', async () => {
    const result = await scan(Buffer.from('Vía,Dirección\naérea,entrada\n', 'latin1'));
    expect(result).toMatchObject({ encoding: 'windows-1252', header: ['Vía', 'Dirección'] });
  });

  it('lists records whose field count differs from the header, with their lines', async () => {
    const result = await scan('a,b,c\n1,2,3\n1,2\n1,2,3,4\n');
    expect(result.goodRecords).toBe(1);
    expect(result.malformed.map((record) => [record.line, record.fields])).toEqual([[3, 2], [4, 4]]);
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
