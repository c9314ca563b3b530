import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths, readPublishedCsv } from '../../support/demo-edition.js';

interface Golden {
  cuadros: Record<string, { tabla: string; filas: Record<string, (number | string)[]> }>;
  cuadros_solo_periodo_actual: Record<string, { tabla: string; filas: Record<string, number[]> }>;
  presupuesto: { campos: string[]; filas: Record<string, (string | null)[]> };
  totales_periodo_actual: Record<string, Record<string, number>>;
}

/** Returns a mart of the demo warehouse with every value as text, like a published CSV. */
async function martRows(name: string): Promise<Record<string, string>[]> {
  const warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
  try {
    return await warehouse.rows<Record<string, string>>(`select columns(*)::varchar from marts.${name}`);
  } finally {
    warehouse.close();
  }
}

const inPeriod = (mes: string) => mes >= '2023-06' && mes <= '2024-03';
const dimensionOf: Record<string, string> = { visas: 'tramite', certificaciones: 'tipo', prechequeo: 'tipo', resguardos: 'sexo' };

const warehouseCuadros = await martRows('cuadros_memoria');
const golden = JSON.parse(await readFile(join(import.meta.dirname, 'golden', 'memoria-2023-2024.json'), 'utf8')) as Golden;
const cuadros = await readPublishedCsv('cuadros_memoria');
const presupuesto = await readPublishedCsv('presupuesto_periodo');

const row = (cuadro: string, codigo: string) => {
  const found = cuadros.find((candidate) => candidate.cuadro === cuadro && candidate.codigo === codigo);
  if (!found) throw new Error(`cuadros_memoria no tiene la fila ${cuadro}/${codigo}`);
  return found;
};

describe('the demo edition reproduces the 2023-2024 Memoria (published cuadros_memoria.csv)', () => {
  for (const [cuadro, table] of Object.entries(golden.cuadros)) {
    describe(`${table.tabla} (${cuadro})`, () => {
      for (const [codigo, figures] of Object.entries(table.filas)) {
        it(`${codigo}: M / F / total of both periods, variación and %`, () => {
          // A figure the disclosure control suppressed is published blank with its own flag; its true
          // value is checked in the warehouse's cuadros_memoria.
          const truth = warehouseCuadros.find((candidate) => candidate.cuadro === cuadro && candidate.codigo === codigo)!;
          const shown = row(cuadro, codigo);
          const published = Object.fromEntries(
            Object.entries(shown).map(([column, value]) => {
              const flag = shown[`suprimido_${column}`];
              const derivedFromSuppressed = (column === 'variacion' || column === 'variacion_pct') && (shown.suprimido_total_actual === 'true' || shown.suprimido_total_anterior === 'true');
              if (flag === 'true' || derivedFromSuppressed) {
                expect(value, `${column} suprimido`).toBe('');
                return [column, truth[column]];
              }
              return [column, value];
            }),
          );
          const [mAnterior, fAnterior, totalAnterior, mActual, fActual, totalActual, variacion, pct] = figures;
          expect({
            m_anterior: published.m_anterior,
            f_anterior: published.f_anterior,
            total_anterior: published.total_anterior,
            m_actual: published.m_actual,
            f_actual: published.f_actual,
            total_actual: published.total_actual,
            variacion: published.variacion,
            variacion_pct: published.variacion_pct,
          }).toEqual({
            m_anterior: String(mAnterior),
            f_anterior: String(fAnterior),
            total_anterior: String(totalAnterior),
            m_actual: String(mActual),
            f_actual: String(fActual),
            total_actual: String(totalActual),
            variacion: String(variacion),
            variacion_pct: String(pct),
          });
        });
      }
    });
  }

  for (const [cuadro, table] of Object.entries(golden.cuadros_solo_periodo_actual)) {
    it(`${table.tabla} (${cuadro}): M / F / total of the reporting period per institution`, () => {
      for (const [codigo, [m, f]] of Object.entries(table.filas)) {
        const published = row(cuadro, codigo);
        expect([published.m_actual, published.f_actual, published.total_actual], codigo).toEqual([String(m), String(f), String(m + f)]);
      }
    });
  }

  for (const [key, figures] of Object.entries(golden.presupuesto.filas)) {
    it(`Tablas 31-32: ${key}`, () => {
      const [fondo, ejercicio] = key.split(' ');
      const published = presupuesto.find((candidate) => candidate.fondo === fondo && candidate.ejercicio === ejercicio);
      expect(published, key).toBeDefined();
      const expected = Object.fromEntries(golden.presupuesto.campos.map((campo, index) => [campo, figures[index] ?? '']));
      const actual = Object.fromEntries(golden.presupuesto.campos.map((campo) => [campo, published?.[campo]]));
      expect(actual).toEqual(expected);
      expect([published?.desde, published?.hasta]).toEqual(ejercicio === '2023' ? ['2023-06', '2023-12'] : ['2024-01', '2024-03']);
    });
  }

  for (const [source, totals] of Object.entries(golden.totales_periodo_actual)) {
    it(`${source}: reporting-period totals of ${source}_mensual (Tablas 11-21)`, async () => {
      // Protected sources are published with cells suppressed, so their true totals are checked in the warehouse.
      const published = await readPublishedCsv(`${source}_mensual`);
      const monthly = published.some((candidate) => candidate.suprimido === 'true') ? await martRows(`${source}_mensual`) : published;
      const sums: Record<string, number> = {};
      for (const published of monthly.filter((candidate) => inPeriod(candidate.mes))) {
        const key = published[dimensionOf[source]];
        sums[key] = (sums[key] ?? 0) + Number(published.cantidad);
      }
      for (const [key, expected] of Object.entries(totals)) expect(sums[key], key).toBe(expected);
    });
  }
});
