import { formatCount, formatMoney, sumMoney } from '../pdf/number-format.js';
import { spanText } from '../pdf/period-labels.js';
import type { EditorialContent } from './editorial-content.js';
import type { MemoriaData } from './memoria-data.js';
import { fiscalStretches } from './projects-section.js';
import { SERVICES } from './service-catalogue.js';
import { isMeasureKey } from './service-measures.js';

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
    for (const column of ['m_anterior', 'f_anterior', 'total_anterior', 'm_actual', 'f_actual', 'total_actual'] as const) {
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
    const table = service.tables[0];
    const total = table?.filas.find((row) => row.tipo_fila === 'total') ?? (table?.filas.length === 1 ? table.filas[0] : undefined);
    if (total && total.total_actual !== null && service.totals.actual !== null && total.total_actual !== service.totals.actual) {
      messages.push(`Servicio ${service.definition.codigo}: el total de la tabla (${formatCount(total.total_actual)}) no coincide con la suma de la serie mensual (${formatCount(service.totals.actual)}).`);
    }
  }
  if (data.suppressedCells) messages.push(`${formatCount(data.suppressedCells)} celdas de los cuadros comparativos se imprimen como «–» por protección de celdas pequeñas.`);

  for (const row of data.budget) {
    if (row.modificado !== null && row.aprobado !== null && row.modificaciones !== null && sumMoney([row.modificado, `-${row.aprobado}`]) !== row.modificaciones) {
      messages.push(`Presupuesto ${row.fondo.toUpperCase()} ${spanText(row.desde, row.hasta)}: modificaciones ${formatMoney(row.modificaciones)} no es modificado − aprobado del ejercicio (${formatMoney(sumMoney([row.modificado, `-${row.aprobado}`]))}), porque solo algunos meses registraron presupuesto modificado; revise que así deba publicarse.`);
    }
  }

  messages.push(...editorialChecks(data, editorial));
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
    if (project.poblacion?.medida && !isMeasureKey(project.poblacion.medida)) messages.push(`proyectos.yml: «${project.nombre}» usa la medida «${project.poblacion.medida}», que no existe.`);
  }
  for (const [amount, projects] of amounts) {
    if (projects.length > 1) messages.push(`proyectos.yml: la misma inversión (${formatMoney(amount)}) figura en ${projects.length} proyectos (${projects.join('; ')}); confirme que no es un error de transcripción.`);
  }
  return messages;
}
