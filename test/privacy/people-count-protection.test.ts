/**
 * Tabla 22 counts people referred (distinct `persona` keys), not a sum of monthly cells: each
 * period's M and F are cells of their own and the total is their sum. A small count of women
 * referred must be suppressed, and so must whatever would give it away (the total minus the men).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { protectRelease } from '../../privacy/protected-release.js';
import { demoEditionPaths, testTmpRoot } from '../support/demo-edition.js';

const scratch = join(testTmpRoot, 'test-people-count', 'memoria.duckdb');

describe('disclosure control of the people referred (Tabla 22)', () => {
  it('suppresses a small count of people and enough of its row that no one can recover it; primary suppression alone gives it away', { timeout: 300_000 }, async () => {
    await mkdir(dirname(scratch), { recursive: true });
    await copyFile(demoEditionPaths.warehouse, scratch);
    const writable = await openWarehouse(scratch);
    // A release that has published nothing yet, whose reporting period referred 3 women among 3,896 people.
    await writable.run('drop schema if exists privacidad cascade');
    await writable.run(`update marts.cuadros_memoria set m_actual = 3893, f_actual = 3, total_actual = 3896, variacion = 3896 - total_anterior
      where cuadro = 'derivaciones_personas' and codigo = 'total'`);
    writable.close();
    const warehouse = await openWarehouse(scratch, { readOnly: true });
    try {
      const release = await protectRelease(warehouse, reportingPeriod('2023-06', '2024-03'), 5);
      const row = release.tables.get('cuadros_memoria')!.rows.find((candidate) => candidate.cuadro === 'derivaciones_personas' && candidate.codigo === 'total')!;
      expect(row.suprimido_f_actual).toBe('true');
      expect(row.f_actual).toBeNull();
      // Published M and total would give F away (F = total − M): one of them is suppressed too.
      expect(row.m_actual === null || row.total_actual === null).toBe(true);
      expect(release.audit.failures).toEqual([]);
      const people = release.audit.intervals.find((interval) => interval.id.startsWith('derivaciones_personas|2023-06..2023-06|periodo=2023-06..2024-03;sexo=F'));
      expect(people?.max ?? 0).toBeGreaterThanOrEqual(5);

      // The same row with primary suppression only (M and total as in the warehouse): subtracting finds the 3 women.
      const [truth] = await warehouse.rows<{ m: bigint; f: bigint; total: bigint }>(
        "select m_actual as m, f_actual as f, total_actual as total from marts.cuadros_memoria where cuadro = 'derivaciones_personas' and codigo = 'total'",
      );
      const recovered = Number(truth.total) - Number(truth.m);
      expect(recovered).toBe(Number(truth.f));
      expect(recovered).toBeLessThan(5);
    } finally {
      warehouse.close();
    }
  });
});
