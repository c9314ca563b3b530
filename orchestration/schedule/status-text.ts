import { describeHolder } from '../../pipelines/warehouse/warehouse-lock.js';
import type { Freshness } from './freshness.js';
import type { SourceStatus, WarehouseStatus } from './warehouse-status.js';
import { localText } from '../../pipelines/time/zoned-time.js';

const number = (value: number) => value.toLocaleString('en-US');
const when = (date: Date | undefined) => (date ? localText(date) : '—');

/** Returns `memoria status` as Spanish text: a table of sources, current run, quarantine, and how freshness is measured. */
export function formatStatus(status: WarehouseStatus, now: Date): string {
  const lines: string[] = [];
  lines.push(`Almacén: ${status.almacen}${status.existe ? '' : ' (todavía no existe: ninguna ejecución ha terminado bien)'}`);
  lines.push(`Horario: ${status.horario ? status.horario.archivo : 'ninguno (sin --horario ni config/horario.json)'} · horas de El Salvador · ahora ${localText(now)}`);
  if (!status.enCurso) lines.push('En curso: nada');
  else if (status.enCurso.alive) lines.push(`En curso: ${describeHolder(status.enCurso.holder)} está escribiendo el almacén`);
  else lines.push(`En curso: nada (queda el candado de ${describeHolder(status.enCurso.holder)}, que ya terminó; la próxima ejecución lo retira)`);
  lines.push('');
  if (status.sinLectura) {
    lines.push(`No se leyó el estado de las fuentes: ${status.sinLectura}.`);
    return lines.join('\n');
  }
  if (status.fuentes.length === 0) lines.push('Ninguna fuente programada ni cargada todavía.');
  else lines.push(...table(status.fuentes));
  const failing = status.fuentes.filter((source) => source.ultimoFallo && (!source.ultimoCorrecto || source.ultimoFallo > source.ultimoCorrecto));
  if (failing.length) {
    lines.push('', 'Fallando ahora (el último intento falló):');
    for (const source of failing) lines.push(`  ${source.fuente} (${when(source.ultimoFallo)}): ${source.errorUltimoFallo ?? 'sin detalle'}`);
  }
  lines.push('', `Cuarentena (calidad.cuarentena): ${number(status.cuarentenaTotal)} filas`);
  const quarantined = status.fuentes.filter((source) => source.cuarentena > 0);
  if (quarantined.length) lines.push(`  ${quarantined.map((source) => `${source.fuente} ${number(source.cuarentena)}`).join(' · ')}`);
  if (status.cuarentenaTotal > 0) lines.push('  el detalle (archivo, línea y motivo) está en informe-ejecucion.json de la edición y en calidad.cuarentena');
  lines.push('', freshnessNote(status));
  return lines.join('\n');
}

function table(sources: readonly SourceStatus[]): string[] {
  const header = ['fuente', 'conector', 'horario', 'próxima', 'último correcto', 'último fallo', 'frescura'];
  const rows = sources.map((source) => [
    source.fuente,
    source.conector ?? '—',
    source.cron ?? '—',
    when(source.proxima),
    when(source.ultimoCorrecto),
    when(source.ultimoFallo),
    freshnessText(source.frescura),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function freshnessText(freshness: Freshness): string {
  switch (freshness.estado) {
    case 'al_dia':
      return 'al día';
    case 'atrasada':
      return `ATRASADA (sin extracción correcta desde el horario de ${when(freshness.esperadaDesde)})`;
    case 'sin_datos':
      return 'SIN DATOS (nunca se extrajo)';
    case 'sin_horario':
      return 'sin horario';
  }
}

function freshnessNote(status: WarehouseStatus): string {
  const tolerance = status.horario ? Math.round(status.horario.toleranciaMs / 60_000) : 0;
  const fromDeliveries = status.fuentes.filter((source) => source.frescuraSegun === 'entregas').map((source) => source.fuente);
  return [
    `Frescura: una fuente está al día si su última extracción correcta (registro.ejecuciones_fuentes) es posterior a su`,
    `último horario; durante los ${tolerance} min siguientes a ese horario basta con el anterior (la ejecución y sus reintentos`,
    'pueden seguir en curso).' + (fromDeliveries.length ? ` Sin registro para ${fromDeliveries.join(', ')}: se usa la carga de su última entrega (raw.entregas.cargada_en).` : ''),
  ].join('\n');
}
