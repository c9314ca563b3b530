/**
 * `pni`: values the Mecanismo's institutions report for PNI indicators in 2024. Two deliveries: the
 * first quarter's report (header `Año`, a synonym of `anio`) and a later update in which the MTPS
 * revises its figure (same indicador + anio + institucion, so it replaces the earlier one). When
 * several institutions report one indicator, the indicator's value is their sum.
 */
import type { SourceResult } from '../demo-summary.js';
import type { CsvValue } from '../shared/csv-text.js';
import { openSourceFolder } from '../shared/source-folder.js';

const FIRST = '2024-04-15_reporte-mecanismo-t1.csv';
const UPDATE = '2024-06-14_reporte-mecanismo-t2.csv';

/** Indicator values as reported (indicador, año, valor, institución, fuente, fecha). */
const FIRST_ROWS: CsvValue[][] = [
  ['5.5.2.a', 2024, 812, 'mtps', 'Programa de reinserción laboral, bolsa de empleo', '2024-03-31'],
  ['5.5.2.a', 2024, 436, 'mrree', 'Viceministerio de Diáspora y Movilidad Humana', '2024-03-31'],
  ['5.5.2.a', 2024, 129, 'conamype', 'Programa de emprendimiento para personas retornadas', '2024-03-31'],
  ['5.4.1.a', 2024, 2414, 'dgme', 'GAMI, personas retornadas atendidas enero-marzo', '2024-03-31'],
  ['0.1.1.a', 2024, 1, 'mrree', 'Actas del Mecanismo de Coordinación Nacional', '2024-03-31'],
  ['2.5.1.a', 2024, 64, 'dgme', 'Jornadas de carnetización de tránsito vecinal', '2024-03-31'],
  ['2.6.1.a', 2024, 38, 'dgme', 'Escuela de formación migratoria', '2024-03-31'],
];

const UPDATE_ROWS: CsvValue[][] = [
  ['5.5.2.a', 2024, 905, 'mtps', 'Programa de reinserción laboral, bolsa de empleo (cifra revisada)', '2024-05-31'],
  ['5.5.2.a', 2024, 611, 'mrree', 'Viceministerio de Diáspora y Movilidad Humana', '2024-05-31'],
  ['0.1.1.a', 2024, 2, 'mrree', 'Actas del Mecanismo de Coordinación Nacional', '2024-05-31'],
];

/** Returns the summary of the `pni` folder after writing the two 2024 reports. */
export function writePniDemo(root: string): SourceResult {
  const folder = openSourceFolder(root, 'pni');
  folder.csv(FIRST, ['indicador', 'Año', 'valor', 'institucion', 'fuente', 'fecha'], FIRST_ROWS);
  folder.note('sinonimo-encabezado', FIRST, "header 'Año' folds to 'ano', a synonym of 'anio'");
  folder.csv(UPDATE, ['indicador', 'anio', 'valor', 'institucion', 'fuente', 'fecha'], UPDATE_ROWS);
  folder.note('actualizacion-id', UPDATE, '5.5.2.a/2024/mtps revised from 812 to 905 (key indicador + anio + institucion); 5.5.2.a/2024 totals 905 + 611 + 129 = 1,645');
  return folder.result();
}
