import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const windows1252 = (text: string) => Buffer.from(text, 'latin1');
const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

/**
 * Writes a small landing folder where every rule of the landing contract has a case; the
 * expectations in landing-contract.test.ts are written against these exact rows and line numbers.
 */
export async function writeContractLanding(dir: string): Promise<void> {
  const put = async (source: string, name: string, content: string | Buffer) => {
    await mkdir(join(dir, source), { recursive: true });
    await writeFile(join(dir, source, name), content);
  };

  // UTF-8 without BOM, `,`; accents and capitals in headers and values; a blank line; a quoted newline.
  await put(
    'pasaportes',
    '2024-01-10_a.csv',
    [
      'Fecha,Oficina Tipo,Oficina,Sexo,Trámite,Id,Observación',
      '2024-01-05,Sucursal,Central,M,Primera Vez,P1,x',
      '',
      '2024-01-05,sucursal,central,F,renovacion,P2,"dos',
      'líneas"',
      '2024-01-06,sucursal,central,F,renovacion,P2,id repetido',
      '2024-01-07,sucursal,central,H,renovacion,P3,',
      '2024-01-08,sucursal,nueva_sucursal,M,renovacion,P4,',
      '2024-01-09,consulado,los_angeles,mujer,revalidacion,P5,',
      '2024-01-09,consulado,los_angeles,F',
      '',
    ].join('\n'),
  );
  // UTF-8 with BOM, `;`, CRLF; corrects P1 (now F, no trámite); DD/MM/YYYY; an impossible date.
  const correction = utf8Bom(
    ['Fecha;Oficina Tipo;Oficina;Sexo;Id', '2024-01-05;sucursal;central;F;P1', '31/01/2024;sucursal;Santa Ana;Masculino;P6', '2024-02-30;sucursal;central;M;P7', ''].join('\r\n'),
  );
  await put('pasaportes', '2024-02-01_b.csv', correction);
  await put('pasaportes', '2024-02-02_b_otra_vez.csv', correction);
  await put('pasaportes', 'LEEME.txt', 'no es una entrega');

  // Windows-1252, `;`: add-up, cantidad rules, a closed-list violation, February by day.
  await put(
    'flujo',
    '2024-01-31_dias.csv',
    windows1252(
      [
        'Fecha;Dirección;Vía;Puesto;Sexo;Cantidad',
        '2024-01-01;Entrada;Aérea;aies_soarg;M;10',
        '2024-01-01;Entrada;Aérea;aies_soarg;M;5',
        '2024-01-02;Entrada;Aérea;aies_soarg;M;7',
        '2024-01-03;Salida;Terrestre;el_poy;F;-3',
        '2024-01-03;Salida;Terrestre;el_poy;F;2.5',
        '2024-01-03;Salida;Terrestre;el_poy;F;',
        '2024-01-04;Salida;Submarina;el_poy;F;4',
        '2024-02-01;Entrada;Aérea;aies_soarg;F;8',
        '2024-02-02;Entrada;Aérea;aies_soarg;F;9',
        '',
      ].join('\n'),
    ),
  );
  // UTF-8 `,`: a 0 removes a day, a quarantined row does not, February re-sent as one month row.
  await put(
    'flujo',
    '2024-02-15_correccion.csv',
    ['fecha,direccion,via,puesto,sexo,cantidad', '2024-01-02,entrada,aerea,aies_soarg,M,0', '2024-01-01,entrada,aerea,aies_soarg,M,-1', '2024-02,entrada,aerea,aies_soarg,F,100', ''].join('\n'),
  );
  // Windows-1252 `,`: March as a month row, then an XLSX re-sends it by day.
  await put('flujo', '2024-03-10_mes.csv', windows1252('Fecha,Dirección,Vía,Puesto,Sexo,Cantidad\n2024-03,salida,terrestre,el_poy,M,50\n'));
  await put(
    'flujo',
    '2024-03-20_dias.xlsx',
    await xlsx([
      ['Fecha', 'Dirección', 'Vía', 'Puesto', 'Sexo', 'Cantidad'],
      [new Date(Date.UTC(2024, 2, 5)), 'Salida', 'Terrestre', 'el_poy', 'M', 20],
      [],
      ['2024-03-06', 'Salida', 'Terrestre', 'el_poy', 'M', 5],
    ]),
  );

  await put(
    'residencias',
    '2024-01-31.csv',
    ['Calidad,Sexo,Fecha,Nacionalidad,Id', 'Residencia Temporal,M,2024-01-15,gtm,R1', 'Residencia Definitiva,femenino,2024-01-16,xyz,R2', 'Residencia Eterna,F,2024-01-17,GTM,R3', ''].join('\n'),
  );

  await put(
    'presupuesto',
    '2024-02-29.csv',
    [
      'Fecha,Fondo,Etapa,Monto',
      '2024-01,FAE,Aprobado,"1,000.50"',
      '2024-01,fae,devengado,500.25',
      '2024-01,fae,devengado,"1,610,317,80"',
      '2024-01,goes,aprobado,$ 5',
      '2024-02,fae,aprobado,1000',
      '2024-02,fae,modificado,1200',
      '',
    ].join('\n'),
  );

  await put('pni', '2024-03-01.csv', 'Indicador,Año,Valor,Institución\n5.5.2.a,2024,120,mtps\n');
}

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja1');
  rows.forEach((row, index) => (sheet.getRow(index + 1).values = row as ExcelJS.CellValue[]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the files a second run must reject: a missing required column and an unreadable CSV. */
export async function writeRejectedDeliveries(dir: string): Promise<void> {
  await mkdir(join(dir, 'nacionalidad'), { recursive: true });
  await writeFile(join(dir, 'nacionalidad', '2024-03-31_sin_tramite.csv'), 'fecha,sexo,cantidad\n2024-03,M,4\n');
  await mkdir(join(dir, 'visas'), { recursive: true });
  await writeFile(join(dir, 'visas', '2024-03-31_rota.csv'), 'fecha,tramite,cantidad\n2024-03,"visa,3\n');
}
