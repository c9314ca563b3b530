/**
 * The files written from the source declarations (`npm run fuentes`), dbt-codegen style: the dbt
 * project's list of sources (macros/fuentes.sql), the models and documentation of every source
 * declared `models: 'generated'`, and the example schedule's sources. A test checks that the files
 * in the repository are what the declarations give, so nobody edits them by hand and nobody
 * forgets to regenerate them.
 */
import { countSources, landingSources, measures } from './landing-sources.js';
import type { CountSource, Dimension } from './source-declaration.js';

/** Repository-relative path → content. */
export type GeneratedFiles = Map<string, string>;

const GENERATED_BY = 'Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano.';

const jinja = (value: unknown): string =>
  JSON.stringify(value)
    .replaceAll('"', "'")
    .replaceAll(',', ', ')
    .replaceAll(':', ': ')
    .replace(/'(true|false)'/g, '$1');

/** The entity-level test that checks several columns for NULLs in one node (data_tests/generic/no_nulas.sql). */
const notNull = (columns: readonly string[], indent: string) => `${indent}- no_nulas:\n${indent}    arguments:\n${indent}      columnas: [${columns.join(', ')}]`;

/** The dbt view of a dimension: its kind of code list and the seed or list that holds its codes. */
function dimensionEntry(dimension: Dimension): Record<string, unknown> {
  const codes = dimension.codes;
  const entry: Record<string, unknown> = { nombre: dimension.name, obligatoria: dimension.required };
  if (codes.kind === 'closed') return { ...entry, tipo: 'cerrada', lista: codes.list };
  if (codes.kind === 'integer') return { ...entry, tipo: 'entero' };
  return { ...entry, tipo: 'abierta', ...(codes.seed ? { semilla: codes.seed } : {}), ...(codes.scope ? { ambito: codes.scope } : {}), ...(codes.iso ? { iso: true } : {}) };
}

function openColumns(source: CountSource): { columna: string; ambito?: string }[] {
  return source.dimensions
    .filter((dimension) => dimension.codes.kind === 'open' && dimension.codes.seed)
    .map((dimension) => ({ columna: dimension.name, ...(dimension.codes.kind === 'open' && dimension.codes.scope ? { ambito: dimension.codes.scope } : {}) }));
}

/** macros/fuentes.sql: the sources, their dimensions and code lists, and the protected measures. */
export function fuentesMacro(): string {
  const entries = countSources.map(
    (source) =>
      `        ${jinja({
        nombre: source.name,
        dimensiones: source.dimensions.map((dimension) => dimension.name),
        abiertas: openColumns(source),
        columnas: source.dimensions.map(dimensionEntry),
        persona: source.persona,
        protegida: Boolean(source.protection),
        generada: source.models === 'generated',
        gruesas: (source.protection?.coarse ?? []).map((grid) => ({ nombre: grid.name, por: grid.by, tiempo: grid.time, donde: grid.where ?? {} })),
      })},`,
  );
  const tables = landingSources.filter((source) => source.kind !== 'count');
  const tableOpen = tables.flatMap((source) => (source.openColumns ?? []).map((columna) => ({ fuente: source.name, columna, ambito: null })));
  const protectedTotals = measures.filter((measure) => measure.totalesProtegidos).map((measure) => ({ clave: measure.key, fuente: measure.source.name, filtro: measure.filtro ?? {} }));
  return `{#- ${GENERATED_BY}
    The landing contract's sources as the dbt models use them. The data-quality marts, the PNI
    figures and the generated models (macros/fuentes/fuente_conteo.sql) loop over these lists. -#}

{#- Returns the count sources: name, dimension columns (contract order), open-list columns, every
    dimension's code list, whether records carry a \`persona\` key, whether the disclosure control
    protects it, whether the models are generated,
    and the coarser grids published whole beside the monthly mart. -#}
{% macro fuentes_conteo() %}
    {{ return([
${entries.join('\n')}
    ]) }}
{% endmacro %}

{#- Returns the names of every landing source (count, amount and record sources). -#}
{% macro fuentes() %}
    {% set nombres = [] %}
    {% for fuente in fuentes_conteo() %}{% do nombres.append(fuente.nombre) %}{% endfor %}
    {{ return(nombres + ${jinja(tables.map((source) => source.name))}) }}
{% endmacro %}

{#- Returns the open-list columns of every source (for calidad.codigos_desconocidos). -#}
{% macro columnas_abiertas() %}
    {% set columnas = [] %}
    {% for fuente in fuentes_conteo() %}
        {% for abierta in fuente.abiertas %}
            {% do columnas.append({'fuente': fuente.nombre, 'columna': abierta.columna,
                                   'ambito': abierta.get('ambito')}) %}
        {% endfor %}
    {% endfor %}
    {{ return(columnas + ${jinja(tableOpen).replaceAll('null', 'none')}) }}
{% endmacro %}

{#- Returns the measures whose monthly and period totals are published whole (medidas_protegidas_*):
    key, source and the dimension values of the rows that count. -#}
{% macro medidas_totales_protegidos() %}
    {{ return(${jinja(protectedTotals)}) }}
{% endmacro %}
`;
}

