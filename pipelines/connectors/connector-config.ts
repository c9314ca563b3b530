import type { LandingSource } from '../contract/landing-sources.js';
import type { CredentialSource } from './credentials.js';
import { parseMapping } from './mapping-config.js';
import type { SourceMapping } from './source-mapping.js';

/** A source's connector as written in the schedule file (`conector`), validated. */
export type ConnectorConfig = FolderConnectorConfig | PostgresConnectorConfig | HttpConnectorConfig;

export interface FolderConnectorConfig {
  readonly tipo: 'carpeta';
  /** With a mapping, the system's exports are read from the `sistema/` subfolder and translated into the contract. */
  readonly mapeo?: SourceMapping;
}

export interface PostgresConnectorConfig {
  readonly tipo: 'postgres';
  /** The connection string (`postgres://usuario:clave@equipo:5432/base`): from an env variable or a file. */
  readonly conexion: CredentialSource;
  readonly esquema?: string;
  readonly tabla: string;
  /** The table's record identifier (primary key), emitted as the contract's `id` where the source has one. */
  readonly columnaId: string;
  /** The column every insert and update sets (timestamp or timestamptz), e.g. `actualizado_en`. */
  readonly marcaAgua: string;
  /** Column renames (`mapeo.columnas`, or the older `columnas`), value translations, date format; by default every contract column the table has, by name. */
  readonly mapeo?: SourceMapping;
  /** Records up to this many seconds below the watermark are read again (late commits), default 300. */
  readonly solapeSegundos: number;
  /** Rows per query (keyset pages), default 5000. */
  readonly lote: number;
}

export interface HttpConnectorConfig {
  readonly tipo: 'http';
  readonly url: string;
  /** The bearer token: from an env variable or a file; absent for an open API. */
  readonly token?: CredentialSource;
  /** Field of the response holding the records; absent when the body is the array itself. */
  readonly campoDatos?: string;
  /** Page-number pagination (`pagina`, `por_pagina`) unless `campoSiguiente` names the next-page link. */
  readonly paginacion: { readonly parametroPagina: string; readonly parametroTamano: string; readonly tamano: number; readonly primeraPagina: number; readonly campoSiguiente?: string };
  /** Field renames (`mapeo.columnas`, or the older `columnas`), value translations, date format; by default every contract column, by name. */
  readonly mapeo?: SourceMapping;
  readonly tiempoEsperaMs: number;
  readonly intentos: number;
  readonly esperaInicialMs: number;
}

type Json = Record<string, unknown>;

/** Credentials never go in the schedule file (it is committed and printed); these keys are refused. */
const CREDENTIAL_KEYS = ['token', 'clave', 'contrasena', 'password', 'conexion', 'secreto'];

