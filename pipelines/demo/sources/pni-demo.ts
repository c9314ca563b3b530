/**
 * `pni`: values the Mecanismo's institutions report for PNI indicators in 2024, as of the first
 * quarter. Deliveries, in the order they apply:
 *   - the MINSAL's filled reporting template (XLSX, the columns of `memoria pni templates`), with two
 *     indicators left empty: those rows are skipped, not quarantined;
 *   - the Mecanismo's first-quarter report (header `Año`, a synonym of `anio`);
 *   - the Viceministerio's report on the diaspora axis and two deliverables;
 *   - the ISDEMU's report, with one indicator id that is not in the PNI catalogue (quarantined);
 *   - a later update in which the MTPS revises its figure (same indicador + anio + institucion, so it
 *     replaces the earlier one).
 * The DGME reports 2.5.2.a (people regularised), beside which the report shows the first-time residence
 * grants of the register as context only; nobody reports 5.4.2.a (DUIs issued), which stays without
 * data beside the referrals to the RNPN. When several institutions report one indicator, the
 * indicator's value is their sum (a level's, the largest). With the demo
 * edition's period (up to 2024-03) the values are judged against a quarter of the year's target, so
 * the statuses cover every case (see docs/pni.md): cumplida, en_curso, en_riesgo, rezagada, sin_datos.
 */
import type { SourceResult } from '../demo-summary.js';
import type { CsvValue } from '../shared/csv-text.js';
import { openSourceFolder } from '../shared/source-folder.js';

const TEMPLATE = '2024-04-12_pni-2024_minsal.xlsx';
const FIRST = '2024-04-15_reporte-mecanismo-t1.csv';
const DIASPORA = '2024-04-18_reporte-viceministerio-t1.csv';
const ISDEMU = '2024-04-22_isdemu-t1.csv';
const UPDATE = '2024-06-14_reporte-mecanismo-t2.csv';

/** The columns of the reporting template that matter here (reports/pni/pni-templates.ts writes them all). */
const TEMPLATE_HEADER = ['Indicador', 'Año', 'Institución', 'Descripción del indicador', 'Meta del año', 'Valor', 'Fuente', 'Fecha', 'Notas', 'Plantilla PNI'];

const TEMPLATE_ROWS: CsvValue[][] = [
  [
    '2.5.3.a',
    2024,
    'minsal',
    'Número de personas extranjeras en El Salvador accediendo servicios de salud por año.',
    3000,
    610,
    'Sistema de Información en Salud, atenciones a personas extranjeras',
    '2024-03-31',
    '',
    'PNI 2024 · minsal',
  ],
  [
    '5.7.1.a',
    2024,
    'minsal',
    'Número de departamentos donde los servicios de salud mental para migrantes son más accesibles.',
    3,
    '',
    '',
    '',
    'Se reportará en el segundo trimestre',
    'PNI 2024 · minsal',
  ],
  [
    '5.7.1.b',
    2024,
    'minsal',
    'Número de socios estratégicos que ofrecen servicios de salud mental a migrantes retornados.',
    2,
    1,
    'Convenio con organización de la sociedad civil',
    '2024-03-31',
    '',
    'PNI 2024 · minsal',
  ],
  ['5.7.1.c', 2024, 'minsal', 'Número de migrantes atendidos.', 500, '', '', '', 'Lo reporta el ISDEMU', 'PNI 2024 · minsal'],
];

/** Indicator values as reported (indicador, año, valor, institución, fuente, fecha). */
const FIRST_ROWS: CsvValue[][] = [
  ['5.5.2.a', 2024, 812, 'mtps', 'Programa de reinserción laboral, bolsa de empleo', '2024-03-31'],
  ['5.5.2.a', 2024, 436, 'mrree', 'Viceministerio de Diáspora y Movilidad Humana', '2024-03-31'],
  ['5.5.2.a', 2024, 129, 'conamype', 'Programa de emprendimiento para personas retornadas', '2024-03-31'],
  ['5.4.1.a', 2024, 2414, 'dgme', 'GAMI, personas retornadas atendidas enero-marzo', '2024-03-31'],
  ['0.1.1.a', 2024, 1, 'mrree', 'Actas del Mecanismo de Coordinación Nacional', '2024-03-31'],
  ['2.5.1.a', 2024, 64, 'dgme', 'Jornadas de carnetización de tránsito vecinal', '2024-03-31'],
  ['2.6.1.a', 2024, 38, 'dgme', 'Escuela de formación migratoria', '2024-03-31'],
  ['2.5.2.a', 2024, 212, 'dgme', 'Dirección de Extranjería, personas en situación irregular regularizadas', '2024-03-31'],
];

