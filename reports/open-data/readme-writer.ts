import { SYMBOL_LEGEND, SYMBOLS } from '../../presentation/format/symbols.js';
import { periodText } from '../../presentation/format/period-labels.js';
import { MEMORIA_WORKBOOK_FILE } from './memoria-workbook.js';
import { PUBLIC_INFORMATION_UNIT } from './publisher.js';

export interface ReadmeResource {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: { name: string; type: string; description: string }[];
  readonly protectedDataset: boolean;
}

export interface ReadmeInput {
  readonly title: string;
  readonly version: string;
  /** The edition's publication date (AAAA-MM-DD). */
  readonly published: string;
  /** The data cut-off: the last day of the reporting period (AAAA-MM-DD). */
  readonly cutOff: string;
  readonly period: { desde: string; hasta: string; desdeAnterior: string; hastaAnterior: string };
  readonly resources: ReadmeResource[];
  readonly threshold: number;
  /** How to cite this version (citation.ts). */
  readonly citation: string;
  /** Who answers questions on the data (publisher.ts). */
  readonly contact: string;
  /** Where this version stays unchanged, inside `datos/` (`ediciones/2023-06_2024-03/v1/`). */
  readonly versionPath: string;
}

/** How each conventional sign of the PDFs and the dashboard appears in a CSV. */
const CSV_READING: Readonly<Record<string, string>> = {
  [SYMBOLS.zero]: 'el número 0 (en las series mensuales, también la fila ausente);',
  [SYMBOLS.notAvailable]: 'celda vacía sin marca de supresión;',
  [SYMBOLS.suppressed]: 'celda vacía con su marca `suprimido` (o `suprimido_<campo>`) verdadera;',
  [SYMBOLS.notApplicable]: 'celda vacía de un campo calculado (por ejemplo `variacion_pct` cuando el periodo anterior es 0).',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'texto',
  integer: 'entero',
  number: 'número',
  boolean: 'verdadero/falso',
  yearmonth: 'año-mes (AAAA-MM)',
  date: 'fecha',
};