const yamlText = (text: string) => JSON.stringify(text);

/** The documentation line of a dimension in a model where its codes are already checked. */
function dimensionDoc(dimension: Dimension, stage: 'raw' | 'staging' | 'validated'): string {
  const base = dimension.description;
  if (stage === 'raw') return `${base} Tal como llegó (sin plegar). ${dimension.required ? 'Obligatoria.' : 'Opcional.'}`;
  if (stage === 'staging')
    return dimension.codes.kind === 'integer'
      ? `\`${dimension.name}\` como número entero; vacío si no es un entero escrito con dígitos.`
      : `\`${dimension.name}\` plegado${dimension.codes.kind === 'open' && dimension.codes.iso ? ' y en mayúsculas' : ''} (minúsculas, sin tildes, espacios interiores como \`_\`), aún sin validar.`;
  return dimension.codes.kind === 'closed' ? `${base} Código de la lista cerrada (sinónimos resueltos); vacío si el valor no está en la lista.` : base;
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

/** The staging folder of a generated source: its raw table (dbt source), its staging model and docs. */
function stagingFiles(source: CountSource, files: GeneratedFiles): void {
  const dir = `models/staging/${source.name}`;
  const dims = source.dimensions;
  files.set(
    `${dir}/_${source.name}__sources.yml`,
    `# ${GENERATED_BY}
version: 2

sources:
  - name: raw
    schema: raw
    description: "Datos tal como llegaron: cada entrega cargada por pipelines/ (todas las columnas como texto)."
    tables:
      - name: ${source.name}
        description: ${yamlText(`${source.description} Una fila por línea de cada entrega, tal como llegó (texto sin interpretar).`)}
        data_tests:
${notNull(['entrega_id'], '          ')}
        columns:
          - name: entrega_id
            description: "Entrega (archivo) de la que viene la fila; ver raw.entregas."
            data_tests:
              - relationships:
                  arguments:
                    to: source('raw', 'entregas')
                    field: entrega_id
          - name: linea
            description: "Número de línea de la fila en el archivo entregado (la cabecera es la línea 1; en XLSX, la fila de la hoja)."
          - name: fecha
            description: "Fecha tal como llegó: \`AAAA-MM-DD\` (un día), \`AAAA-MM\` (un mes) o \`DD/MM/AAAA\`. Obligatoria."
          - name: cantidad
            description: "Cantidad tal como llegó: un entero ≥ 0; vacía significa 1 (un registro)."
          - name: id
            description: "Identificador del registro en el sistema de origen, tal como llegó; opcional."
${dims.map((dimension) => `          - name: ${dimension.name}\n            description: ${yamlText(dimensionDoc(dimension, 'raw'))}`).join('\n')}
${
  source.persona
    ? `          - name: persona
            description: "Clave anónima y estable de la persona del registro, tal como llegó; opcional. No es una dimensión: no entra en la clave de la fila y nunca sale del almacén. Permite contar personas además de registros."
`
    : ''
}          - name: extras
            description: "Columnas desconocidas de la entrega, como objeto JSON (nombre plegado → valor), o vacío."
`,
  );
  files.set(`${dir}/stg_${source.name}__filas.sql`, `{#- ${GENERATED_BY} ${source.description} -#}\n{{ fuente_conteo_filas('${source.name}') }}\n`);
  files.set(
    `${dir}/_${source.name}__models.yml`,
    `# ${GENERATED_BY}
version: 2

models:
  - name: stg_${source.name}__filas
    description: ${yamlText(`${source.description} Una fila por línea entregada, tal como llegó, con los códigos plegados y la fecha y la cantidad interpretadas (sin validar todavía).`)}
    data_tests:
${notNull(['entrega_id', 'linea'], '      ')}
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [entrega_id, linea]
    columns:
      - name: fuente
        description: "Fuente de los datos (siempre \`${source.name}\`)."
      - name: entrega_id
        description: "Entrega (archivo) de la que viene la fila. Con \`linea\`, identifica la fila."
        data_tests:
          - relationships:
              arguments:
                to: ref('stg_entregas__entregas')
                field: entrega_id
      - name: linea
        description: "Línea de la fila en el archivo entregado (la cabecera es la línea 1)."
      - name: id
        description: "Identificador del registro en el sistema de origen, sin espacios alrededor; vacío si no se envió."
${
  source.persona
    ? `      - name: persona
        description: "Clave anónima de la persona, sin espacios alrededor; vacía si no se envió. Nunca sale del almacén."
`
    : ''
}      - name: fecha_texto
        description: "Fecha tal como llegó."
      - name: fecha_dia
        description: "Día de la fecha cuando llegó como día (\`AAAA-MM-DD\` o \`DD/MM/AAAA\`); vacío si llegó como mes o no se reconoció."
      - name: mes
        description: "Primer día del mes de la fecha; vacío si la fecha no se reconoció."
      - name: granularidad
        description: "\`dia\` o \`mes\`: cómo se escribió la fecha; vacía si no se reconoció."
      - name: fecha_normalizada
        description: "Fecha normalizada en su granularidad (\`AAAA-MM-DD\` o \`AAAA-MM\`): parte de la clave de las filas sin \`id\`."
      - name: cantidad_texto
        description: "Cantidad tal como llegó."
      - name: cantidad
        description: "Cantidad como número entero (1 cuando llegó vacía); vacía si no es un entero ≥ 0 escrito con dígitos."
${dims.map((dimension) => `      - name: ${dimension.name}_texto\n        description: "\`${dimension.name}\` tal como llegó."\n      - name: ${dimension.name}\n        description: ${yamlText(dimensionDoc(dimension, 'staging'))}`).join('\n')}
      - name: contenido
        description: "La fila tal como llegó, como objeto JSON (incluye las columnas desconocidas en \`extras\`)."
`,
  );
}

const closedTest = (dimension: Dimension, indent: string) =>
  dimension.codes.kind === 'closed' ? `\n${indent}data_tests:\n${indent}  - en_lista_cerrada:\n${indent}      arguments:\n${indent}        lista: ${dimension.codes.list}` : '';

/** The intermediate models of a generated source: validation, corrections, monthly facts, people. */
function intermediateFiles(source: CountSource, files: GeneratedFiles): void {
  const dir = `models/intermediate/${source.area}`;
  const name = source.name;
  const what = lower(source.description);
  const header = (step: string) => `{#- ${GENERATED_BY} ${step} -#}\n`;
  files.set(`${dir}/int_${name}__validadas.sql`, `${header('Cada línea entregada, validada contra el contrato.')}{{ fuente_conteo_validadas('${name}') }}\n`);
  files.set(`${dir}/int_${name}__corregidas.sql`, `${header('El destino de cada línea válida según las claves y correcciones del contrato.')}{{ fuente_conteo_corregidas('${name}') }}\n`);
  files.set(`${dir}/int_${name}__mensual.sql`, `${header('Las líneas vigentes, sumadas por mes.')}{{ fuente_conteo_mensual('${name}') }}\n`);
  if (source.persona) files.set(`${dir}/int_${name}__personas.sql`, `${header('Personas distintas por ventana, grupo y sexo.')}{{ fuente_conteo_personas('${name}') }}\n`);
  const dims = source.dimensions;
  const validatedColumns = dims
    .map((dimension) => {
      const conocido =
        dimension.codes.kind === 'open' && dimension.codes.seed
          ? `\n      - name: ${dimension.name}_conocido\n        description: "Si el código de \`${dimension.name}\` está en la tabla de referencia \`${dimension.codes.seed}\` (los desconocidos se aceptan y se informan en calidad.codigos_desconocidos)."`
          : '';
      return `      - name: ${dimension.name}\n        description: ${yamlText(dimensionDoc(dimension, 'validated'))}${closedTest(dimension, '        ')}${conocido}`;
    })
    .join('\n');
  const persona = source.persona ? `      - name: persona\n        description: "Clave anónima de la persona; nunca sale del almacén."\n` : '';
  files.set(
    `${dir}/_${name}__models.yml`,
    `# ${GENERATED_BY}
version: 2

models:
  - name: int_${name}__validadas
    description: ${yamlText(`Cada línea entregada de ${what}, validada contra el contrato de entrega: una fila por entrega y línea. \`motivo\` vacío = la línea es válida; si no, explica en español por qué va a cuarentena.`)}
    data_tests:
${notNull(['entrega_id', 'linea'], '      ')}
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [entrega_id, linea]
    columns:
      - name: fuente
        description: "Fuente de los datos (siempre \`${name}\`)."
      - name: entrega_id
        description: "Entrega (archivo) de la que viene la línea. Con \`linea\`, identifica la fila."
      - name: linea
        description: "Línea en el archivo entregado (la cabecera es la línea 1)."
      - name: id
        description: "Identificador del registro en el sistema de origen; cuando existe, es la clave de la fila."
${persona}      - name: fecha_texto
        description: "Fecha tal como llegó."
      - name: fecha_dia
        description: "Día de la fecha cuando llegó como día."
      - name: mes
        description: "Primer día del mes de la fecha."
      - name: granularidad
        description: "\`dia\` o \`mes\`: cómo se escribió la fecha."
      - name: fecha_normalizada
        description: "Fecha normalizada en su granularidad (\`AAAA-MM-DD\` o \`AAAA-MM\`)."
      - name: cantidad
        description: "Número de registros que representa la línea (1 cuando llegó vacía)."
${validatedColumns}
      - name: contenido
        description: "La línea tal como llegó, como objeto JSON."
      - name: motivo
        description: "Vacío si la línea cumple el contrato; si no, todas las razones (en español, citando el valor recibido) por las que va a cuarentena."
  - name: int_${name}__corregidas
    description: ${yamlText(`Destino de cada línea válida de ${what} según las claves y correcciones del contrato (macros/entregas/resolver_entregas.sql): una fila por entrega y línea válida, con su \`estado\` (\`vigente\`, \`id_repetido\`, \`reemplazada\` o \`descartada_por_granularidad\`).`)}
    data_tests:
${notNull(['entrega_id', 'linea', 'estado'], '      ')}
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [entrega_id, linea]
    columns:
      - name: entrega_id
        description: "Entrega (archivo) de la que viene la línea. Con \`linea\`, identifica la fila."
      - name: linea
        description: "Línea en el archivo entregado."
      - name: mes
        description: "Primer día del mes de la fecha."
      - name: cantidad
        description: "Número de registros que representa la línea."
      - name: estado
        description: "\`vigente\` (cuenta), \`id_repetido\` (cuarentena), \`reemplazada\` (una entrega posterior envió la misma clave) o \`descartada_por_granularidad\`."
        data_tests:
          - accepted_values:
              arguments:
                values: [vigente, id_repetido, reemplazada, descartada_por_granularidad]
  - name: int_${name}__mensual
    description: ${yamlText(`${source.description.replace(/\.$/, '')}, por mes: las líneas vigentes después de las correcciones, sumadas. Una fila por mes y combinación de ${dims.map((dimension) => dimension.name).join(', ')}.`)}
    data_tests:
${notNull(['mes', 'cantidad'], '      ')}
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [mes, ${dims.map((dimension) => dimension.name).join(', ')}]
    columns:
      - name: mes
        description: "Primer día del mes."
${dims.map((dimension) => `      - name: ${dimension.name}\n        description: ${yamlText(dimensionDoc(dimension, 'validated'))}`).join('\n')}
      - name: cantidad
        description: ${yamlText(`Número de ${source.counts} en el mes y la combinación.`)}
${
  source.persona
    ? `  - name: int_${name}__personas
    description: ${yamlText(`Personas distintas de ${what} (clave \`persona\`; un registro sin clave cuenta como su cantidad de personas) por ventana: el periodo del informe (\`actual\`), el del año anterior (\`anterior\`) y cada año calendario hasta el fin del periodo (\`AAAA\`); en toda la fuente (\`columna\` vacía) y por cada código de cada dimensión, por sexo. Una persona tiene en cada ventana y grupo el sexo de su último registro.`)}
    data_tests:
${notNull(['ventana', 'personas'], '      ')}
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [ventana, columna, codigo, sexo]
    columns:
      - name: ventana
        description: "\`actual\`, \`anterior\` o un año (\`AAAA\`, hasta el fin del periodo del informe)."
      - name: columna
        description: "La dimensión que define el grupo; vacía para toda la fuente."
      - name: codigo
        description: "El código de \`columna\` del grupo; vacío para toda la fuente."
      - name: sexo
        description: "Sexo: \`M\` o \`F\`."
      - name: personas
        description: "Personas distintas en la ventana, el grupo y el sexo."
`
    : ''
}`,
  );
}