/** Returns the validated connector of `source`, or throws a Spanish message naming the field (`where`). */
export function parseConnectorConfig(value: unknown, source: LandingSource, where: string, fail: (message: string) => never): ConnectorConfig {
  if (!isObject(value)) return fail(`${where}: debe ser un objeto con «tipo» (carpeta, postgres o http)`);
  const literal = Object.keys(value).find((key) => CREDENTIAL_KEYS.includes(key));
  if (literal) return fail(`${where}.${literal}: las credenciales no se escriben en el horario; use ${literal === 'token' ? 'token_env o token_archivo' : 'conexion_env o conexion_archivo'}`);
  const read = reader(value, where, fail);
  switch (value.tipo) {
    case 'carpeta':
      read.only(['tipo', 'mapeo']);
      return { tipo: 'carpeta', mapeo: parseMapping(value.mapeo, undefined, source, where, fail) };
    case 'postgres': {
      read.only(['tipo', 'conexion_env', 'conexion_archivo', 'esquema', 'tabla', 'columna_id', 'marca_agua', 'mapeo', 'columnas', 'solape_segundos', 'lote']);
      return {
        tipo: 'postgres',
        conexion: read.credential('conexion'),
        esquema: read.text('esquema', false),
        tabla: read.text('tabla')!,
        columnaId: read.text('columna_id', false) ?? 'id',
        marcaAgua: read.text('marca_agua')!,
        mapeo: parseMapping(value.mapeo, value.columnas, source, where, fail),
        solapeSegundos: read.number('solape_segundos', 300, 0),
        lote: read.number('lote', 5000, 1),
      };
    }
    case 'http': {
      read.only(['tipo', 'url', 'token_env', 'token_archivo', 'campo_datos', 'paginacion', 'mapeo', 'columnas', 'tiempo_espera_segundos', 'intentos', 'espera_inicial_segundos']);
      const url = read.text('url')!;
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return fail(`${where}.url: no es una URL válida: ${url}`);
      }
      if (!['http:', 'https:'].includes(parsed.protocol)) return fail(`${where}.url: debe empezar por https:// (o http://)`);
      if (parsed.username || parsed.password) return fail(`${where}.url: las credenciales no se escriben en la URL; use token_env o token_archivo`);
      const pages = isObject(value.paginacion) ? value.paginacion : {};
      const paging = reader(pages, `${where}.paginacion`, fail);
      paging.only(['parametro_pagina', 'parametro_tamano', 'tamano', 'primera_pagina', 'campo_siguiente']);
      return {
        tipo: 'http',
        url,
        token: value.token_env || value.token_archivo ? read.credential('token') : undefined,
        campoDatos: read.text('campo_datos', false),
        mapeo: parseMapping(value.mapeo, value.columnas, source, where, fail),
        paginacion: {
          parametroPagina: paging.text('parametro_pagina', false) ?? 'pagina',
          parametroTamano: paging.text('parametro_tamano', false) ?? 'por_pagina',
          tamano: paging.number('tamano', 500, 1),
          primeraPagina: paging.number('primera_pagina', 1, 0),
          campoSiguiente: paging.text('campo_siguiente', false),
        },
        tiempoEsperaMs: read.number('tiempo_espera_segundos', 30, 0.001) * 1000,
        intentos: read.number('intentos', 3, 1),
        esperaInicialMs: read.number('espera_inicial_segundos', 1, 0) * 1000,
      };
    }
    default:
      return fail(`${where}.tipo: debe ser carpeta, postgres o http (se leyó «${String(value.tipo)}»)`);
  }
}

function reader(value: Json, where: string, fail: (message: string) => never) {
  return {
    only(keys: string[]) {
      const unknown = Object.keys(value).find((key) => !keys.includes(key));
      if (unknown) fail(`${where}.${unknown}: campo desconocido (se admiten: ${keys.join(', ')})`);
    },
    text(key: string, required = true): string | undefined {
      const found = value[key];
      if (found === undefined && !required) return undefined;
      if (typeof found !== 'string' || !found.trim()) return fail(`${where}.${key}: ${found === undefined ? 'falta' : 'debe ser un texto'}`);
      return found;
    },
    number(key: string, fallback: number, minimum: number): number {
      const found = value[key] ?? fallback;
      if (typeof found !== 'number' || !Number.isFinite(found) || found < minimum) return fail(`${where}.${key}: debe ser un número ≥ ${minimum}`);
      return found;
    },
    credential(prefix: string): CredentialSource {
      const env = value[`${prefix}_env`];
      const file = value[`${prefix}_archivo`];
      if ((env === undefined) === (file === undefined)) return fail(`${where}: indique ${prefix}_env (variable de entorno) o ${prefix}_archivo (archivo fuera del repositorio), uno de los dos`);
      if (env !== undefined && (typeof env !== 'string' || !/^[A-Z_][A-Z0-9_]*$/.test(env)))
        return fail(`${where}.${prefix}_env: debe ser el nombre de una variable de entorno (MAYÚSCULAS_Y_GUIONES_BAJOS)`);
      if (file !== undefined && (typeof file !== 'string' || !file.startsWith('/'))) return fail(`${where}.${prefix}_archivo: debe ser una ruta absoluta fuera del repositorio`);
      return env !== undefined ? { env: env as string } : { archivo: file as string };
    },
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
