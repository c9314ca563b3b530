/**
 * What outputs.md protects: datasets about children and adolescents, sheltered foreigners and
 * referrals. `isSensitive` tells which rows of a monthly dataset count a protected population.
 */
export interface SensitiveDataset {
  readonly name: string;
  readonly dimensions: readonly string[];
  readonly isSensitive: (row: Record<string, string | null>) => boolean;
  /**
   * Totals other documents print for this dataset (Memoria tables, monthly bulletin), as the
   * dimension that splits them ('' = the dataset's total); protected like the release's own sums.
   */
  readonly externalTotals: readonly { readonly scope: 'mes' | 'periodo'; readonly by: string; readonly where?: (row: Record<string, string | null>) => boolean }[];
  /** The cuadro of cuadros_memoria whose period cells are sums of this dataset's months. */
  readonly cuadro?: { readonly name: string; readonly codeColumn: string; readonly sensitive: boolean };
}

const nnaAuthorisation = (row: Record<string, string | null>) => row.tipo === 'autorizacion_salida_nna';

export const sensitiveDatasets: readonly SensitiveDataset[] = [
  {
    name: 'derivaciones_mensual',
    dimensions: ['institucion', 'sexo'],
    isSensitive: () => true,
    externalTotals: [{ scope: 'mes', by: '' }, { scope: 'mes', by: 'sexo' }],
    cuadro: { name: 'derivaciones_institucion', codeColumn: 'institucion', sensitive: true },
  },
  {
    name: 'resguardos_mensual',
    dimensions: ['nacionalidad', 'sexo'],
    isSensitive: () => true,
    externalTotals: [{ scope: 'mes', by: '' }, { scope: 'periodo', by: '' }, { scope: 'periodo', by: 'sexo' }],
  },
  {
    name: 'retornados_mensual',
    dimensions: ['via', 'sexo', 'grupo_edad', 'pais_procedencia'],
    isSensitive: (row) => row.grupo_edad === 'nna',
    externalTotals: [{ scope: 'mes', by: '' }, { scope: 'mes', by: 'via' }],
    cuadro: { name: 'retornados_via', codeColumn: 'via', sensitive: false },
  },
  {
    name: 'prechequeo_mensual',
    dimensions: ['tipo', 'puesto', 'sexo'],
    isSensitive: nnaAuthorisation,
    externalTotals: [
      { scope: 'mes', by: 'tipo', where: nnaAuthorisation },
      { scope: 'periodo', by: 'tipo', where: nnaAuthorisation },
    ],
  },
];
