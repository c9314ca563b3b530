import type { Content } from 'pdfmake/interfaces.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { inlineRuns, markdownContent } from '../pdf/markdown-content.js';
import { formatCount } from '../../presentation/format/number-format.js';
import { firstDayText, lastDayText } from '../../presentation/format/period-labels.js';
import { changeClause, countWithUnit, listText, periodCount, rankedChangesSentence } from './figure-sentences.js';
import type { CuadroRow } from '../../presentation/marts/mart-rows.js';
import type { PeriodTotals } from './measure-figures.js';
import { SERVICES } from './service-catalogue.js';
import { MEASURES, type MeasureKey } from './service-measures.js';
import type { SectionContext } from './section-context.js';

/**
 * Returns the executive summary: a lead paragraph (the folder's, or one built from the period),
 * the main figures as generated sentences, then the folder's own points.
 */
export function executiveSummarySection(context: SectionContext): Content[] {
  const { data, editorial } = context;
  const { period } = data;
  const folder = editorial.resumenEjecutivo ? markdownContent(editorial.resumenEjecutivo) : [];
  const folderParagraphs = folder.filter((block) => !('ul' in (block as object)) && !('ol' in (block as object)));
  const folderPoints = folder.flatMap((block) => (block as { ul?: Content[]; ol?: Content[] }).ul ?? (block as { ol?: Content[] }).ol ?? []);
  const lead = folderParagraphs.length
    ? folderParagraphs
    : [
        {
          text: `La ${editorial.institucion} desarrolló durante el periodo comprendido del ${firstDayText(period.desde)} al ${lastDayText(period.hasta)} actividades en beneficio de las personas usuarias, nacionales y extranjeras, entre ellas:`,
          style: 'body',
        },
      ];
  const points = [...figurePoints(context).map((text) => ({ text: inlineRuns(text), style: 'body', margin: [0, 0, 0, 4] })), ...folderPoints];
  if (!points.length) return [...sectionHeading('Resumen ejecutivo', 'resumen-ejecutivo'), { text: 'Los sistemas de la institución no registraron actividad en el periodo.', style: 'body' }];
  return [...sectionHeading('Resumen ejecutivo', 'resumen-ejecutivo'), ...(lead as Content[]), { ol: points, type: 'lower-alpha', margin: [6, 2, 0, 6] } as Content];
}

/** Returns the generated points of the summary, each stating figures from the marts; a point without data in the period is left out. */
export function figurePoints(context: SectionContext): string[] {
  const { data } = context;
  const totals = (key: MeasureKey): PeriodTotals => data.totals.get(key)!;
  const has = (...keys: MeasureKey[]) => keys.some((key) => (totals(key).actual ?? 0) > 0 || totals(key).suprimida);
  const row = (cuadro: string, codigo: string): CuadroRow | undefined => data.cuadros.find((candidate) => candidate.cuadro === cuadro && candidate.codigo === codigo);
  const points: string[] = [];

  const passports = totals('pasaportes');
  const branches = row('pasaportes_oficina', 'total_sucursales');
  const consulates = row('pasaportes_oficina', 'consulados');
  const split =
    branches && consulates ? ` (${formatCount(branches.total_actual)} en sucursales a nivel nacional y ${formatCount(consulates.total_actual)} en consulados de El Salvador en el exterior)` : '';
  if (has('pasaportes'))
    points.push(`**Emisión de documentos de viaje:** se reporta un total de ${countWithUnit(passports.actual ?? 0, MEASURES.pasaportes.unidad)}${split}, ${changeClause(passports)}.`);

  const returned = totals('retornados');
  const sheltered = totals('resguardos');
  const referred = row('derivaciones_personas', 'total');
  const referrals = totals('derivaciones');
  const referredText =
    referred && referred.total_actual !== null && referred.total_actual > 0
      ? `; ${countWithUnit(referred.total_actual, { singular: 'persona retornada fue derivada', plural: 'personas retornadas fueron derivadas' })} a instituciones de apoyo (${periodCount(referrals, { singular: 'derivación', plural: 'derivaciones' })}, pues una persona puede derivarse a varias)`
      : '';
  if (has('retornados', 'resguardos'))
    points.push(
      `**Atención al migrante:** atención a ${periodCount(returned, { singular: 'persona retornada', plural: 'personas retornadas' })} al país, ${changeClause(returned)}; además, ${periodCount(sheltered, MEASURES.resguardos.unidad)} en el CAIPEM${referredText}.`,
    );

  const flow = totals('flujo');
  const entries = row('flujo_direccion', 'entrada');
  const exits = row('flujo_direccion', 'salida');
  const directions = entries && exits ? `: ${formatCount(entries.total_actual)} entradas y ${formatCount(exits.total_actual)} salidas` : '';
  const before =
    entries && exits && entries.total_anterior ? `; en el periodo anterior se registraron ${formatCount(entries.total_anterior)} entradas y ${formatCount(exits.total_anterior)} salidas` : '';
  if (has('flujo'))
    points.push(`**Registro de flujo migratorio:** ${countWithUnit(flow.actual ?? 0, MEASURES.flujo.unidad)} en los puestos fronterizos habilitados${directions}, ${changeClause(flow)}${before}.`);

  const resolutions = (['residencias', 'visas', 'nacionalidad'] as const).filter((key) => has(key)).map((key) => periodCount(totals(key), MEASURES[key].unidad));
  if (resolutions.length) points.push(`**Extranjería:** ${listText(resolutions)}.`);

  const ranked = rankedChangesSentence(SERVICES.map(({ medida: key }) => ({ nombre: MEASURES[key].nombre, totals: totals(key) })));
  if (ranked) points.push(`**Variaciones principales** frente al periodo anterior: ${ranked.replace(/^./, (letter) => letter.toLowerCase())}`);
  return points;
}