/** The monthly mart of a generated source, published as \`<source>_mensual\`. */
function martFiles(source: CountSource, files: GeneratedFiles): void {
  const dir = `models/marts/${source.area}`;
  const name = source.name;
  const dims = source.dimensions;
  files.set(`${dir}/${name}_mensual.sql`, `{#- ${GENERATED_BY} Serie mensual publicada. -#}\n{{ fuente_conteo_publicada('${name}') }}\n`);
  /** The published column's code-list test: its closed list, or its seed (a warning); none for other codes. */
  const codeListTest = (dimension: Dimension) =>
    dimension.codes.kind === 'closed'
      ? `\n        data_tests:\n          - en_lista_cerrada:\n              arguments:\n                lista: ${dimension.codes.list}`
      : dimension.codes.kind === 'open' && dimension.codes.seed
        ? `\n        data_tests:\n          - relationships:\n              arguments:\n                to: ref('${dimension.codes.seed}')\n                field: codigo\n              config:\n                severity: warn`
        : '';
  const dimensionColumns = dims.map((dimension) => `      - name: ${dimension.name}\n        description: ${yamlText(dimension.description)}${codeListTest(dimension)}`).join('\n');
  // Required dimensions with a code list must never be empty in the published series.
  const required = dims.filter((dimension) => dimension.required && codeListTest(dimension)).map((dimension) => dimension.name);
  files.set(
    `${dir}/_${name}__models.yml`,
    `# ${GENERATED_BY}
version: 2

models:
  - name: ${name}_mensual
    description: ${yamlText(`Serie mensual de ${lower(source.description)}: una fila por mes y combinación de ${dims.map((dimension) => dimension.name).join(', ')}, para cada mes y combinación con datos en todo el historial del almacén (no solo el período del informe). Cuenta ${source.counts}. Las dimensiones opcionales quedan vacías cuando la fuente no las envió.`)}
    data_tests:
${notNull(['mes', ...required, 'cantidad'], '      ')}
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [mes, ${dims.map((dimension) => dimension.name).join(', ')}]
    columns:
      - name: mes
        description: "Mes, en formato \`AAAA-MM\`."
${dimensionColumns}
      - name: cantidad
        description: ${yamlText(`Número de ${source.counts} en el mes y la combinación (un 0 es un cero enviado por la fuente).`)}
`,
  );
}

