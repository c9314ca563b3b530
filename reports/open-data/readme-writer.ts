import { periodText } from '../../pipelines/run/reporting-period.js';

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
  readonly created: string;
  readonly period: { desde: string; hasta: string; desdeAnterior: string; hastaAnterior: string };
  readonly resources: ReadmeResource[];
  readonly threshold: number;
  readonly institution: string;
  readonly license: string;
  readonly site: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'texto', integer: 'entero', number: 'número', boolean: 'verdadero/falso', yearmonth: 'año-mes (AAAA-MM)', date: 'fecha',
};

/** Returns LEEME.md: the release's data dictionary in Spanish, from the same docs as datapackage.json. */
export function readmeMarkdown(input: ReadmeInput): string {
  const lines = [
    `# ${input.title}`,
    '',
    `Versión ${input.version}, publicada el ${input.created.slice(0, 10)}. Periodo del informe: ${periodText(input.period.desde, input.period.hasta)}; ` +
      `periodo de comparación: ${periodText(input.period.desdeAnterior, input.period.hastaAnterior)} (los mismos meses un año antes).`,
    '',
    '## Cómo citar',
    '',
    `> ${input.institution}. *${input.title}*, versión ${input.version} (${input.created.slice(0, 10)}). Licencia ${input.license}. ${input.site}`,
    '',
    '## Qué significan las cifras, y qué no',
    '',
    '- Son conteos de trámites, registros y personas atendidas que los sistemas de la DGME entregaron al almacén de datos, después de',
    '  aplicar las correcciones enviadas por esos sistemas. No son estimaciones ni proyecciones.',
    '- Las series mensuales (`*_mensual`) cubren toda la historia del almacén, no solo el periodo del informe. Una combinación de',
    '  mes y categorías que no aparece significa cero registros.',
    '- `cuadros_memoria` reproduce los cuadros comparativos de la Memoria de Labores: M = masculino, F = femenino.',
    '- Derivaciones: cada fila cuenta derivaciones a una institución; una persona puede derivarse a varias, así que la suma no es',
    '  el número de personas distintas.',
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
    '- Si una cifra cambia en una nueva versión del mismo periodo (correcciones tardías), `revisiones.csv` registra el valor',
    '  anterior y el nuevo. Cada edición anterior se conserva en `ediciones/<periodo>/`.',
    '- Cada archivo tiene su huella SHA-256 en `SHA256SUMS` (verifíquela con `sha256sum -c SHA256SUMS`).',
    '',
    '## Archivos',
    '',
    'Cada conjunto se publica en CSV (UTF-8, separado por comas, punto decimal) y en Parquet, con el mismo contenido.',
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
