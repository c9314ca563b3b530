/**
 * Templates of the operating plan's physical targets (POA): one XLSX per organisational unit that
 * sends count data, listing its count sources twelve times (one row per month). Row 1 of the first
 * sheet carries the `metas` landing columns (Año, Mes, Medida, Programado, Unidad) and the dimension
 * columns of the unit's sources under their landing names, so a filled template dropped into
 * `<landing>/metas/` loads as it is: the dimension columns arrive among the delivery's extras and
 * restrict a target; `Descripción` is informational and `Plantilla metas` tells the warehouse that a
 * row left without `Programado` is "not planned" rather than an error (models/intermediate/metas/).
 * Code lists come straight from the seeds: templates are written before any warehouse exists.
 */
import ExcelJS from 'exceljs';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { COUNT_UNIT_TEXT, countSources, type CountSource, type Dimension } from '../../pipelines/contract/landing-sources.js';
import { projectRoot } from '../../pipelines/paths.js';
import { parseCsv } from '../../presentation/format/csv.js';
import { measureSubject } from '../../presentation/metas/target-rows.js';
import { fileSlug } from '../../presentation/format/file-slug.js';

/** The column that marks a row as coming from a template (folded: `plantilla_metas`). */
export const TEMPLATE_MARKER = 'Plantilla metas';

/** An organisational unit that sends count data, with its sources in contract order. */
export interface MetasUnit {
  readonly nombre: string;
  readonly slug: string;
  readonly sources: readonly CountSource[];
}

export interface WrittenMetasTemplate {
  readonly unidad: string;
  readonly archivo: string;
  /** The unit's count sources (the values of `Medida`). */
  readonly medidas: readonly string[];
  /** Template rows: 12 per source. */
  readonly filas: number;
}

/** The codes a dimension column takes, with their labels (for the «Códigos» sheet). */
interface CodeList {
  readonly codes: readonly string[];
  readonly labels: readonly string[];
}

/** Returns a unit's name as a file-name slug: lower-case ASCII words joined by `-`. */
export const unitSlug = (unidad: string): string => fileSlug(unidad);

/** Returns the template's file name for a unit (its name or slug) and year. */
export const templateFileName = (unidad: string, anio: number): string => `metas-${anio}_${unitSlug(unidad)}.xlsx`;

/** Returns the units that send count data, in the order of their first source in the contract. */
export function metasUnits(sources: readonly CountSource[] = countSources): MetasUnit[] {
  const units = new Map<string, CountSource[]>();
  for (const source of sources) units.set(source.origin.unidad, [...(units.get(source.origin.unidad) ?? []), source]);
  return [...units].map(([nombre, unitSources]) => ({ nombre, slug: unitSlug(nombre), sources: unitSources }));
}

/** Returns the dimension columns of a unit's sources: their union, in contract order, by name. */
export function unitDimensions(unit: MetasUnit): string[] {
  return [...new Set(unit.sources.flatMap((source) => source.dimensions.map((dimension) => dimension.name)))];
}

/** Returns what a row of the source measures, in Spanish (the template's «Descripción»). */
export function measureDescription(source: CountSource): string {
  const parts = source.measures.filter((measure) => measure.filtro && !measure.partOf);
  const hint = parts.length
    ? ` Para programar solo una parte, escriba su código: ${parts
        .map(
          (measure) =>
            Object.entries(measure.filtro ?? {})
              .map(([column, code]) => `«${column}» = ${code}`)
              .join(', ') + ` (${measure.nombre})`,
        )
        .join('; ')}.`
    : '';
  return `${measureSubject(source.name)}. Cuenta ${COUNT_UNIT_TEXT[source.counts]}.${hint}`;
}

