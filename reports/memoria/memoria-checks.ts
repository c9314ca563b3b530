import { formatCount, formatMoney, sumMoney } from '../../presentation/format/number-format.js';
import { spanText } from '../../presentation/format/period-labels.js';
import type { EditorialContent, EditorialPopulation } from '../../presentation/edition/editorial/editorial-content.js';
import type { MemoriaData } from './memoria-data.js';
import { fiscalStretches } from './projects-section.js';
import { SERVICES } from './service-catalogue.js';
import { isMeasureKey, MEASURES } from './service-measures.js';
import { monthsOf } from './sql-fragments.js';

/**
 * Returns what the Unidad should know before filing the Memoria and a reader must not see: printed
 * totals that do not reconcile, figures the edition folder gets wrong, cells withheld for privacy.
 * Each message is one Spanish sentence for the run report's observaciones.
 */
export function memoriaChecks(data: MemoriaData, editorial: EditorialContent): string[] {
  const messages: string[] = [];
  if (!editorial.carpeta) messages.push('No hay carpeta editorial para este periodo: la Memoria se publicó sin introducción propia, proyectos, metas, dificultades, proyecciones ni firma.');

  for (const cuadro of new Set(data.cuadros.map((row) => row.cuadro))) {
    const rows = data.cuadros.filter((row) => row.cuadro === cuadro);
    const total = rows.find((row) => row.tipo_fila === 'total');
    const categories = rows.filter((row) => row.tipo_fila === 'categoria');
    // A table of people (Tabla 22) has only its total: there are no rows to add up.
    for (const column of categories.length ? (['m_anterior', 'f_anterior', 'total_anterior', 'm_actual', 'f_actual', 'total_actual'] as const) : []) {
      const values = categories.map((row) => row[column]);
      if (!total || total[column] === null || values.some((value) => value === null)) continue;
      const sum = values.reduce((a, b) => a! + b!, 0)!;
      if (sum !== total[column]) messages.push(`Cuadro ${cuadro}, columna ${column}: las filas suman ${formatCount(sum)} pero el total impreso es ${formatCount(total[column])}.`);
    }
    for (const row of rows) {
      for (const which of ['anterior', 'actual'] as const) {
        const [m, f, t] = [row[`m_${which}`], row[`f_${which}`], row[`total_${which}`]];
        if (m !== null && f !== null && t !== null && m + f !== t) messages.push(`Cuadro ${cuadro}, fila ${row.categoria} (${which}): M + F = ${formatCount(m + f)} no es el total ${formatCount(t)}.`);
      }
    }
  }

  for (const service of data.services) {
    // The event table (Tabla 23 beside the people of Tabla 22) adds up to the measure's monthly series.
    const table = service.tables.find((candidate) => candidate.id !== service.definition.personas);
    const total = table?.filas.find((row) => row.tipo_fila === 'total') ?? (table?.filas.length === 1 ? table.filas[0] : undefined);
    if (total && total.total_actual !== null && service.totals.actual !== null && total.total_actual !== service.totals.actual) {
      messages.push(
        `Servicio ${service.definition.codigo}: el total de la tabla (${formatCount(total.total_actual)}) no coincide con la suma de la serie mensual (${formatCount(service.totals.actual)}).`,
      );
    }
  }
  if (data.suppressedCells) messages.push(`${formatCount(data.suppressedCells)} celdas de los cuadros comparativos se imprimen como «x» (cifra confidencial) por el control de divulgación.`);

  messages.push(...budgetChecks(data));

  messages.push(...editorialChecks(data, editorial));
  return messages;
}

/**
 * The budget tables print Aprobado + Modificaciones = Vigente. Says when a fund's modificado was
 * sent for only some months (the table's note explains it to the reader) and when the printed rows
 * would not add up (the warehouse's tests should have stopped that).
 */
function budgetChecks(data: MemoriaData): string[] {
  const messages: string[] = [];
  const negate = (amount: string) => (amount.startsWith('-') ? amount.slice(1) : `-${amount}`);
  for (const row of data.budget) {
    const where = `Presupuesto ${row.fondo.toUpperCase()} ${spanText(row.desde, row.hasta)}`;
    if (row.modificado !== null && row.aprobado !== null && row.modificaciones !== null && sumMoney([row.modificado, negate(row.aprobado)]) !== row.modificaciones) {
      messages.push(
        `${where}: modificaciones ${formatMoney(row.modificaciones)} no es modificado − aprobado del ejercicio (${formatMoney(sumMoney([row.modificado, negate(row.aprobado)]))}), porque solo algunos meses registraron presupuesto modificado; la tabla del fondo no imprime esa suma parcial y lo explica en una nota.`,
      );
    }
    if (row.presupuesto_vigente !== null && row.aprobado !== null && sumMoney([row.aprobado, row.modificaciones]) !== row.presupuesto_vigente) {
      messages.push(`${where}: el vigente impreso (${formatMoney(row.presupuesto_vigente)}) no es aprobado + modificaciones (${formatMoney(sumMoney([row.aprobado, row.modificaciones]))}).`);
    }
  }
  return messages;
}

