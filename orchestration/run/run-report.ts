import type { EditionObservation } from '../../presentation/edition/edition-output.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import type { DisclosureSummary } from '../../privacy/protected-release.js';
import type { DeliveryResult } from '../../pipelines/extract/delivery-loader.js';
import type { SkippedFile } from '../../pipelines/extract/landing-extractor.js';

export interface StepTiming {
  readonly paso: string;
  readonly segundos: number;
}

export interface QuarantineGroup {
  readonly fuente: string;
  readonly motivo: string;
  readonly filas: number;
}

export interface QuarantinedRow {
  readonly fuente: string;
  readonly archivo: string;
  readonly linea: number;
  readonly motivo: string;
}

export interface UnknownCode {
  readonly fuente: string;
  readonly columna: string;
  readonly codigo: string;
  readonly filas: number;
}

export interface GranularitySwitch {
  readonly fuente: string;
  readonly mes: string;
  readonly dimensiones: string;
  readonly granularidad_vigente: string;
  readonly archivo: string;
}

/** Something an output noticed in the data that is for the Unidad, not for the public documents. */
/** What an output observed (informe-ejecucion.json `observaciones`). */
export type Observation = EditionObservation;

export interface DbtSummary {
  /** What the build covered (orchestration/run/build-scope.ts, buildScope), in Spanish. */
  alcance: string;
  /** How many dbt builds it took: more than one when a large load was split (build-batches.ts); the counts below add up every batch's. */
  tandas: number;
  modelos: number;
  pruebas: number;
  pruebas_fallidas: number;
  advertencias: number;
  fallos: { nodo: string; estado: string; mensaje: string | null }[];
  /** The nodes that took longest (seconds added up over the batches): where a build's time goes. */
  nodos_mas_lentos: { nodo: string; segundos: number }[];
}

/** What a run did, printed at its end and saved as `informe-ejecucion.json` beside the edition. */
export interface RunReport {
  version: string;
  resultado: 'correcto' | 'fallido';
  error?: string;
  inicio: string;
  fin?: string;
  parametros: Record<string, string>;
  entregas: DeliveryResult[];
  archivos_omitidos: SkippedFile[];
  filas_cargadas: Record<string, number>;
  /** Counts by kind of reason, and the rows themselves (up to QUARANTINE_ROWS, console only) with file and line. */
  cuarentena: { total: number; por_motivo: QuarantineGroup[]; filas: QuarantinedRow[] };
  codigos_desconocidos: UnknownCode[];
  cambios_granularidad: GranularitySwitch[];
  dbt?: DbtSummary;
  /** Disclosure control: figures seen, suppressed, the attacker's narrowest interval, time. */
  divulgacion?: DisclosureSummary;
  /** The publication date the documents print, and where it came from. */
  fecha_publicacion?: PublicationDate;
  /** Data-quality observations of the outputs (e.g. a printed total that does not reconcile). */
  observaciones: Observation[];
  salidas: string[];
  pasos: StepTiming[];
  /** Fingerprint of everything the edition was made from (orchestration/run/run-inputs.ts). */
  huella_entradas?: string;
  /** Set when nothing changed since the published edition: it was left as it was (when it was published). */
  sin_novedades?: { edicion_publicada: string };
}

/** Returns an empty report for a run starting now. */
export function newRunReport(version: string, parametros: Record<string, string>): RunReport {
  return {
    version,
    resultado: 'fallido',
    inicio: new Date().toISOString(),
    parametros,
    entregas: [],
    archivos_omitidos: [],
    filas_cargadas: {},
    cuarentena: { total: 0, por_motivo: [], filas: [] },
    codigos_desconocidos: [],
    cambios_granularidad: [],
    observaciones: [],
    salidas: [],
    pasos: [],
  };
}

/** How many quarantined rows the report lists one by one; calidad.cuarentena in the warehouse has them all. */
export const QUARANTINE_ROWS = 200;

const number = (value: number) => value.toLocaleString('en-US');

/**
 * Returns the report as saved beside the edition. The edition is published, so the quarantined rows
 * (whose reasons may quote a record id) stay out: the saved report keeps the counts by kind of
 * reason; the rows are printed to the operator and kept in calidad.cuarentena.
 */
export function serializeRunReport(report: RunReport): string {
  const { filas: _rows, ...cuarentena } = report.cuarentena;
  return JSON.stringify({ ...report, cuarentena }, null, 2) + '\n';
}

/** A reason without its parenthetical advice, for the console; the JSON report keeps it whole. */
const brief = (motivo: string) => motivo.replace(/ \([^()]*\)/g, '');

/** `{"tipo":"x","sexo":null}` → `tipo=x` (dimensions sent, for a reader). */
function dimensionsText(json: string): string {
  try {
    const entries = Object.entries(JSON.parse(json) as Record<string, unknown>).filter(([, value]) => value !== null && value !== '');
    return entries.map(([key, value]) => `${key}=${value}`).join(', ');
  } catch {
    return json;
  }
}

