/**
 * Reporting templates of the PNI: one XLSX per responsible institution listing its indicators for
 * a year. The first sheet's header (row 1) carries the `pni` landing columns (Indicador, Año,
 * Institución, Valor, Fuente, Fecha), so a filled template dropped into `<landing>/pni/` loads
 * as it is; the other columns explain each indicator and are ignored by the extractor, except
 * `Plantilla PNI`, which tells the warehouse that a row left without a value is "not reported"
 * rather than an error (models/intermediate/pni/int_pni__validadas.sql).
 */
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PniCatalogue, PniIndicator } from './pni-catalogue.js';
import { reportingHint, tipoMetaLabel, yearTarget } from './pni-targets.js';

/** The column that marks a row as coming from a template (folded: `plantilla_pni`). */
export const TEMPLATE_MARKER = 'Plantilla PNI';

interface TemplateColumn {
  readonly header: string;
  readonly width: number;
  /** Filled in by the institution (highlighted, left empty). */
  readonly toFill?: boolean;
}

const COLUMNS: readonly TemplateColumn[] = [
  { header: 'Indicador', width: 11 },
  { header: 'Año', width: 7 },
  { header: 'Institución', width: 13 },
  { header: 'Eje', width: 26 },
  { header: 'Actividad', width: 50 },
  { header: 'Descripción del indicador', width: 60 },
  { header: 'Meta del PNI', width: 40 },
  { header: 'Tipo de meta', width: 22 },
  { header: 'Meta del año', width: 12 },
  { header: 'Unidad', width: 24 },
  { header: 'Valor', width: 12, toFill: true },
  { header: 'Fuente', width: 36, toFill: true },
  { header: 'Fecha', width: 12, toFill: true },
  { header: 'Cómo reportar', width: 70 },
  { header: 'Notas', width: 40, toFill: true },
  { header: TEMPLATE_MARKER, width: 18 },
];

const VALOR_COLUMN = COLUMNS.findIndex((column) => column.header === 'Valor') + 1;
const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } } as const;

export interface WrittenTemplate {
  readonly institucion: string;
  readonly archivo: string;
  readonly indicadores: number;
}

/** Returns the indicators `institucion` is responsible for in `anio`, in the PNI's order. */
export function indicatorsFor(catalogue: PniCatalogue, institucion: string, anio: number): PniIndicator[] {
  return catalogue.indicators.filter((indicator) => indicator.responsables.includes(institucion) && anio >= indicator.anioInicio && anio <= indicator.anioFin);
}

/** Returns the institutions with at least one indicator in `anio`, sorted by code. */
export function institutionsFor(catalogue: PniCatalogue, anio: number): string[] {
  const codes = new Set(catalogue.indicators.filter((i) => anio >= i.anioInicio && anio <= i.anioFin).flatMap((i) => i.responsables));
  return [...codes].sort();
}

/** Returns the template's file name for an institution and year. */
export const templateFileName = (institucion: string, anio: number): string => `pni-${anio}_${institucion}.xlsx`;

/** Writes one template per responsible institution of `anio` into `out`; returns what was written. */
export async function writePniTemplates(catalogue: PniCatalogue, anio: number, out: string, createdAt = new Date()): Promise<WrittenTemplate[]> {
  await mkdir(out, { recursive: true });
  const written: WrittenTemplate[] = [];
  for (const institucion of institutionsFor(catalogue, anio)) {
    const indicators = indicatorsFor(catalogue, institucion, anio);
    const workbook = templateWorkbook(catalogue, institucion, anio, indicators, createdAt);
    const archivo = templateFileName(institucion, anio);
    await workbook.xlsx.writeFile(join(out, archivo));
    written.push({ institucion, archivo, indicadores: indicators.length });
  }
  return written;
}