/** The coarser grids of a generated protected source, each a mart published whole (\`protection.coarse\`). */
function coarseFiles(source: CountSource, files: GeneratedFiles): void {
  for (const grid of source.protection?.coarse ?? []) {
    const dir = `models/marts/${source.area}`;
    files.set(`${dir}/${grid.name}.sql`, `{#- ${GENERATED_BY} ${grid.title}, publicada completa. -#}\n{{ fuente_conteo_gruesa('${source.name}', '${grid.name}') }}\n`);
    const dims = grid.by.map((name) => source.dimensions.find((dimension) => dimension.name === name)!);
    const columns = dims
      .map(
        (dimension) =>
          `      - name: ${dimension.name}\n        description: ${yamlText(dimension.description)}${dimension.codes.kind === 'closed' ? `\n        data_tests:\n          - en_lista_cerrada:\n              arguments:\n                lista: ${dimension.codes.list}` : ''}`,
      )
      .join('\n');
    files.set(
      `${dir}/_${grid.name}__models.yml`,
      `# ${GENERATED_BY}
version: 2

models:
  - name: ${grid.name}
    description: ${yamlText(`${grid.title}: una fila por ${grid.time} y combinación de ${grid.by.join(', ')} con datos, en todo el historial del almacén. Cuenta ${source.counts}. Se publica completa; el desglose más fino de \`${source.name}_mensual\` está protegido.`)}
    data_tests:
${notNull([grid.time, 'cantidad'], '      ')}
      - expresion_verdadera:
          arguments:
            expresion: "cantidad >= 0"
      - unique_combination_of_columns:
          arguments:
            combination_of_columns: [${[grid.time, ...grid.by].join(', ')}]
    columns:
      - name: ${grid.time}
        description: "Mes, en formato \`AAAA-MM\`."
${columns}
      - name: cantidad
        description: ${yamlText(`Número de ${source.counts} en el ${grid.time} y la combinación.`)}
`,
    );
  }
}

/**
 * config/horario.ejemplo.json: the service's settings as they are written there, and one entry per
 * declared source, read from the demo landing on its cron.
 */
function scheduleExample(current: string): string {
  const example = JSON.parse(current) as Record<string, unknown>;
  example.descripcion = `Horario de ejemplo: las ${landingSources.length} fuentes de demostración, leídas de demo/landing (npx memoria demo). Horas de El Salvador. Copie este archivo a config/horario.json y adáptelo; el formato está en docs/servicio.md.`;
  example.fuentes = Object.fromEntries(
    landingSources.map((source) => [source.name, { ...(source.scheduleNote ? { descripcion: source.scheduleNote } : {}), cron: source.cron, conector: { tipo: 'carpeta' } }]),
  );
  return `${JSON.stringify(example, null, 2)}\n`;
}

const DOCS_START = '<!-- fuentes de conteo: generado desde pipelines/contract/sources/ por `npm run fuentes` -->';
const DOCS_END = '<!-- fin de las fuentes de conteo -->';

/** The codes of each closed list of seeds/codigos.csv, in their order. */
function closedListCodes(codigosCsv: string): Map<string, string[]> {
  const rows = codigosCsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const lists = new Map<string, { codigo: string; orden: number }[]>();
  for (const [lista, codigo, , orden] of rows) lists.set(lista, [...(lists.get(lista) ?? []), { codigo, orden: Number(orden) }]);
  return new Map([...lists].map(([lista, codes]) => [lista, codes.sort((a, b) => a.orden - b.orden).map((code) => code.codigo)]));
}

/** docs/contrato-entrada.md: the table of count sources, their columns and closed lists (sexo apart: it has its own paragraph). */
function contractDocs(current: string, codigosCsv: string): string {
  const codes = closedListCodes(codigosCsv);
  const rows = countSources.map((source) => {
    const columns = [
      ...source.dimensions.map((dimension) => `\`${dimension.name}\`${dimension.required ? '' : dimension.codes.kind === 'integer' ? ' (opc., años cumplidos)' : ' (opc.)'}`),
      ...(source.persona ? ['`persona` (opc.)'] : []),
    ];
    const lists = source.dimensions.flatMap((dimension) =>
      dimension.codes.kind === 'closed' && dimension.codes.list !== 'sexo' ? [`\`${dimension.name}\`: ${(codes.get(dimension.codes.list) ?? []).join(', ')}`] : [],
    );
    return `| \`${source.name}\` | ${columns.join(', ')} | ${lists.length ? lists.join('; ') : '—'} |`;
  });
  const table = ['| fuente | columnas | listas cerradas |', '| --- | --- | --- |', ...rows].join('\n');
  const start = current.indexOf(DOCS_START);
  const end = current.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`docs/contrato-entrada.md: faltan las marcas ${DOCS_START} … ${DOCS_END}`);
  return `${current.slice(0, start + DOCS_START.length)}\n${table}\n${current.slice(end)}`;
}

/** Every generated file, by repository path; `read` gives a file's current text (the schedule example keeps its settings). */
export function generatedFiles(read: (path: string) => string): GeneratedFiles {
  const files: GeneratedFiles = new Map([
    ['macros/fuentes.sql', fuentesMacro()],
    ['config/horario.ejemplo.json', scheduleExample(read('config/horario.ejemplo.json'))],
    ['docs/contrato-entrada.md', contractDocs(read('docs/contrato-entrada.md'), read('seeds/codigos.csv'))],
  ]);
  for (const source of countSources.filter((candidate) => candidate.models === 'generated')) {
    stagingFiles(source, files);
    intermediateFiles(source, files);
    martFiles(source, files);
    coarseFiles(source, files);
  }
  return files;
}