/** Returns the report as the Spanish text printed at the end of a run. */
export function formatRunReport(report: RunReport): string {
  const lines: string[] = [];
  if (report.sin_novedades) {
    return [
      `Sin novedades: ni entregas nuevas ni cambios en el código, la carpeta editorial, las opciones o el almacén desde la edición del ${report.sin_novedades.edicion_publicada}.`,
      `Tiempos: ${report.pasos.map((step) => `${step.paso} ${step.segundos.toFixed(1)} s`).join(', ')}.`,
      `La edición publicada en ${report.parametros.salida} sigue vigente; no se volvió a construir ni a publicar nada.`,
    ].join('\n');
  }
  const loaded = report.entregas.filter((delivery) => delivery.estado === 'cargada');
  const repeated = report.entregas.filter((delivery) => delivery.estado === 'ya_cargada');
  const rejected = report.entregas.filter((delivery) => delivery.estado === 'rechazada');
  lines.push(`Entregas: ${loaded.length} cargadas, ${repeated.length} ya cargadas antes (sin cambios), ${rejected.length} rechazadas.`);
  for (const delivery of rejected) lines.push(`  ✗ ${delivery.fuente}/${delivery.archivo}: ${delivery.motivo}`);
  for (const file of report.archivos_omitidos) lines.push(`  · ${file.fuente ? `${file.fuente}/` : ''}${file.archivo}: ${file.motivo}`);
  const rows = Object.entries(report.filas_cargadas).filter(([, count]) => count > 0);
  if (rows.length) lines.push(`Filas cargadas: ${rows.map(([source, count]) => `${source} ${number(count)}`).join(', ')}.`);
  lines.push(`Filas en cuarentena: ${number(report.cuarentena.total)}.`);
  for (const group of report.cuarentena.por_motivo.slice(0, 20)) lines.push(`  · ${group.fuente}: ${brief(group.motivo)} (${number(group.filas)})`);
  for (const row of report.cuarentena.filas.slice(0, 10)) lines.push(`    ${row.fuente}/${row.archivo}, línea ${row.linea}: ${brief(row.motivo)}`);
  if (report.cuarentena.total > 10) lines.push(`    … lista completa en informe-ejecucion.json y en calidad.cuarentena del almacén`);
  if (report.codigos_desconocidos.length) {
    lines.push('Códigos no registrados en las listas abiertas (se aceptan; revise si son nuevos o erratas):');
    for (const code of report.codigos_desconocidos.slice(0, 20)) lines.push(`  · ${code.fuente}.${code.columna} = «${code.codigo}» (${number(code.filas)} filas)`);
  }
  if (report.cambios_granularidad.length) {
    lines.push('Meses enviados por día y por mes (vale la entrega más reciente; no se suma dos veces):');
    for (const change of report.cambios_granularidad.slice(0, 20)) {
      lines.push(`  · ${change.fuente} ${change.mes} [${dimensionsText(change.dimensiones)}]: vale «${change.granularidad_vigente}» de ${change.archivo}`);
    }
  }
  if (report.observaciones.length) {
    lines.push('Observaciones sobre los datos (no se publican):');
    for (const observation of report.observaciones.slice(0, 20)) lines.push(`  · ${observation.salida}: ${observation.mensaje}`);
  }
  if (report.dbt) {
    const dbt = report.dbt;
    lines.push(
      `dbt (${dbt.alcance}${dbt.tandas > 1 ? `; en ${dbt.tandas} tandas de entregas` : ''}): ${dbt.modelos} modelos, ${dbt.pruebas} pruebas (${dbt.pruebas_fallidas} fallidas, ${dbt.advertencias} advertencias)${dbt.tandas > 1 ? ', sumadas las tandas' : ''}.`,
    );
    for (const failure of dbt.fallos.slice(0, 20)) lines.push(`  ✗ ${failure.nodo}: ${failure.estado}${failure.mensaje ? ` — ${failure.mensaje}` : ''}`);
  }
  if (report.divulgacion) {
    const control = report.divulgacion;
    const earlier = control.cifras_anteriores ? `, junto con ${number(control.cifras_anteriores)} cifras distintas de ediciones y versiones anteriores` : '';
    const kept = control.mantenidas ? `, ${number(control.mantenidas)} porque ya se suprimieron antes` : '';
    lines.push(
      `Control de divulgación: ${number(control.cifras_vistas)} cifras vistas${earlier}; ${number(control.cifras_suprimidas)} suprimidas (${number(control.primarias)} por ser pequeñas${kept}, ${number(control.secundarias)} para que no se deduzcan); ninguna se puede deducir de lo publicado (${control.segundos.toFixed(1)} s).`,
    );
    if (control.agrupadas_en_otras.length) lines.push(`  · nacionalidades agrupadas en «otras»: ${control.agrupadas_en_otras.join(', ')}`);
  }
  lines.push(`Tiempos: ${report.pasos.map((step) => `${step.paso} ${step.segundos.toFixed(1)} s`).join(', ')}.`);
  if (report.resultado === 'correcto') lines.push(`Edición publicada en ${report.parametros.salida} (${report.salidas.length} archivos).`);
  else lines.push(`No se publicó la edición: ${report.error}. El almacén y la edición anterior quedan como estaban.`);
  return lines.join('\n');
}