const DIASPORA_ROWS: CsvValue[][] = [
  ['4.1.1.a', 2024, 1, 'mrree', 'Acta de la mesa de Atención a la Diáspora', '2024-03-31'],
  ['4.4.2.a', 2024, 4100, 'mrree', 'Registro de atenciones del Consulado Virtual', '2024-03-31'],
  ['4.5.1.b', 2024, 0, 'mrree', 'Calendario de ferias de servicios', '2024-03-31'],
  ['4.6.3.b', 2024, 48, 'mrree', 'Listas de asistencia de capacitaciones sobre derechos políticos', '2024-03-31'],
  ['4.6.9.a', 2024, 3, 'mrree', 'Campaña de historias de éxito de la diáspora', '2024-03-31'],
  ['4.2.1.a', 2024, 0, 'mrree', 'Convenio interinstitucional El Salvador+ en revisión', '2024-03-31'],
  ['4.3.1.a', 2024, 1, 'mrree', 'Plan de formación aprobado', '2024-03-31'],
  ['1.1.2.a', 2024, 0, 'mrree', 'Estrategia Gubernamental para la Prevención de la Migración Irregular en consulta', '2024-03-31'],
];

const ISDEMU_ROWS: CsvValue[][] = [
  ['5.7.1.c', 2024, 97, 'isdemu', 'Atención psicosocial a mujeres retornadas', '2024-03-31'],
  ['5.7.2.a', 2024, 12, 'isdemu', 'Grupos de apoyo', '2024-03-31'],
];

const UPDATE_ROWS: CsvValue[][] = [
  ['5.5.2.a', 2024, 905, 'mtps', 'Programa de reinserción laboral, bolsa de empleo (cifra revisada)', '2024-05-31'],
  ['5.5.2.a', 2024, 611, 'mrree', 'Viceministerio de Diáspora y Movilidad Humana', '2024-05-31'],
  ['0.1.1.a', 2024, 2, 'mrree', 'Actas del Mecanismo de Coordinación Nacional', '2024-05-31'],
];

const HEADER = ['indicador', 'anio', 'valor', 'institucion', 'fuente', 'fecha'];

/** Returns the summary of the `pni` folder after writing the 2024 reports. */
export async function writePniDemo(root: string): Promise<SourceResult> {
  const folder = openSourceFolder(root, 'pni');
  await folder.xlsx(TEMPLATE, TEMPLATE_HEADER, TEMPLATE_ROWS);
  folder.note('xlsx', TEMPLATE, "the MINSAL's filled PNI template; rows 3 and 5 have no valor and are skipped (Plantilla PNI column)");
  folder.csv(FIRST, ['indicador', 'Año', 'valor', 'institucion', 'fuente', 'fecha'], FIRST_ROWS);
  folder.note('sinonimo-encabezado', FIRST, "header 'Año' folds to 'ano', a synonym of 'anio'");
  folder.csv(DIASPORA, HEADER, DIASPORA_ROWS);
  folder.csv(ISDEMU, HEADER, ISDEMU_ROWS);
  folder.note('cuarentena-lista-cerrada', ISDEMU, "indicator '5.7.2.a' is not in the PNI catalogue (activity 5.7.1 is the last of intervention 5.7)", 3);
  folder.csv(UPDATE, HEADER, UPDATE_ROWS);
  folder.note('actualizacion-id', UPDATE, '5.5.2.a/2024/mtps revised from 812 to 905 (key indicador + anio + institucion); 5.5.2.a/2024 totals 905 + 611 + 129 = 1,645');
  return folder.result();
}