/** Reads the code lists the dimensions take: closed lists of seeds/codigos.csv, open lists of their own seed. */
export async function readCodeLists(seedsDir = join(projectRoot, 'seeds')): Promise<(dimension: Dimension) => CodeList | undefined> {
  const read = async (name: string) => parseCsv(await readFile(join(seedsDir, `${name}.csv`), 'utf8'));
  const closed = new Map<string, { codigo: string; etiqueta: string; orden: number }[]>();
  for (const row of await read('codigos')) closed.set(row.lista, [...(closed.get(row.lista) ?? []), { codigo: row.codigo, etiqueta: row.etiqueta, orden: Number(row.orden) }]);
  const seeds = new Map<string, Record<string, string>[]>();
  for (const source of countSources) {
    for (const dimension of source.dimensions) {
      if (dimension.codes.kind === 'open' && dimension.codes.seed && !seeds.has(dimension.codes.seed)) seeds.set(dimension.codes.seed, await read(dimension.codes.seed));
    }
  }
  return (dimension) => {
    const codes = dimension.codes;
    if (codes.kind === 'closed') {
      const rows = [...(closed.get(codes.list) ?? [])].sort((a, b) => a.orden - b.orden);
      if (!rows.length) throw new Error(`seeds/codigos.csv no tiene la lista «${codes.list}» de la columna ${dimension.name}`);
      return { codes: rows.map((row) => row.codigo), labels: rows.map((row) => row.etiqueta) };
    }
    if (codes.kind === 'open' && codes.seed) {
      const rows = seeds.get(codes.seed) ?? [];
      return { codes: rows.map((row) => (codes.iso ? row.codigo.toUpperCase() : row.codigo)), labels: rows.map((row) => row.etiqueta ?? row.nombre ?? '') };
    }
    return undefined;
  };
}

interface TemplateColumn {
  readonly header: string;
  readonly width: number;
  /** Filled in by the unit (highlighted, left empty). */
  readonly toFill?: boolean;
  /** The dimension column of that name. */
  readonly dimension?: true;
}

const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const NOT_APPLICABLE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } } as const;
/** Excel caps a list validation written in its formula at 255 characters; longer lists go to «Códigos». */
const INLINE_LIST_LIMIT = 250;
const CODES_SHEET = 'Códigos';

function templateColumns(unit: MetasUnit): TemplateColumn[] {
  return [
    { header: 'Año', width: 7 },
    { header: 'Mes', width: 6 },
    { header: 'Medida', width: 16 },
    ...unitDimensions(unit).map((name): TemplateColumn => ({ header: name, width: Math.max(12, name.length + 4), dimension: true })),
    { header: 'Programado', width: 13, toFill: true },
    { header: 'Unidad', width: 30 },
    { header: 'Descripción', width: 70 },
    { header: TEMPLATE_MARKER, width: 30 },
  ];
}

/** Writes one template per unit that sends count data into `out`; returns what was written. */
export async function writeMetasTemplates(anio: number, out: string, createdAt = new Date()): Promise<WrittenMetasTemplate[]> {
  const codeLists = await readCodeLists();
  await mkdir(out, { recursive: true });
  const written: WrittenMetasTemplate[] = [];
  for (const unit of metasUnits()) {
    const archivo = templateFileName(unit.nombre, anio);
    await metasTemplateWorkbook(unit, anio, codeLists, createdAt).xlsx.writeFile(join(out, archivo));
    written.push({ unidad: unit.nombre, archivo, medidas: unit.sources.map((source) => source.name), filas: 12 * unit.sources.length });
  }
  return written;
}