/** Returns LEEME.md: the release's data dictionary in Spanish, from the same docs as datapackage.json. */
export function readmeMarkdown(input: ReadmeInput): string {
  const lines = [
    `# ${input.title}`,
    '',
    `Versión ${input.version}, publicada el ${input.published}; cifras con corte al ${input.cutOff}. Periodo del informe: ${periodText(input.period.desde, input.period.hasta)}; ` +
      `periodo de comparación: ${periodText(input.period.desdeAnterior, input.period.hastaAnterior)} (los mismos meses un año antes).`,
    '',
    '## Cómo citar',
    '',
    `> ${input.citation}`,
    '',
    `Esta versión se conserva sin cambios en \`${input.versionPath}\`: cite esa carpeta para que las cifras que usó sigan`,
    'disponibles aunque una versión posterior las corrija. `CAMBIOS.md` dice qué cambió en cada versión.',
    '',
    '## Contacto',
    '',
    `Preguntas, errores o pedidos de otros desgloses: ${input.contact} Las solicitudes de información pública se presentan`,
    `ante la ${PUBLIC_INFORMATION_UNIT}.`,
    '',
    '## Qué significan las cifras, y qué no',
    '',
    '- Son conteos de trámites, registros y personas atendidas que los sistemas de la DGME entregaron al almacén de datos, después de',
    '  aplicar las correcciones enviadas por esos sistemas. No son estimaciones ni proyecciones.',
    '- Las series mensuales (`*_mensual`) cubren toda la historia del almacén, no solo el periodo del informe. Una combinación de',
    '  mes y categorías que no aparece significa cero registros.',
    '- `cuadros_memoria` reproduce los cuadros comparativos de la Memoria de Labores: M = masculino, F = femenino.',
    '- Cada cifra dice qué cuenta (columna `unidad` de `cuadros_memoria` y la descripción de cada conjunto): documentos,',
    '  resoluciones, trámites, movimientos, personas o derivaciones. Un conteo de hechos nunca es un número de personas.',
    '- Derivaciones: cada fila de `derivaciones_institucion` cuenta derivaciones a una institución; una persona puede derivarse a',
    '  varias. Las personas distintas derivadas están en el cuadro `derivaciones_personas` (Tabla 22 de la Memoria).',
    '- Flujo migratorio: cuenta movimientos (entradas y salidas), no personas: quien viaja dos veces cuenta dos veces.',
    `- **Protección de las personas.** Las cifras sobre personas retornadas (sobre todo niñas, niños y adolescentes),`,
    `  autorizaciones de salida de NNA, personas extranjeras resguardadas, derivaciones y el registro de extranjeros desglosado`,
    `  por nacionalidad pasan por un control de divulgación antes de publicarse:`,
    `  - toda cifra de 1 a ${input.threshold - 1} personas se suprime (queda vacía, con \`suprimido\` = verdadero); un 0 es un cero`,
    '    verdadero;',
    '  - en el registro de extranjeros (residencias, visas), las nacionalidades que darían sobre todo cifras pequeñas se agrupan',
    '    en `otras`, la misma agrupación en todas las tablas de la edición;',
    '  - se suprimen además las cifras necesarias para que ninguna suprimida pueda deducirse combinando todo lo publicado: los',
    '    conjuntos de datos, los cuadros, los totales que imprimen la Memoria, el boletín y el informe del PNI, los valores del',
    '    PNI calculados de los mismos registros y todo lo que publicaron las ediciones y versiones anteriores (una cifra suprimida',
    '    antes sigue suprimida mientras no cambie). Se eligen resolviendo un problema de optimización que suprime la menor',
    '    información posible (como τ-ARGUS y sdcTable), y antes de publicar una auditoría hace de atacante: con programación',
    '    lineal calcula, para cada cifra suprimida, el menor y el mayor valor compatibles con todo lo publicado; el mayor debe',
    `    llegar al menos a ${input.threshold} y ser distinto del menor, o no se publica nada;`,
    '  - donde la tabla mensual queda con muchas cifras suprimidas se publica además una tabla más gruesa completa (retornados por',
    '    mes, vía y sexo; niñas, niños y adolescentes retornados por trimestre; derivaciones por trimestre e institución;',
    '    personas resguardadas por año y región de origen; residencias por mes, calidad y sexo).',
    '  Una cifra vacía con `suprimido` = falso no está disponible. En `cuadros_memoria`, cada cifra tiene su propia marca',
    '  (`suprimido_m_actual`, …). Una cifra suprimida puede ocultar un cero (`suprimido_incluye_ceros` en `datapackage.json`).',
    '- **Signos convencionales.** Los PDF y el tablero usan un signo por significado; en los CSV cada uno se lee así:',
    ...SYMBOL_LEGEND.map((entry) => `  - \`${entry.symbol}\` ${entry.meaning}: ${CSV_READING[entry.symbol]}`),
    '- Si una cifra cambia en una nueva versión del mismo periodo (correcciones tardías), `revisiones.csv` registra el valor',
    '  anterior y el nuevo. Cada versión publicada se conserva en `ediciones/<desde>_<hasta>/v<N>/` y `CAMBIOS.md` la resume.',
    '- Los campos con códigos (`oficina`, `puesto`, `nacionalidad`, …) tienen su nombre en español en `codigos.csv`: la lista de',
    '  cada campo está en `lista_codigos` de `datapackage.json` (búsquelo por lista y código: `aerea` está en `via_flujo` y en',
    '  `via_retorno`). Los indicadores del PNI se describen en `pni_catalogo.csv`, y cómo se leen sus metas y se decide su estado,',
    '  en `PNI-METODO.md` (el documento del proyecto: sus secciones sobre archivos y pruebas son para quien lo mantiene).',
    '- Cada archivo tiene su huella SHA-256 en `SHA256SUMS` (verifíquela con `sha256sum -c SHA256SUMS`).',
    '',
    '## Archivos',
    '',
    'Cada conjunto se publica en CSV (UTF-8, separado por comas, punto decimal) y en Parquet, con el mismo contenido.',
    '',
    `Para Excel: \`${MEMORIA_WORKBOOK_FILE}\` tiene los cuadros de la Memoria de Labores tal como se imprimen, una hoja por tabla.`,
    'Para abrir un CSV en Excel sin que se dañen las tildes, use Datos > Obtener datos > Desde texto/CSV y elija «65001: Unicode (UTF-8)».',
    '',
  ];
  for (const resource of input.resources) {
    lines.push(`### ${resource.title} (\`${resource.name}.csv\`, \`${resource.name}.parquet\`)`, '', resource.description, '');
    if (resource.protectedDataset) lines.push('Conjunto con protección de celdas pequeñas (ver arriba).', '');
    lines.push('| campo | tipo | descripción |', '| --- | --- | --- |');
    for (const field of resource.fields) {
      lines.push(`| \`${field.name}\` | ${TYPE_NAMES[field.type] ?? field.type} | ${field.description.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
