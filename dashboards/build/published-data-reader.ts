import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sqlIdentifier, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { parseCsv } from '../../presentation/format/csv.js';
import { PROTECTED_DATASETS } from '../../privacy/protected-sources.js';
import { warehouseReferenceReader } from '../../presentation/labels/code-labels.js';

/** A dataset's rows as published: every value as text, empty where the CSV cell is empty. */
export type TextRows = Record<string, string>[];

/** The parts of `datos/datapackage.json` the site uses. */
export interface DataPackage {
  readonly title: string;
  readonly version: string;
  readonly created: string;
  readonly licenses: readonly { readonly title: string }[];
  readonly proteccion?: { readonly umbral: number };
  readonly cita?: string;
  readonly carpeta_version?: string;
  readonly contacto?: string;
  readonly informacion_publica?: string;
  readonly documentos?: readonly { readonly path: string; readonly title: string }[];
  readonly resources: readonly {
    readonly name: string;
    readonly path: string;
    readonly title: string;
    readonly description: string;
    /** Size of the file; absent on Parquet resources (the validator cannot check it there). */
    readonly bytes?: number;
    /** `csv`, or `parquet` for a dataset's Parquet twin (`<name>_parquet`). */
    readonly format: string;
    readonly proteccion_celdas_pequenas?: boolean;
    readonly schema: { readonly fields: readonly { readonly name: string; readonly type: string; readonly description: string }[] };
  }[];
}

export { PROTECTED_DATASETS };

/**
 * Reads the open-data release the edition has just written (`<edition>/datos/`). A dataset the
 * release does not publish yet is read from its mart only when it is not a protected one.
 */
export class PublishedData {
  private constructor(
    private readonly dir: string,
    private readonly warehouse: Warehouse,
    readonly dataPackage: DataPackage,
  ) {}

  /** Returns the reader of `<editionDir>/datos/`. */
  static async open(editionDir: string, warehouse: Warehouse): Promise<PublishedData> {
    const dir = join(editionDir, 'datos');
    const path = join(dir, 'datapackage.json');
    if (!existsSync(path)) throw new Error('El tablero necesita los datos abiertos de la edición (datos/datapackage.json): la salida «datos abiertos» debe ir antes.');
    return new PublishedData(dir, warehouse, JSON.parse(await readFile(path, 'utf8')) as DataPackage);
  }

  /** Returns the size in bytes of a file of the release. */
  async fileBytes(path: string): Promise<number> {
    return (await stat(join(this.dir, path))).size;
  }

  /** Returns true when the release publishes `name`. */
  publishes(name: string): boolean {
    return this.dataPackage.resources.some((resource) => resource.name === name && resource.format === 'csv');
  }

  /** Returns where `name` is read from (for source lines), or undefined when it is not available. */
  async origin(name: string): Promise<'datos' | 'marts' | undefined> {
    if (this.publishes(name)) return 'datos';
    if (!PROTECTED_DATASETS.has(name) && (await this.hasMart(name))) return 'marts';
    return undefined;
  }

  /** Returns the rows of dataset `name`, or undefined when neither the release nor (for unprotected data) the marts have it. */
  async rows(name: string): Promise<TextRows | undefined> {
    const resource = this.dataPackage.resources.find((candidate) => candidate.name === name && candidate.format === 'csv');
    if (resource) return parseCsv(await readFile(join(this.dir, resource.path), 'utf8'));
    if (PROTECTED_DATASETS.has(name) || !(await this.hasMart(name))) return undefined;
    const rows = await this.warehouse.rows<Record<string, string | null>>(`select columns(*)::varchar from marts.${sqlIdentifier(name)} order by all`);
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? ''])));
  }

  /** Returns rows of a reference table (seeds: code lists, offices, posts, countries), empty when it does not exist. */
  async reference(table: string): Promise<TextRows> {
    const found = await this.warehouse.rows<{ n: number }>(`select count(*) as n from information_schema.tables where table_schema = 'referencia' and table_name = ?`, [table]);
    return found[0].n === 0 ? [] : warehouseReferenceReader(this.warehouse)(table);
  }

  private async hasMart(name: string): Promise<boolean> {
    const found = await this.warehouse.rows<{ n: number }>(`select count(*) as n from information_schema.tables where table_schema = 'marts' and table_name = ?`, [name]);
    return found[0].n > 0;
  }
}
