import { landingSources } from '../contract/landing-sources.js';
import { sqlIdentifier, type Warehouse } from './warehouse-connection.js';

/** Returns the DDL of the raw layer (docs/architecture.md): every table, created only when missing. */
export function rawSchemaDdl(): string {
  const statements = [
    'create schema if not exists raw',
    `create table if not exists raw.entregas (
      entrega_id integer primary key, fuente varchar not null, archivo varchar not null, sha256 varchar not null,
      bytes bigint not null, formato varchar not null, codificacion varchar, delimitador varchar, filas bigint not null,
      columnas_extra varchar, archivo_guardado varchar not null, cargada_en timestamp not null)`,
    `create table if not exists raw.archivos_revisados (
      fuente varchar not null, archivo varchar not null, firma varchar not null, sha256 varchar not null)`,
    `create table if not exists raw.filas_malformadas (
      entrega_id integer not null, linea integer not null, motivo varchar not null, contenido varchar)`,
    ...landingSources.map((source) => {
      const columns = source.columns.map((column) => `${sqlIdentifier(column.name)} varchar`).join(', ');
      return `create table if not exists raw.${sqlIdentifier(source.name)} (entrega_id integer not null, linea integer not null, ${columns}, extras varchar)`;
    }),
    // A column the contract gained later (an optional one, e.g. `persona`) joins an older warehouse's table.
    ...landingSources.flatMap((source) => source.columns.map((column) => `alter table raw.${sqlIdentifier(source.name)} add column if not exists ${sqlIdentifier(column.name)} varchar`)),
  ];
  return statements.join(';\n') + ';';
}

/** Creates the raw layer's schema and tables where they do not exist yet. */
export async function ensureRawSchema(warehouse: Warehouse): Promise<void> {
  await warehouse.run(rawSchemaDdl());
}