function editorialChecks(data: MemoriaData, editorial: EditorialContent): string[] {
  const messages: string[] = [];
  const services = new Set(SERVICES.map((service) => service.codigo));
  for (const meta of editorial.metas) {
    if (!isMeasureKey(meta.medida)) messages.push(`edicion.yml: la meta «${meta.descripcion}» usa la medida «${meta.medida}», que no existe; no se imprime.`);
  }
  for (const codigo of editorial.servicios.keys()) {
    if (!services.has(codigo)) messages.push(`servicios.yml: «${codigo}» no es un servicio de la Memoria (${[...services].join(', ')}).`);
  }
  const institutions = new Set(data.cuadros.filter((row) => row.cuadro === 'derivaciones_institucion').map((row) => row.codigo));
  for (const codigo of editorial.derivaciones.keys()) {
    if (!institutions.has(codigo)) messages.push(`coordinacion.yml: «${codigo}» no tiene derivaciones en el periodo; su descripción no se imprime.`);
  }
  const years = new Set(fiscalStretches(data.period.desde, data.period.hasta).map((stretch) => stretch.ejercicio));
  const amounts = new Map<string, string[]>();
  for (const project of editorial.proyectos) {
    for (const [year, amount] of project.inversion) {
      if (!years.has(year)) messages.push(`proyectos.yml: «${project.nombre}» tiene inversión en ${year}, fuera del periodo; no se imprime.`);
      if (amount.monto !== null) amounts.set(amount.monto, [...(amounts.get(amount.monto) ?? []), project.nombre]);
    }
    messages.push(...populationChecks(project.poblacion, `proyectos.yml: «${project.nombre}»`));
  }
  for (const initiative of editorial.iniciativas) messages.push(...populationChecks(initiative.poblacion, `coordinacion.yml: «${initiative.iniciativa}»`));
  for (const [amount, projects] of amounts) {
    if (projects.length > 1)
      messages.push(`proyectos.yml: la misma inversión (${formatMoney(amount)}) figura en ${projects.length} proyectos (${projects.join('; ')}); confirme que no es un error de transcripción.`);
  }
  return messages;
}

/**
 * Returns what the Nota metodológica tells the reader about the sources: discrepancies the run
 * found in what was received, and what was published because of them. (memoriaChecks tells the
 * Unidad everything, these included, in the run report.)
 */
export function sourceObservations(data: MemoriaData, editorial: EditorialContent): string[] {
  const messages: string[] = [];
  for (const row of data.budget) {
    const months = row.meses_modificado;
    if (row.modificado === null || months === undefined || months === null) continue;
    const span = spanText(row.desde, row.hasta);
    const total = monthsOf(row.desde, row.hasta).length;
    if (months < total) {
      messages.push(
        `Presupuesto ${row.fondo.toUpperCase()}, ${span}: el sistema financiero registró presupuesto modificado solo en ${months} de los ${total} meses. La tabla del fondo publica las modificaciones de esos meses (${formatMoney(row.modificaciones)}) y el vigente del periodo (aprobado más modificaciones), no la suma parcial de los montos modificados.`,
      );
    }
  }
  const amounts = new Map<string, string[]>();
  for (const project of editorial.proyectos) {
    for (const [, amount] of project.inversion) if (amount.monto !== null) amounts.set(amount.monto, [...(amounts.get(amount.monto) ?? []), project.nombre]);
  }
  for (const [amount, projects] of amounts) {
    if (projects.length > 1)
      messages.push(
        `Proyectos: la misma inversión (${formatMoney(amount)}) figura en ${projects.length} proyectos (${projects.join('; ')}), como la reportaron las unidades ejecutoras; se publica tal como se recibió, pendiente de confirmación.`,
      );
  }
  return messages;
}

/** What is wrong with a population that names a measure: an unknown measure, codes of columns it does not have, codes of a protected population. */
function populationChecks(population: EditorialPopulation | undefined, where: string): string[] {
  if (!population?.medida) return [];
  if (!isMeasureKey(population.medida)) return [`${where} usa la medida «${population.medida}», que no existe.`];
  const measure = MEASURES[population.medida];
  const columns = new Set(measure.source.dimensions.map((dimension) => dimension.name));
  const messages = Object.keys(population.filtro ?? {})
    .filter((column) => !columns.has(column))
    .map((column) => `${where} filtra la medida «${population.medida}» por «${column}», que no es una columna de ${measure.source.name} (${[...columns].join(', ')}).`);
  if (population.filtro && (measure.sensible || measure.source.protection))
    messages.push(`${where}: la medida «${population.medida}» es de una población protegida y solo se imprime completa; el filtro no se aplica.`);
  return messages;
}
