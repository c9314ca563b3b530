import { countSources } from '../../pipelines/contract/landing-sources.js';
import type { ProtectedTable } from '../../privacy/protected-release.js';
import { MERGED_CODE } from '../../privacy/protected-sources.js';
import { labelListOf, type CodeLabel } from '../../presentation/labels/code-labels.js';
import type { OpenDataset } from './open-datasets.js';

/** The published code lists: every list's codes with their Spanish labels (`datos/codigos.csv`). */
export const CODE_LIST_DATASET = 'codigos';

/**
 * Columns that hold the codes of the same list in every dataset that has them. `dia_semana` is
 * not one: it is published as a number (1 = lunes), which a foreign key cannot match to a code.
 */
const SHARED_LISTS: Readonly<Record<string, string>> = { sexo: 'sexo', grupo_edad: 'grupo_edad', region: 'region' };

/** The description of `codigos` (built from the code lists, not from a dbt model). */
export const CODE_LIST_DESCRIPTION =
  'Listas de códigos de los conjuntos de datos, con su nombre en español: una fila por lista y código. Cada campo codificado ' +
  'de datapackage.json dice su lista en `lista_codigos` y enlaza aquí por una clave foránea, que comprueba que el código exista; ' +
  'como un mismo código puede estar en dos listas (`aerea` en `via_flujo` y en `via_retorno`), la lista es la que dice `lista_codigos`. ' +
  'Los nombres son los que imprimen la Memoria y el tablero. Incluye `otras` en la lista `pais`: las nacionalidades poco frecuentes que se publican agrupadas.';

/** Spanish descriptions of the fields of `codigos` (it is built from the code lists, not from a dbt model). */
export const CODE_LIST_FIELDS: Readonly<Record<string, string>> = {
  lista: 'Lista de códigos (`oficina`, `puesto`, `pais`, `via_flujo`, …): la que nombra la propiedad `lista_codigos` de cada campo codificado en datapackage.json. Con `codigo`, identifica la fila.',
  codigo: 'Código tal como aparece en los conjuntos de datos (`aies_soarg`, `conapina`, `HND`).',
  etiqueta: 'Nombre en español del código, el que imprimen la Memoria y el tablero.',
  grupo: 'Grupo del código donde la lista lo tiene: tipo de oficina (`sucursal`, `consulado`) o vía del puesto (`aerea`, `terrestre`, `maritima`); vacío en las demás listas.',
  orden: 'Orden de presentación del código dentro de su lista (1 = primero).',
};

/** Returns the `codigos` table: one row per list and code, in each list's display order. */
export function codeListTable(labels: Readonly<Record<string, readonly CodeLabel[]>>): ProtectedTable {
  // Rare nationalities are published merged into one code (privacy/rare-categories.ts): it closes the list of countries.
  const published = { ...labels, pais: [...(labels.pais ?? []), { codigo: MERGED_CODE, etiqueta: 'Otras nacionalidades (agrupadas)' }] };
  const rows = Object.entries(published)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([lista, codes]) => codes.map((code, index) => ({ lista, codigo: code.codigo, etiqueta: code.etiqueta, grupo: code.grupo ?? null, orden: String(index + 1) })));
  return {
    name: CODE_LIST_DATASET,
    columns: [
      { name: 'lista', type: 'VARCHAR' },
      { name: 'codigo', type: 'VARCHAR' },
      { name: 'etiqueta', type: 'VARCHAR' },
      { name: 'grupo', type: 'VARCHAR' },
      { name: 'orden', type: 'INTEGER' },
    ],
    rows,
  };
}

/**
 * Returns, for each column of a dataset that holds codes, the list they come from: a count source's
 * dataset takes its dimensions' lists from the source's declaration, the others declare theirs
 * (`codeLists`); `sexo`, `grupo_edad` and `region` mean the same list everywhere.
 */
export function codedColumns(dataset: OpenDataset, columns: readonly string[]): Record<string, string> {
  const source = countSources.find((candidate) => dataset.name === `${candidate.name}_mensual` || candidate.protection?.coarse?.some((grid) => grid.name === dataset.name));
  const declared = Object.fromEntries(
    (source?.dimensions ?? []).flatMap((dimension) => {
      const list = labelListOf(dimension);
      return list ? [[dimension.name, list]] : [];
    }),
  );
  const lists: Record<string, string> = { ...SHARED_LISTS, ...declared, ...dataset.codeLists };
  return Object.fromEntries(columns.filter((column) => lists[column]).map((column) => [column, lists[column]!]));
}