/** Returns the workbook of one unit's template: the targets sheet first, then the instructions and the hidden code lists. */
export function metasTemplateWorkbook(unit: MetasUnit, anio: number, codeLists: (dimension: Dimension) => CodeList | undefined, createdAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'memoria (DGME)';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const columns = templateColumns(unit);
  const columnOf = (header: string) => columns.findIndex((column) => column.header === header) + 1;

  const sheet = workbook.addWorksheet('Metas', { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  const instructions = workbook.addWorksheet('Instrucciones');
  const codesSheet = workbook.addWorksheet(CODES_SHEET, { state: 'hidden' });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };

  // The validation of each source's dimension cells: a list (inline, or a range of «Códigos»), a whole number, or nothing.
  const ranges = new Map<string, string>();
  const validationOf = (dimension: Dimension): ExcelJS.DataValidation | undefined => {
    if (dimension.codes.kind === 'integer') {
      return {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 130],
        showErrorMessage: true,
        errorTitle: 'Valor no válido',
        error: `«${dimension.name}» es un número entero (años cumplidos).`,
      };
    }
    const list = codeLists(dimension);
    if (!list || !list.codes.length) return undefined;
    const inline = `"${list.codes.join(',')}"`;
    let formula = inline;
    if (inline.length > INLINE_LIST_LIMIT || list.codes.some((code) => /[",]/.test(code))) {
      const key = dimension.codes.kind === 'closed' ? dimension.codes.list : (dimension.codes.seed ?? dimension.name);
      if (!ranges.has(key)) {
        const first = codesSheet.columnCount + (codesSheet.columnCount ? 2 : 1);
        codesSheet.getCell(1, first).value = key;
        codesSheet.getCell(1, first + 1).value = 'nombre';
        codesSheet.getRow(1).font = { bold: true };
        list.codes.forEach((code, index) => {
          codesSheet.getCell(index + 2, first).value = code;
          codesSheet.getCell(index + 2, first + 1).value = list.labels[index] ?? '';
        });
        codesSheet.getColumn(first).width = 20;
        codesSheet.getColumn(first + 1).width = 40;
        const letter = codesSheet.getColumn(first).letter;
        ranges.set(key, `'${CODES_SHEET}'!$${letter}$2:$${letter}$${list.codes.length + 1}`);
      }
      formula = ranges.get(key)!;
    }
    // A target must name a known code: the warehouse quarantines one it does not know, open lists included.
    return {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: 'Código no válido',
      error: `Elija un código de «${dimension.name}» de la lista (un código por celda), o deje la celda vacía.`,
    };
  };

  // Validations go by range: exceljs 4.4 merges per-cell validations into overlapping ranges (B10:B49
  // beside B2:B49) once a column has ten rows or more, which Excel reports as a damaged file.
  const validations = (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  const rangeOf = (header: string, top: number, bottom: number) => {
    const letter = sheet.getColumn(columnOf(header)).letter;
    return `${letter}${top}:${letter}${bottom}`;
  };
  let top = 2;
  for (const source of unit.sources) {
    const dimensions = new Map(source.dimensions.map((dimension) => [dimension.name, dimension]));
    const description = measureDescription(source);
    for (let mes = 1; mes <= 12; mes++) {
      const row = sheet.addRow(
        columns.map((column) => {
          if (column.header === 'Año') return anio;
          if (column.header === 'Mes') return mes;
          if (column.header === 'Medida') return source.name;
          if (column.header === 'Unidad') return unit.nombre;
          if (column.header === 'Descripción') return description;
          if (column.header === TEMPLATE_MARKER) return `POA ${anio} · ${unit.nombre}`;
          return null;
        }),
      );
      row.alignment = { vertical: 'top', wrapText: true };
      columns.forEach((column, index) => {
        if (column.toFill) row.getCell(index + 1).fill = FILL;
        // A column of another source of the unit does not divide this measure: grey, and left empty.
        if (column.dimension && !dimensions.has(column.header)) row.getCell(index + 1).fill = NOT_APPLICABLE_FILL;
      });
    }
    const bottom = top + 11;
    for (const column of columns.filter((candidate) => candidate.dimension)) {
      const dimension = dimensions.get(column.header);
      const validation = dimension
        ? validationOf(dimension)
        : ({
            type: 'textLength',
            operator: 'lessThanOrEqual',
            allowBlank: true,
            formulae: [0],
            showErrorMessage: true,
            errorTitle: 'Columna que no aplica',
            error: `«${column.header}» no divide ${source.name}: deje la celda vacía.`,
          } satisfies ExcelJS.DataValidation);
      if (validation) validations.add(rangeOf(column.header, top, bottom), validation);
    }
    top = bottom + 1;
  }
  const last = top - 1;
  validations.add(rangeOf('Mes', 2, last), {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1, 12],
    showErrorMessage: true,
    errorTitle: 'Mes no válido',
    error: 'Escriba el número del mes (1 a 12), o deje la celda vacía para una meta del año.',
  });
  validations.add(rangeOf('Medida', 2, last), {
    type: 'list',
    allowBlank: false,
    formulae: [`"${unit.sources.map((source) => source.name).join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Medida no válida',
    error: 'Elija una medida de la lista.',
  });
  validations.add(rangeOf('Programado', 2, last), {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: 'Valor no válido',
    error: 'Escriba un número entero mayor o igual que 0, sin decimales, separadores de miles ni símbolos.',
  });

  instructions.getColumn(1).width = 110;
  for (const line of instructionLines(unit, anio, codeLists)) {
    const row = instructions.addRow([line.text]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (line.title) row.font = { bold: true, size: line.title === 1 ? 14 : 11 };
  }
  return workbook;
}

/** An example of a restricting column for the instructions: an office or trámite when the unit has one, else its first dimension other than `sexo`, with its first code. */
function restrictionExample(unit: MetasUnit, codeLists: (dimension: Dimension) => CodeList | undefined): { source: string; column: string; code?: string } {
  const candidates = unit.sources.flatMap((source) => source.dimensions.filter((dimension) => dimension.codes.kind !== 'integer').map((dimension) => ({ source, dimension })));
  const preferred = ['oficina', 'tramite'].map((name) => candidates.find((candidate) => candidate.dimension.name === name)).find(Boolean);
  const chosen = preferred ?? candidates.find((candidate) => candidate.dimension.name !== 'sexo') ?? candidates[0];
  if (!chosen) return { source: unit.sources[0].name, column: unit.sources[0].dimensions[0]?.name ?? 'sexo' };
  return { source: chosen.source.name, column: chosen.dimension.name, code: codeLists(chosen.dimension)?.codes[0] };
}

function instructionLines(unit: MetasUnit, anio: number, codeLists: (dimension: Dimension) => CodeList | undefined): { text: string; title?: 1 | 2 }[] {
  const example = restrictionExample(unit, codeLists);
  const file = `metas-${anio}_${unit.slug}.xlsx`;
  return [
    { text: `Metas físicas del POA ${anio}: ${unit.nombre}`, title: 1 },
    {
      text: `Plan operativo anual (POA) de la DGME. Esta plantilla lista, mes por mes, ${unit.sources.length === 1 ? 'la medida' : `las ${unit.sources.length} medidas`} de conteo que la unidad envía al almacén de datos de la DGME. Cada fila es una meta: cuántos registros de una medida programa la unidad para un mes (o para el año).`,
    },
    ...unit.sources.map((source) => ({
      text: `• «${source.name}»: ${measureDescription(source)} Columnas que la dividen: ${source.dimensions.map((dimension) => `«${dimension.name}»`).join(', ')}.`,
    })),
    { text: '' },
    { text: 'Cómo llenarla', title: 2 },
    {
      text: '1. Meta mensual: en la hoja «Metas», escriba en «Programado» cuántos registros programa la unidad para esa medida en ese mes: un número entero, sin decimales, separadores de miles ni símbolos. La columna «Descripción» dice qué cuenta cada medida.',
    },
    {
      text: '2. Meta anual: si la meta es del año y no de cada mes, use una sola fila de la medida con «Mes» vacío y escriba en «Programado» el total del año; deje sin «Programado» (o borre) las filas de los meses de esa medida.',
    },
    {
      text: `3. Meta de una sola oficina, trámite, puesto u otra categoría: copie la fila (inserte la copia debajo) y escriba en la columna de esa categoría su código, un código por celda; por ejemplo, en una fila de «${example.source}», ${example.code ? `escriba ${example.code} en la columna «${example.column}»` : `un código de la columna «${example.column}»`}. Las columnas que deje vacías no restringen la meta. Cada celda ofrece la lista de códigos válidos; las celdas grises son columnas que no dividen esa medida y quedan vacías. Una meta restringida no reemplaza la de toda la medida: son metas distintas.`,
    },
    { text: '4. Las filas que queden sin «Programado» se omiten sin error: la unidad no programó esa meta, y no se borra una meta enviada antes. Puede borrar las filas que no use.' },
    {
      text: '5. Para reprogramar, envíe de nuevo una fila con el mismo «Año», «Mes», «Medida» y los mismos códigos: reemplaza la meta enviada antes (la entrega más reciente cuenta). Para anular una meta, envíela con «Programado» 0.',
    },
    {
      text: `6. No cambie las columnas «Año», «Medida», «Unidad» ni «${TEMPLATE_MARKER}», ni los encabezados de la fila 1, y mantenga «Metas» como primera hoja. «Descripción» es solo informativa.`,
    },
    { text: '' },
    { text: 'Cómo enviarla', title: 2 },
    {
      text: `Guarde el archivo en formato XLSX y nómbrelo con la fecha de envío al inicio (AAAA-MM-DD_${file}), por ejemplo «${anio}-01-15_${file}», para que cada reprogramación se aplique después de la entrega anterior. La Unidad de Planificación de la DGME lo coloca en la carpeta «metas» de la entrada del almacén.`,
    },
    { text: '' },
    { text: 'Qué pasa después', title: 2 },
    {
      text: 'El almacén compara cada meta con lo que cuenta la fuente de esa medida en ese mes (o en ese año, si «Mes» quedó vacío), solo en los registros con los códigos de la fila, y le asigna un estado con las mismas reglas que el seguimiento del PNI: «cumplida» si lo contado alcanza lo programado; mientras el periodo no termina, «en_curso» si va al ritmo de lo programado a la fecha, «en_riesgo» si alcanza al menos el 75 % de ello y «rezagada» si no; un periodo terminado sin alcanzar lo programado queda «rezagada».',
    },
  ];
}
