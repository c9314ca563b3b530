import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { findSource } from '../../../pipelines/contract/landing-sources.js';
import type { ConnectorState, PullResult } from '../../../pipelines/connectors/connector.js';
import { parseConnectorConfig, type FolderConnectorConfig } from '../../../pipelines/connectors/connector-config.js';
import { createConnector } from '../../../pipelines/connectors/connector-factory.js';
import { createFolderConnector } from '../../../pipelines/connectors/folder-connector.js';
import { extractLanding } from '../../../pipelines/extract/extract-landing.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { parseCsv, testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-carpeta-mapeo');
const landing = join(root, 'landing');
const folder = join(landing, 'pasaportes');
const exports = join(folder, 'sistema');
const source = findSource('pasaportes')!;
const logs: string[] = [];

/** The passport system's mapping: its own column names, 1/2 for sex, its office names, DD/MM/AAAA dates. */
const mapeo = {
  columnas: { fecha: 'FEC_EMISION', oficina_tipo: 'TIPO_SEDE', oficina: 'SEDE', sexo: 'SEXO_ID', tramite: 'TIPO_TRAMITE', cantidad: 'TOTAL' },
  valores: {
    sexo: { '1': 'M', '2': 'F' },
    oficina_tipo: { S: 'sucursal', C: 'consulado' },
    oficina: { 'San Miguel': 'san_miguel', 'Central San Salvador': 'central', 'Los Ángeles': 'los_angeles' },
    tramite: { '01': 'primera_vez', '02': 'renovacion' },
  },
  formato_fecha: 'DD/MM/AAAA',
};
const config = (mapping: unknown = mapeo) =>
  parseConnectorConfig({ tipo: 'carpeta', mapeo: mapping }, source, 'conector', (message) => {
    throw new Error(message);
  }) as FolderConnectorConfig;
// Through the factory, as the scheduler builds it.
const pull = (state?: ConnectorState, mapping?: unknown): Promise<PullResult> =>
  createConnector(config(mapping)).pull({ source, folder, state, signal: new AbortController().signal, log: (line) => void logs.push(line) });

/** The system's CSV export as it comes: Windows-1252, `;`, CRLF, a quoted field, a blank line, an extra column, one short row (its 6 fields, as many as the delivery's header). */
const CSV_EXPORT =
  [
    'FEC_EMISIÓN;TIPO_SEDE;SEDE;SEXO_ID;TIPO_TRAMITE;TOTAL;OBSERVACIÓN',
    '15/03/2024;S;San Miguel;1;01;12;',
    '15/03/2024;S;SAN MIGUEL;2;02;9;"revisado; sin novedad"',
    '',
    '16/03/2024;C;Los Ángeles;3;01;4;sexo sin código',
    '18.03.2024;S;Central San Salvador;1;02;7;fecha mal escrita',
    '17/03/2024;S;Soyapango;2;02;1;oficina sin traducción',
    '18/03/2024;S;Central San Salvador;2;01;5',
  ].join('\r\n') + '\r\n';

async function writeXlsxExport(path: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja1');
  sheet.addRow(['FEC_EMISION', 'TIPO_SEDE', 'SEDE', 'SEXO_ID', 'TOTAL', 'TIPO_TRAMITE']);
  sheet.addRow(['20/03/2024', 'S', 'Central San Salvador', 1, 3, '01']);
  // A real date cell reaches the reader as AAAA-MM-DD: right as it is.
  sheet.addRow([new Date(Date.UTC(2024, 2, 21)), 'C', 'Los Ángeles', 2, 5, null]);
  await workbook.xlsx.writeFile(path);
}

const landingFiles = async () => (await readdir(folder)).filter((name) => name !== 'sistema').sort();

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(exports, { recursive: true });
  await writeFile(join(exports, '2024-03-31_cierre.csv'), Buffer.from(CSV_EXPORT, 'latin1'));
  logs.length = 0;
});

