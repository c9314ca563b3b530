const SITE = 'https://www.migracion.gob.sv';

/** Who publishes the release, how to reach them, and under which licence (the datapackage, LEEME and the bulletin say it). */
export const publisher = {
  institution: 'Dirección General de Migración y Extranjería (DGME), El Salvador',
  unit: 'Unidad de Planificación',
  site: SITE,
  /** The one contact the outputs print: the unit that publishes, through the institution's web site (no personal address). */
  contact: { unit: 'Unidad de Planificación', institution: 'Dirección General de Migración y Extranjería (DGME)', web: SITE.replace(/^https?:\/\//, '') },
  license: { name: 'CC-BY-4.0', title: 'Creative Commons Atribución 4.0 Internacional', path: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

/** Where a request under the Ley de Acceso a la Información Pública goes (DGME's organisation manual names the unit). */
export const PUBLIC_INFORMATION_UNIT = 'Unidad de Acceso a la Información Pública (UAIP) de la DGME';

/** Returns the contact as one Spanish sentence (`Unidad de Planificación, Dirección General …: www.migracion.gob.sv.`). */
export function contactText(): string {
  const { unit, institution, web } = publisher.contact;
  return `${unit}, ${institution}, El Salvador: ${web}.`;
}

/** Spanish description of cuadros_memoria's flag of one figure (`suprimido_m_actual`, …), or '' for another column. */
export function figureFlagDescription(column: string): string {
  const match = /^suprimido_(m|f|total)_(anterior|actual)$/.exec(column);
  if (!match) return '';
  const figure = { m: 'masculino', f: 'femenino', total: 'total' }[match[1]];
  return `Verdadero cuando la cifra \`${match[1]}_${match[2]}\` (${figure}, periodo ${match[2] === 'actual' ? 'del informe' : 'de comparación'}) de esta fila está suprimida para proteger a las personas.`;
}

/** Spanish description of the `suprimido` column that protected datasets carry. */
export const suppressedFieldDescription =
  'Verdadero cuando alguna cifra de esta fila se suprimió para proteger a las personas: cuenta de 1 a 4 personas de una población ' +
  'protegida, o es una de las cifras que se suprimen además para que ninguna pueda deducirse de los totales publicados. ' +
  'Una cifra vacía con suprimido verdadero está suprimida; vacía con suprimido falso, no está disponible; un 0 es un cero verdadero.';
