import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLanding } from '../../../pipelines/extract/extract-landing.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';

const HEADER = 'id,fecha,puesto,via,direccion,sexo,nacionalidad';

/** Extracts one plain `flujo` delivery (no quotes, no blank lines) and returns what the raw layer holds. */
async function extractPlain(lines: string[]) {
  const root = await mkdtemp(join(tmpdir(), 'memoria-loader-'));
  await mkdir(join(root, 'landing', 'flujo'), { recursive: true });
  await writeFile(join(root, 'landing', 'flujo', '2024-02-05_sicm.csv'), [HEADER, ...lines].join('\r\n') + '\r\n');
  const summary = await extractLanding(join(root, 'landing'), join(root, 'memoria.duckdb'), join(root, 'entregas'));
  const warehouse = await openWarehouse(join(root, 'memoria.duckdb'), { readOnly: true });
  try {
    return {
      deliveries: summary.sources.flatMap((source) => source.deliveries),
      rows: await warehouse.rows<{ id: string; linea: number }>('select id, linea from raw.flujo order by linea'),
      malformed: await warehouse.rows<{ linea: number; contenido: string }>('select linea, contenido from raw.filas_malformadas order by linea'),
    };
  } finally {
    warehouse.close();
  }
}

describe('loading a delivery read by the quick scan', () => {
  it('numbers the lines of a regular file from the reader, header on line 1', async () => {
    const result = await extractPlain(['A1,2024-01-03,el_poy,terrestre,entrada,M,SLV', 'A2,2024-01-04,el_poy,terrestre,salida,F,GTM']);
    expect(result.deliveries).toMatchObject([{ estado: 'cargada', filas: 2, filasMalformadas: 0 }]);
    expect(result.rows).toEqual([
      { id: 'A1', linea: 2 },
      { id: 'A2', linea: 3 },
    ]);
  });

  it('reads the file again field by field when the reader drops a row, and keeps that row with its line', async () => {
    const result = await extractPlain(['A1,2024-01-03,el_poy,terrestre,entrada,M,SLV', 'A2,2024-01-04,el_poy,terrestre,salida,F', 'A3,2024-01-05,el_amatillo,terrestre,entrada,M,HND']);
    expect(result.deliveries).toMatchObject([{ estado: 'cargada', filas: 2, filasMalformadas: 1 }]);
    expect(result.rows).toEqual([
      { id: 'A1', linea: 2 },
      { id: 'A3', linea: 4 },
    ]);
    expect(result.malformed).toEqual([{ linea: 3, contenido: 'A2,2024-01-04,el_poy,terrestre,salida,F' }]);
  });
});

describe('line numbers of a large delivery', () => {
  // More rows than DuckDB puts in a row group (122,880), read on every thread: each row's line must
  // still be its own, in the quick path (record i on line i + 2) and through the segment table.
  const ROWS = 300_000;
  const record = (index: number) => `B${index},2024-01-03,el_poy,terrestre,entrada,M,SLV`;

  it('gives every row of a regular file the line it is on', async () => {
    const result = await extractPlain(Array.from({ length: ROWS }, (_, index) => record(index)));
    expect(result.rows).toHaveLength(ROWS);
    expect(result.rows.filter((row) => row.linea !== Number(row.id.slice(1)) + 2)).toEqual([]);
  });

  it('gives every row the line it is on when blank lines shift the records', async () => {
    // A blank line every 50,000 records: the scan maps record index → line through segments.
    const lines = Array.from({ length: ROWS }, (_, index) => record(index)).flatMap((line, index) => (index > 0 && index % 50_000 === 0 ? ['', line] : [line]));
    const result = await extractPlain(lines);
    expect(result.rows).toHaveLength(ROWS);
    const expectedLine = (index: number) => index + 2 + Math.floor(index / 50_000);
    expect(result.rows.filter((row) => row.linea !== expectedLine(Number(row.id.slice(1))))).toEqual([]);
  });
});