describe('the folder connector with a «mapeo»', () => {
  it("translates each export of sistema/ into a delivery in the contract's shape, under the export's name", async () => {
    await writeXlsxExport(join(exports, '2024-04-01_abril.xlsx'));
    const result = await pull();
    expect(result).toMatchObject({ archivo: '2024-03-31_cierre.csv, 2024-04-01_abril.csv', filas: 8 });
    expect(await landingFiles()).toEqual(['2024-03-31_cierre.csv', '2024-04-01_abril.csv']);
    const text = await readFile(join(folder, '2024-03-31_cierre.csv'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('fecha,cantidad,oficina_tipo,oficina,sexo,tramite');
    expect(parseCsv(lines.slice(0, 6).join('\n'))).toEqual([
      { fecha: '2024-03-15', cantidad: '12', oficina_tipo: 'sucursal', oficina: 'san_miguel', sexo: 'M', tramite: 'primera_vez' },
      { fecha: '2024-03-15', cantidad: '9', oficina_tipo: 'sucursal', oficina: 'san_miguel', sexo: 'F', tramite: 'renovacion' },
      // Untranslated values pass through unchanged: the warehouse quarantines «3» and the date, and reports «Soyapango» as an unknown office.
      { fecha: '2024-03-16', cantidad: '4', oficina_tipo: 'consulado', oficina: 'los_angeles', sexo: '3', tramite: 'primera_vez' },
      { fecha: '18.03.2024', cantidad: '7', oficina_tipo: 'sucursal', oficina: 'central', sexo: 'M', tramite: 'renovacion' },
      { fecha: '2024-03-17', cantidad: '1', oficina_tipo: 'sucursal', oficina: 'Soyapango', sexo: 'F', tramite: 'renovacion' },
    ]);
    // The short row goes on as one cell saying where it came from (its 6 cells as they are would load shifted).
    expect(lines[6]).toBe('sistema/2024-03-31_cierre.csv línea 8 (6 campos; el encabezado tiene 7): 18/03/2024;S;Central San Salvador;2;01;5');
    expect(parseCsv(await readFile(join(folder, '2024-04-01_abril.csv'), 'utf8'))).toEqual([
      { fecha: '2024-03-20', cantidad: '3', oficina_tipo: 'sucursal', oficina: 'central', sexo: 'M', tramite: 'primera_vez' },
      { fecha: '2024-03-21', cantidad: '5', oficina_tipo: 'consulado', oficina: 'los_angeles', sexo: 'F', tramite: '' },
    ]);
    expect(logs).toEqual(
      expect.arrayContaining([
        expect.stringContaining('sistema/2024-03-31_cierre.csv: sexo: 1 valores sin traducción en mapeo.valores (p. ej. «3»)'),
        expect.stringContaining('sistema/2024-03-31_cierre.csv: oficina: 1 valores sin traducción en mapeo.valores (p. ej. «Soyapango»)'),
        expect.stringContaining('sistema/2024-03-31_cierre.csv: fecha: 1 fechas sin el formato DD/MM/AAAA (p. ej. «18.03.2024»)'),
        '2 exportaciones en sistema/, 2 nuevas o cambiadas, 2 entregas escritas',
      ]),
    );
    expect(Object.keys(result.state!.frontera)).toEqual(['2024-03-31_cierre.csv', '2024-04-01_abril.xlsx']);
  });

  it('lands in the raw layer translated; the export itself is never loaded as it came', async () => {
    await pull();
    const summary = await extractLanding(landing, join(root, 'memoria.duckdb'), join(root, 'entregas'));
    expect(summary.sources.find((entry) => entry.fuente === 'pasaportes')?.deliveries).toMatchObject([
      { archivo: '2024-03-31_cierre.csv', estado: 'cargada', filas: 5, filasMalformadas: 1, columnasExtra: [] },
    ]);
    expect(summary.skipped).toEqual([]);
    const warehouse = await openWarehouse(join(root, 'memoria.duckdb'), { readOnly: true });
    try {
      expect(await warehouse.rows('select linea, fecha, oficina, sexo from raw.pasaportes order by linea')).toEqual([
        { linea: 2, fecha: '2024-03-15', oficina: 'san_miguel', sexo: 'M' },
        { linea: 3, fecha: '2024-03-15', oficina: 'san_miguel', sexo: 'F' },
        { linea: 4, fecha: '2024-03-16', oficina: 'los_angeles', sexo: '3' },
        { linea: 5, fecha: '18.03.2024', oficina: 'central', sexo: 'M' },
        { linea: 6, fecha: '2024-03-17', oficina: 'Soyapango', sexo: 'F' },
      ]);
      expect(await warehouse.rows('select linea, motivo, contenido from raw.filas_malformadas')).toEqual([
        {
          linea: 7,
          motivo: 'la fila tiene 1 columnas y el encabezado 6',
          contenido: 'sistema/2024-03-31_cierre.csv línea 8 (6 campos; el encabezado tiene 7): 18/03/2024;S;Central San Salvador;2;01;5',
        },
      ]);
    } finally {
      warehouse.close();
    }
  });

  it('without the translation, the same export would be rejected whole by the contract', async () => {
    // The unprotected path: the export dropped into the source folder itself, as a plain folder source reads it.
    const plain = join(root, 'sin-mapeo');
    await mkdir(join(plain, 'pasaportes'), { recursive: true });
    await writeFile(join(plain, 'pasaportes', '2024-03-31_cierre.csv'), Buffer.from(CSV_EXPORT, 'latin1'));
    expect(await createFolderConnector(config(undefined)).pull({ source, folder: join(plain, 'pasaportes'), signal: new AbortController().signal, log: () => {} })).toEqual({ filas: 0 });
    const summary = await extractLanding(plain, join(plain, 'memoria.duckdb'), join(plain, 'entregas'));
    expect(summary.rejected).toMatchObject([{ archivo: '2024-03-31_cierre.csv', motivo: expect.stringContaining('faltan columnas obligatorias: fecha, oficina_tipo, oficina, sexo') }]);
  });

  it('does not read an unchanged export again, translates a changed one (or a changed mapping) again, and never writes the same delivery twice', async () => {
    const first = await pull();
    const again = await pull(first.state);
    expect(again).toEqual({ archivo: undefined, filas: 0, state: first.state });
    expect(logs.at(-1)).toBe('1 exportaciones en sistema/, 0 nuevas o cambiadas, 0 entregas escritas');
    // The run that loaded the first delivery did not commit: the state did not advance, the same bytes are not written again.
    expect(await pull(undefined)).toMatchObject({ archivo: undefined, filas: 0 });
    // The system exports the file again, corrected: the delivery of that name is replaced.
    await writeFile(join(exports, '2024-03-31_cierre.csv'), Buffer.from(CSV_EXPORT.replace(';3;01;4;', ';1;01;4;'), 'latin1'));
    const corrected = await pull(first.state);
    expect(corrected).toMatchObject({ archivo: '2024-03-31_cierre.csv', filas: 6 });
    expect(parseCsv((await readFile(join(folder, '2024-03-31_cierre.csv'), 'utf8')).split('\n').slice(0, 6).join('\n'))[2].sexo).toBe('M');
    // A mapping that changed translates the unchanged export again.
    const remapped = await pull(corrected.state, { ...mapeo, valores: { ...mapeo.valores, oficina: { ...mapeo.valores.oficina, Soyapango: 'soyapango' } } });
    expect(remapped).toMatchObject({ archivo: '2024-03-31_cierre.csv', filas: 6 });
    expect(await landingFiles()).toEqual(['2024-03-31_cierre.csv']);
  });

  it('refuses an export without a column the mapping names, as a permanent error, and leaves the landing folder as it was', async () => {
    await writeFile(join(exports, '2024-04-02_otro.csv'), 'FECHA;TIPO_SEDE;SEDE;SEXO_ID\n15/03/2024;S;San Miguel;1\n');
    const failure = await pull().catch((error) => error);
    expect(failure).toMatchObject({
      transitorio: false,
      message: 'la exportación sistema/2024-04-02_otro.csv no tiene la columna «FEC_EMISION» (para fecha); encabezado leído: FECHA, TIPO_SEDE, SEDE, SEXO_ID',
    });
    expect(await landingFiles()).toEqual([]);
    await writeFile(join(exports, '2024-04-02_otro.csv'), 'FEC_EMISION;SEDE;SEXO_ID;TOTAL;TIPO_TRAMITE\n15/03/2024;San Miguel;1;2;01\n');
    expect((await pull().catch((error) => error)).message).toContain('no tiene la columna «TIPO_SEDE» (para oficina_tipo)');
    await rm(join(exports, '2024-04-02_otro.csv'));
    await writeXlsxExport(join(exports, '2024-03-31_cierre.xlsx'));
    expect((await pull().catch((error) => error)).message).toBe(
      'sistema/2024-03-31_cierre.csv y sistema/2024-03-31_cierre.xlsx darían la misma entrega 2024-03-31_cierre.csv; cambie el nombre de una de las dos',
    );
    expect(await landingFiles()).toEqual([]);
  });
});
