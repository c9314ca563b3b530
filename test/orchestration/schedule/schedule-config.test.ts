import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landingSources } from '../../../pipelines/contract/landing-sources.js';
import { parseSchedule, ScheduleError } from '../../../orchestration/schedule/schedule-config.js';
import { projectRoot } from '../../../pipelines/paths.js';

const example = async () => JSON.parse(await readFile(join(projectRoot, 'config', 'horario.ejemplo.json'), 'utf8')) as Record<string, unknown>;
const parse = (json: unknown) => parseSchedule(json, 'horario.json', '/srv/memoria');
const withSource = (entry: unknown) => ({ fuentes: { retornados: entry } });

describe('the schedule file', () => {
  it('documented example schedules every demo source from demo/landing, with paths read from the working folder', async () => {
    const config = parse(await example());
    expect(config.fuentes.map((entry) => entry.fuente)).toEqual(landingSources.map((source) => source.name));
    expect(config.fuentes.every((entry) => entry.conector.tipo === 'carpeta')).toBe(true);
    expect(config).toMatchObject({
      entrada: '/srv/memoria/demo/landing',
      almacen: '/srv/memoria/almacen/memoria.duckdb',
      edicion: '/srv/memoria/edicion',
      periodo: { desde: '2023-06', hasta: '2024-03' },
      reintentos: { intentos: 4, esperaInicialMs: 60_000, factor: 2 },
    });
  });

  it('reads PostgreSQL and HTTP connectors with their defaults', () => {
    const config = parse({
      fuentes: {
        retornados: { cron: '*/30 * * * *', conector: { tipo: 'postgres', conexion_env: 'MEMORIA_PG_GAMI', tabla: 'retornados', marca_agua: 'actualizado_en' } },
        pni: { cron: '0 7 * * 1', conector: { tipo: 'http', url: 'https://api.example.gob.sv/pni', token_archivo: '/etc/memoria/pni.token', campo_datos: 'datos' } },
      },
    });
    expect(config.fuentes[0].conector).toEqual({
      tipo: 'postgres',
      conexion: { env: 'MEMORIA_PG_GAMI' },
      esquema: undefined,
      tabla: 'retornados',
      columnaId: 'id',
      marcaAgua: 'actualizado_en',
      columnas: undefined,
      solapeSegundos: 300,
      lote: 5000,
    });
    expect(config.fuentes[1].conector).toMatchObject({ tipo: 'http', token: { archivo: '/etc/memoria/pni.token' }, tiempoEsperaMs: 30_000, intentos: 3 });
  });

  it('names the field of every mistake, in Spanish', () => {
    const error = (json: unknown) => {
      try {
        parse(json);
      } catch (caught) {
        expect(caught).toBeInstanceOf(ScheduleError);
        return (caught as Error).message;
      }
      throw new Error('no falló');
    };
    expect(error({ fuentes: {} })).toContain('fuentes: debe nombrar al menos una fuente');
    expect(error({ fuentes: { pasaporte: { cron: '0 6 * * *', conector: { tipo: 'carpeta' } } } })).toContain('fuentes.pasaporte: no es una fuente del contrato');
    expect(error(withSource({ cron: '0 25 * * *', conector: { tipo: 'carpeta' } }))).toContain('fuentes.retornados.cron: expresión cron inválida');
    expect(error(withSource({ cron: '0 0 6 * * *', conector: { tipo: 'carpeta' } }))).toContain('cinco campos');
    expect(error(withSource({ cron: '0 6 * * *', conector: { tipo: 'ftp' } }))).toContain('fuentes.retornados.conector.tipo: debe ser carpeta, postgres o http');
    expect(error(withSource({ cron: '0 6 * * *', conector: { tipo: 'postgres', conexion_env: 'X', tabla: 't' } }))).toContain('conector.marca_agua: falta');
    expect(error({ ...withSource({ cron: '0 6 * * *', conector: { tipo: 'carpeta' } }), periodo: { desde: '2024-13' } })).toContain('periodo: desde debe tener la forma AAAA-MM');
    expect(error({ ...withSource({ cron: '0 6 * * *', conector: { tipo: 'carpeta' } }), almacenn: 'x' })).toContain('campo desconocido «almacenn»');
  });

  it('refuses credentials written in the file itself', () => {
    const error = (conector: unknown) => {
      try {
        parse(withSource({ cron: '0 6 * * *', conector }));
        return '';
      } catch (caught) {
        return (caught as Error).message;
      }
    };
    expect(error({ tipo: 'http', url: 'https://api.example.gob.sv/pni', token: 'abc123' })).toContain('las credenciales no se escriben en el horario; use token_env o token_archivo');
    expect(error({ tipo: 'http', url: 'https://usuario:clave@api.example.gob.sv/pni' })).toContain('las credenciales no se escriben en la URL');
    expect(error({ tipo: 'postgres', conexion: 'postgres://u:p@h/db', tabla: 't', marca_agua: 'm' })).toContain('use conexion_env o conexion_archivo');
    expect(error({ tipo: 'postgres', conexion_archivo: 'secretos/pg.txt', tabla: 't', marca_agua: 'm' })).toContain('ruta absoluta fuera del repositorio');
  });
});
