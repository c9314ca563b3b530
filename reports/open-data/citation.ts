import { publisher } from './publisher.js';

export interface CitationInput {
  /** The release's title (`Datos abiertos de la Memoria de Labores de la DGME, junio 2023 a marzo 2024`). */
  readonly title: string;
  readonly version: string;
  /** The publication date (AAAA-MM-DD). */
  readonly published: string;
  /** Where this version stays, inside `datos/` (`ediciones/2023-06_2024-03/v2/`). */
  readonly versionPath: string;
}

/**
 * Returns how to cite a version of the release: who, what, which version, when, the licence and
 * the folder where that version stays unchanged after later corrections (datapackage.json `cita`,
 * LEEME.md and the dashboards' Datos abiertos page print the same text).
 */
export function citationText(input: CitationInput): string {
  return (
    `${publisher.institution}. ${input.title}, versión ${input.version} (publicada el ${input.published}). ` +
    `Licencia ${publisher.license.title} (${publisher.license.name}). Disponible en ${publisher.site}, carpeta datos/${input.versionPath} de la edición.`
  );
}
