import { inspect } from 'node:util';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCredential, redact, Secret } from '../../../pipelines/connectors/credentials.js';
import { projectRoot } from '../../../pipelines/paths.js';

describe('credentials', () => {
  it('never print themselves: string, JSON and inspect show «oculto»', () => {
    const secret = new Secret('s3creto-largo');
    expect(`${secret}`).toBe('«oculto»');
    expect(JSON.stringify({ token: secret })).toBe('{"token":"«oculto»"}');
    expect(inspect({ secret })).not.toContain('s3creto-largo');
    expect(secret.reveal()).toBe('s3creto-largo');
  });

  it('come from an environment variable, naming it (not its value) when it is missing', () => {
    process.env.MEMORIA_PRUEBA_CRED = 'valor-de-prueba';
    expect(readCredential({ env: 'MEMORIA_PRUEBA_CRED' }, 'el token').reveal()).toBe('valor-de-prueba');
    delete process.env.MEMORIA_PRUEBA_CRED;
    expect(() => readCredential({ env: 'MEMORIA_PRUEBA_CRED' }, 'el token')).toThrow('falta la variable de entorno MEMORIA_PRUEBA_CRED (el token)');
  });

  it('come from a file outside the repository, never from one inside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'memoria-cred-'));
    await writeFile(join(dir, 'token'), 'desde-archivo\n', { mode: 0o600 });
    expect(readCredential({ archivo: join(dir, 'token') }, 'el token').reveal()).toBe('desde-archivo');
    expect(() => readCredential({ archivo: join(projectRoot, 'package.json') }, 'el token')).toThrow(/está dentro del repositorio/);
    expect(() => readCredential({ archivo: 'config/token' }, 'el token')).toThrow(/ruta absoluta/);
  });

  it('are masked in any text, as given and inside a connection string', () => {
    const url = new Secret('postgres://lector:cl@ve%2Fdura@db.dgme.gob.sv/gami');
    expect(redact('falló postgres://lector:cl@ve%2Fdura@db.dgme.gob.sv/gami: clave cl@ve/dura', [url])).toBe('falló «oculto»: clave «oculto»');
  });
});
