import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { inspect } from 'node:util';
import { projectRoot } from '../paths.js';
import { ConnectorError } from './connector.js';

/**
 * A credential (token, connection string with its password). It never prints itself: string
 * conversion, JSON and console.log all show «oculto»; only `reveal()` gives the value, at the call
 * that sends it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** Returns the credential's value, for the one call that must send it. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '«oculto»';
  }

  toJSON(): string {
    return '«oculto»';
  }

  [inspect.custom](): string {
    return 'Secret(«oculto»)';
  }
}

/** Where a credential comes from: an environment variable, or a file outside the repository. */
export interface CredentialSource {
  readonly env?: string;
  readonly archivo?: string;
}

/** Returns the credential named by `source`, or throws a Spanish message saying what is missing (never the value). */
export function readCredential(source: CredentialSource, what: string): Secret {
  if (source.env) {
    const value = process.env[source.env];
    if (!value) throw new ConnectorError(`falta la variable de entorno ${source.env} (${what})`, false);
    return new Secret(value);
  }
  if (source.archivo) {
    assertOutsideRepository(source.archivo, what);
    let text: string;
    try {
      text = readFileSync(source.archivo, 'utf8');
    } catch (error) {
      throw new ConnectorError(`no se pudo leer el archivo de credenciales ${source.archivo} (${what}): ${(error as NodeJS.ErrnoException).code}`, false);
    }
    const value = text.replace(/\r?\n$/, '');
    if (!value) throw new ConnectorError(`el archivo de credenciales ${source.archivo} (${what}) está vacío`, false);
    return new Secret(value);
  }
  throw new ConnectorError(`no se indicó de dónde leer ${what}`, false);
}

/** Throws unless `path` is absolute and outside the repository (credentials are never committed). */
export function assertOutsideRepository(path: string, what: string): void {
  if (!isAbsolute(path)) throw new ConnectorError(`el archivo de credenciales de ${what} debe ser una ruta absoluta fuera del repositorio: ${path}`, false);
  const real = (target: string) => {
    try {
      return realpathSync(target);
    } catch {
      return target;
    }
  };
  const inside = relative(real(projectRoot), real(path));
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new ConnectorError(`el archivo de credenciales de ${what} está dentro del repositorio (${path}); guárdelo fuera, por ejemplo en /etc/memoria/`, false);
  }
}

/** Returns `text` with every credential's value (and its URL-encoded form) replaced by «oculto». */
export function redact(text: string, secrets: readonly (Secret | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret) continue;
    const value = secret.reveal();
    const forms = new Set([value, encodeURIComponent(value)]);
    try {
      const url = new URL(value);
      if (url.password) (forms.add(url.password), forms.add(decodeURIComponent(url.password)));
    } catch {
      // not a URL
    }
    for (const form of forms) if (form.length >= 4) result = result.split(form).join('«oculto»');
  }
  return result;
}
