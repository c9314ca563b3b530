import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../orchestration/schedule/schedule-config.js';
import { formatStatus } from '../../../orchestration/schedule/status-text.js';
import { statusHealthy, type WarehouseStatus } from '../../../orchestration/schedule/warehouse-status.js';

const now = new Date('2024-05-01T15:00:00Z'); // 09:00 in San Salvador
const horario = parseSchedule({ fuentes: { pasaportes: { cron: '30 5 * * *', conector: { tipo: 'carpeta' } } } }, '/etc/memoria/horario.json', '/srv/memoria');
const base: WarehouseStatus = {
  almacen: '/srv/memoria/almacen/memoria.duckdb',
  existe: true,
  horario,
  cuarentenaTotal: 1234,
  fuentes: [
    {
      fuente: 'pasaportes',
      conector: 'carpeta',
      cron: '30 5 * * *',
      proxima: new Date('2024-05-02T11:30:00Z'),
      ultimoCorrecto: new Date('2024-05-01T11:31:10Z'),
      cuarentena: 1200,
      frescura: { estado: 'al_dia' },
      frescuraSegun: 'registro',
    },
    {
      fuente: 'retornados',
      conector: 'postgres',
      cron: '*/30 * * * *',
      proxima: new Date('2024-05-01T15:30:00Z'),
      ultimoCorrecto: new Date('2024-05-01T12:00:40Z'),
      ultimoFallo: new Date('2024-05-01T14:30:05Z'),
      errorUltimoFallo: 'PostgreSQL: no se pudo conectar (ECONNREFUSED)',
      cuarentena: 34,
      frescura: { estado: 'atrasada', esperadaDesde: new Date('2024-05-01T14:30:00Z') },
      frescuraSegun: 'registro',
    },
  ],
};

describe('memoria status text', () => {
  it('is a Spanish table in El Salvador time, with what is failing, the quarantine and how freshness is measured', () => {
    const text = formatStatus(base, now);
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Almacén: /srv/memoria/almacen/memoria.duckdb',
      'Horario: /etc/memoria/horario.json · horas de El Salvador · ahora 2024-05-01 09:00',
      'En curso: nada',
      '',
      'fuente      conector  horario       próxima           último correcto   último fallo      frescura',
      'pasaportes  carpeta   30 5 * * *    2024-05-02 05:30  2024-05-01 05:31  —                 al día',
      'retornados  postgres  */30 * * * *  2024-05-01 09:30  2024-05-01 06:00  2024-05-01 08:30  ATRASADA (sin extracción correcta desde el horario de 2024-05-01 08:30)',
    ]);
    expect(text).toContain('Fallando ahora (el último intento falló):\n  retornados (2024-05-01 08:30): PostgreSQL: no se pudo conectar (ECONNREFUSED)');
    expect(text).toContain('Cuarentena (calidad.cuarentena): 1,234 filas\n  pasaportes 1,200 · retornados 34');
    expect(text).toContain('durante los 60 min siguientes a ese horario basta con el anterior');
    expect(statusHealthy(base)).toBe(false);
    expect(statusHealthy({ ...base, fuentes: [base.fuentes[0]] })).toBe(true);
  });

  it('says who is writing the warehouse, or that a lock was left by a process that is gone', () => {
    const holder = { pid: 4321, host: hostname(), comando: 'memoria schedule', desde: '2024-05-01T14:30:00Z', ficha: 'x' };
    expect(formatStatus({ ...base, enCurso: { holder, alive: true } }, now)).toMatch(/En curso: «memoria schedule» \(proceso 4321, desde .*\) está escribiendo el almacén/);
    expect(formatStatus({ ...base, enCurso: { holder, alive: false } }, now)).toContain('la próxima ejecución lo retira');
  });
});