/** Returns the workbook of one institution's template: the report sheet first, then the instructions. */
export function templateWorkbook(catalogue: PniCatalogue, institucion: string, anio: number, indicators: readonly PniIndicator[], createdAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'memoria (DGME)';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const institution = catalogue.institutions.get(institucion);
  const name = institution ? `${institution.nombre}${institution.sigla ? ` (${institution.sigla})` : ''}` : institucion;

  const sheet = workbook.addWorksheet('Reporte', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };

  for (const indicator of indicators) {
    const target = yearTarget(indicator, anio);
    const row = sheet.addRow([
      indicator.indicador,
      anio,
      institucion,
      `${indicator.eje} · ${catalogue.axes.get(indicator.eje) ?? ''}`,
      `${indicator.actividad} ${catalogue.activities.get(indicator.actividad) ?? ''}`,
      indicator.indicadorTexto,
      indicator.metaTexto || '(el PNI no imprime META)',
      tipoMetaLabel[indicator.tipoMeta],
      target?.metaDelAnio ?? null,
      indicator.unidad,
      null,
      null,
      null,
      reportingHint(indicator, anio),
      null,
      `PNI ${anio} · ${institucion}`,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    COLUMNS.forEach((column, index) => {
      if (column.toFill) row.getCell(index + 1).fill = FILL;
    });
    row.getCell(VALOR_COLUMN).dataValidation =
      indicator.tipoMeta === 'entregable'
        ? { type: 'list', allowBlank: true, formulae: ['"0,1"'], showErrorMessage: true, errorTitle: 'Valor no válido', error: 'Un entregable se reporta con 1 (hecho) o 0 (no hecho).' }
        : {
            type: 'decimal',
            operator: 'greaterThanOrEqual',
            allowBlank: true,
            formulae: [0],
            showErrorMessage: true,
            errorTitle: 'Valor no válido',
            error: 'Escriba un número mayor o igual que 0, con punto decimal.',
          };
  }

  const instructions = workbook.addWorksheet('Instrucciones');
  instructions.getColumn(1).width = 110;
  for (const line of instructionLines(name, institucion, anio, indicators.length)) {
    const row = instructions.addRow([line.text]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (line.title) row.font = { bold: true, size: line.title === 1 ? 14 : 11 };
  }
  return workbook;
}

function instructionLines(name: string, institucion: string, anio: number, count: number): { text: string; title?: 1 | 2 }[] {
  return [
    { text: `Reporte de avance del PNI ${anio}: ${name}`, title: 1 },
    {
      text: `Plan Nacional de Implementación del Pacto Mundial para una Migración Segura, Ordenada y Regular. Esta plantilla lista los ${count} indicadores de los que ${name} es responsable en ${anio}, según la matriz del PNI.`,
    },
    { text: '' },
    { text: 'Cómo llenarla', title: 2 },
    {
      text: '1. En la hoja «Reporte», escriba en la columna «Valor» lo logrado para cada indicador (solo números, con punto decimal; sin símbolos ni separadores de miles). La columna «Cómo reportar» dice qué cifra corresponde a cada tipo de meta.',
    },
    { text: '2. Un entregable (estrategia, plan, diagnóstico, registro…) se reporta con 1 si ya está hecho y 0 si no. Un porcentaje se escribe como número: 75 para 75 %.' },
    {
      text: '3. En una meta acumulada en el periodo o al final del periodo, escriba solo lo logrado en el año: el sistema suma los años. En una meta de nivel (instituciones que participan, departamentos con servicio, empresas en un registro), escriba el total vigente a la fecha, no solo lo que se agregó en el año. En una meta mensual, escriba el total del año (la suma de los meses).',
    },
    { text: '4. Opcional: en «Fuente», el documento o sistema de donde sale la cifra; en «Fecha», la fecha de corte del dato (AAAA-MM-DD); en «Notas», cualquier aclaración.' },
    {
      text: '5. Deje «Valor» vacío en los indicadores que no reporta esta vez: esas filas se omiten y no borran un valor enviado antes. Para corregir un valor, envíe de nuevo la plantilla con la cifra correcta (la entrega más reciente reemplaza a la anterior); para anularlo, envíe 0.',
    },
    { text: `6. No cambie las columnas «Indicador», «Año», «Institución» ni «${TEMPLATE_MARKER}», ni los encabezados de la fila 1, y mantenga «Reporte» como primera hoja.` },
    { text: '' },
    { text: 'Cómo enviarla', title: 2 },
    {
      text: `Guarde el archivo en formato XLSX y nómbrelo con la fecha de envío al inicio, por ejemplo «${anio}-07-15_pni-${anio}_${institucion}.xlsx», para que cada entrega posterior se aplique después de la anterior. La Unidad de Planificación de la DGME lo coloca en la carpeta «pni» de la entrada del almacén.`,
    },
    { text: '' },
    { text: 'Qué pasa después', title: 2 },
    {
      text: 'El almacén suma los reportes de todas las instituciones responsables de un mismo indicador y compara el resultado con la meta del año: «cumplida», «en_curso», «en_riesgo», «rezagada» o «sin_datos». Los indicadores marcados como calculados por la DGME se obtienen de sus registros y no necesitan reporte; si los reporta, su cifra se publica al lado.',
    },
  ];
}
