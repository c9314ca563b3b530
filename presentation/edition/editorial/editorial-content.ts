/**
 * What an edition folder (`ediciones/<desde>_<hasta>/`) holds: the texts and tables no system
 * produces, as the Unidad de Planificación writes them. Every part is optional; the Memoria is
 * complete without them (see ediciones/LEEME.md for the files and their format).
 */

/** A figure typed by a person: an amount in dollars as exact decimal text (`1610317.80`), or the text as written when it is not a valid amount. */
export interface EditorialAmount {
  readonly monto: string | null;
  readonly escrito: string;
}

/**
 * People reached: by sex, as a total when the source does not split them, or the period's result
 * of a measure (`medida: flujo`), optionally restricted by codes (`filtro`), so that a figure of the
 * warehouse is never copied by hand.
 */
export interface EditorialPopulation {
  readonly m?: number;
  readonly f?: number;
  readonly total?: number;
  readonly medida?: string;
  /**
   * Only the measure's rows with these codes (`{curso: curso_basico_trata}`). Where the source sends
   * person keys, the figure is the distinct people of those rows, not the rows.
   */
  readonly filtro?: Readonly<Record<string, string>>;
}

export interface EditorialTarget {
  readonly medida: string;
  readonly meta: number;
  readonly descripcion: string;
  /** The codes the target counts, when it counts only part of its measure (`{tramite: [visa, prorroga]}`). */
  readonly filtro?: Readonly<Record<string, readonly string[]>>;
}

export interface EditorialProject {
  readonly nombre: string;
  readonly estado?: string;
  readonly descripcion?: string;
  readonly fuente?: string;
  /** Investment per fiscal year of the period (calendar year). */
  readonly inversion: ReadonlyMap<number, EditorialAmount>;
  readonly avances?: string;
  readonly poblacion?: EditorialPopulation;
  readonly porcentaje_avance?: number;
  readonly finalizacion?: string;
}

export interface EditorialService {
  readonly titulo?: string;
  readonly objetivo?: string;
  readonly unidad?: string;
  readonly problema?: string;
  readonly solucion?: string;
  readonly nota?: string;
}

export interface EditorialInitiative {
  readonly iniciativa: string;
  readonly instituciones?: string;
  readonly tipo?: string;
  readonly resultados?: string;
  readonly poblacion?: EditorialPopulation;
  readonly inversion?: EditorialAmount;
  readonly financiamiento?: string;
}

export interface EditorialReferral {
  readonly iniciativa?: string;
  readonly resultados?: string;
  readonly financiamiento?: string;
}

export interface EditorialDifficulty {
  readonly dificultad: string;
  readonly tipo?: string;
  readonly gestion?: string;
  readonly soluciones?: string;
}

/** The whole edition folder, read and checked. */
export interface EditorialContent {
  /** Absolute path of the folder read, or undefined when the edition has none. */
  readonly carpeta: string | undefined;
  readonly institucion: string;
  readonly siglas: string;
  readonly ministerio: string;
  readonly firma?: { readonly nombre: string; readonly cargo: string };
  /** edicion.yml `proxima_publicacion` (AAAA-MM-DD): when the next monthly bulletin comes out; undefined when not announced. */
  readonly proximaPublicacion?: string;
  /** edicion.yml `nota`: what the Nota metodológica says changed since the last edition. */
  readonly notaMetodologica?: string;
  readonly metas: readonly EditorialTarget[];
  readonly introduccion?: string;
  readonly resumenEjecutivo?: string;
  readonly planInstitucional?: string;
  readonly gestionEstrategica?: string;
  readonly proyectos: readonly EditorialProject[];
  readonly servicios: ReadonlyMap<string, EditorialService>;
  readonly iniciativas: readonly EditorialInitiative[];
  /** Where the referral rows go among the initiatives (index); the end when the folder does not say. */
  readonly posicionDerivaciones?: number;
  readonly derivaciones: ReadonlyMap<string, EditorialReferral>;
  readonly fuenteCoordinacion?: string;
  readonly dificultades: readonly EditorialDifficulty[];
  readonly proyecciones?: string;
}

/** The institution as the Memoria names it when the edition folder does not. */
export const DEFAULT_INSTITUTION = {
  institucion: 'Dirección General de Migración y Extranjería',
  siglas: 'DGME',
  ministerio: 'Ministerio de Justicia y Seguridad Pública',
} as const;

/** Returns the content of an edition without a folder: the institution's names and nothing else. */
export function emptyEditorial(): EditorialContent {
  return {
    carpeta: undefined,
    ...DEFAULT_INSTITUTION,
    metas: [],
    proyectos: [],
    servicios: new Map(),
    iniciativas: [],
    derivaciones: new Map(),
    dificultades: [],
  };
}
