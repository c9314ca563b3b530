/**
 * pni_avance and its companions on the demo edition (period up to 2024-03, so 2024 is the year in
 * progress with 3 of 12 months elapsed): statuses, operational indicators against the warehouse's
 * own facts, quarantine of unknown indicators, skipped template rows, and the Spanish column docs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';
import { openWarehouse, type Warehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { demoEditionPaths } from '../../support/demo-edition.js';

interface AvanceRow {
  indicador: string;
  eje: number;
  anio: number;
  meta: string | null;
  valor: string | null;
  pct_meta: string | null;
  estado: string;
  fuente: string | null;
  meta_a_la_fecha: string | null;
  valor_reportado: string | null;
  tipo_meta: string;
}

let warehouse: Warehouse;
let avance: Map<string, AvanceRow>;
const row = (indicador: string) => {
  const found = avance.get(indicador);
  if (!found) throw new Error(`pni_avance no tiene ${indicador} 2024`);
  return found;
};
const scalar = async (sql: string) => (await warehouse.rows<{ v: string }>(`select (${sql})::varchar as v`))[0].v;

beforeAll(async () => {
  warehouse = await openWarehouse(demoEditionPaths.warehouse, { readOnly: true });
  const rows = await warehouse.rows<AvanceRow>(`
    select indicador, eje, anio, meta::varchar as meta, valor::varchar as valor, pct_meta::varchar as pct_meta, estado, fuente,
      meta_a_la_fecha::varchar as meta_a_la_fecha, valor_reportado::varchar as valor_reportado, tipo_meta
    from marts.pni_avance`);
  avance = new Map(rows.map((r) => [r.indicador, r]));
});
afterAll(() => warehouse?.close());

describe('pni_avance on the demo edition (hasta 2024-03)', () => {
  it('has one row per indicator active in 2024, and none for indicators that start later', async () => {
    expect(await scalar('select count(*) from marts.pni_avance')).toBe('116');
    expect(await scalar(`select count(distinct anio) from marts.pni_avance`)).toBe('1');
    expect(await scalar(`select count(*) from referencia.pni_indicadores where anio_inicio <= 2024`)).toBe('116');
    expect(avance.has('0.2.3.b')).toBe(false);
  });

  it('judges the year in progress against a quarter of the target', () => {
    expect(row('0.1.1.a')).toMatchObject({ meta: '2.00', valor: '2.00', pct_meta: '100.00', estado: 'cumplida', fuente: 'mrree' });
    expect(row('4.1.1.a')).toMatchObject({ meta: '4.00', valor: '1.00', estado: 'en_curso', meta_a_la_fecha: '1.00' });
    // A target counted in whole units publishes the share due rounded up to the unit (250 × 3 / 12 = 62.5 → 63).
    expect(row('4.6.3.b')).toMatchObject({ meta: '250.00', valor: '48.00', pct_meta: '19.20', estado: 'en_riesgo', meta_a_la_fecha: '63.00' });
    expect(row('4.5.1.b')).toMatchObject({ meta: '3.00', valor: '0.00', estado: 'rezagada' });
    expect(row('3.1.1.a')).toMatchObject({ meta: '4.00', valor: null, pct_meta: null, estado: 'sin_datos', fuente: null });
  });

  it('adds up the reports of several institutions, the later delivery replacing the earlier one', () => {
    expect(row('5.5.2.a')).toMatchObject({ meta: '3500.00', valor: '1645.00', pct_meta: '47.00', estado: 'en_curso', fuente: 'conamype, mrree, mtps' });
  });

  it('handles deliverables: due this year and not done is late; due later is still in progress', () => {
    expect(row('1.1.2.a')).toMatchObject({ meta: '1.00', valor: '0.00', estado: 'rezagada' });
    expect(row('4.2.1.a')).toMatchObject({ meta: '1.00', valor: '0.00', estado: 'en_curso', meta_a_la_fecha: null });
    expect(row('4.3.1.a')).toMatchObject({ meta: '1.00', valor: '1.00', estado: 'cumplida' });
  });

  it('counts a monthly target 12 times, and a cumulative or level target as the milestone due by the end of the year', () => {
    expect(row('5.4.1.a').meta).toBe('6000.00');
    expect(row('5.4.2.a').meta).toBe('240.00');
    // 5,000 people over 2024-2028: 1,000 by the end of 2024, never the whole five-year total.
    expect(row('2.5.2.a')).toMatchObject({ tipo_meta: 'acumulada', meta: '1000.00', meta_a_la_fecha: '250.00' });
    // A level (20 institutions by 2026) is a stock: its 2024 milestone is 20 / 3 rounded up to the unit.
    expect(row('5.2.1.a')).toMatchObject({ tipo_meta: 'nivel', meta: '7.00', meta_a_la_fecha: '2.00' });
    // 14 departments over five years: 3 by the end of 2024, not 2.80.
    expect(row('5.5.1.b')).toMatchObject({ tipo_meta: 'nivel', meta: '3.00', meta_a_la_fecha: '1.00' });
    // Two partners × 3 / 12 = 0.5: published as 1 partner (whole units), and 1 partner is on track.
    expect(row('5.7.1.b')).toMatchObject({ meta: '2.00', valor: '1.00', estado: 'en_curso', meta_a_la_fecha: '1.00' });
  });

  it('never publishes a target or a target to date counted in whole units with decimals', async () => {
    const fractional = await warehouse.rows<{ indicador: string }>(`
      select avance.indicador from marts.pni_avance as avance
      inner join referencia.pni_metas as metas on avance.indicador = metas.indicador
      where metas.unidades_enteras and (avance.meta <> round(avance.meta) or avance.meta_a_la_fecha <> round(avance.meta_a_la_fecha))`);
    expect(fractional).toEqual([]);
    expect(await scalar(`select count(*) from referencia.pni_metas where unidades_enteras`)).toBe('148');
  });

  it('computes the operational indicator from the warehouse, keeping what the DGME reported aside', async () => {
    const retornados = await scalar(`select sum(cantidad) from intermediate.int_retornados__mensual where mes between '2024-01-01' and '2024-03-01'`);
    expect(row('5.4.1.a')).toMatchObject({ valor: `${retornados}.00`, fuente: 'operacional', valor_reportado: '2414.00' });
    expect(Number(retornados)).toBeGreaterThan(0);
  });

  it('never takes a figure that does not measure the indicator as its value: referrals to the RNPN are not DUIs issued', async () => {
    const rnpn = await scalar(`select sum(cantidad) from intermediate.int_derivaciones__mensual where mes between '2024-01-01' and '2024-03-01' and institucion = 'rnpn'`);
    expect(Number(rnpn)).toBeGreaterThan(0);
    expect(row('5.4.2.a')).toMatchObject({ valor: null, pct_meta: null, estado: 'sin_datos', fuente: null });
    expect(await scalar(`select valor from intermediate.int_pni__operacionales where indicador = '5.4.2.a' and anio = 2024 and uso = 'contexto'`)).toBe(`${rnpn}.00`);
  });

  it('takes the regularised people of 2.5.2.a from the DGME’s report, the register’s first residences being context only', async () => {
    const residencias = await scalar(`
      select sum(cantidad) from intermediate.int_residencias__mensual
      where mes between '2024-01-01' and '2024-03-01' and calidad in ('residencia_definitiva', 'residencia_temporal', 'residencia_transitoria')`);
    expect(await scalar(`select valor from intermediate.int_pni__operacionales where indicador = '2.5.2.a' and anio = 2024 and uso = 'contexto'`)).toBe(`${residencias}.00`);
    // 212 of the 250 due by March (1,000 × 3 / 12): at least 75 %, so at risk; 21.20 % of the year's 1,000.
    expect(row('2.5.2.a')).toMatchObject({ valor: '212.00', pct_meta: '21.20', estado: 'en_riesgo', fuente: 'dgme', valor_reportado: '212.00' });
    // The first residences of one quarter alone would be more than the year's milestone.
    expect(Number(residencias)).toBeGreaterThan(1000);
  });

  it('produces every status in the demo', async () => {
    const estados = await warehouse.rows<{ estado: string }>(`select distinct estado from marts.pni_avance order by estado`);
    expect(estados.map((r) => r.estado)).toEqual(['cumplida', 'en_curso', 'en_riesgo', 'rezagada', 'sin_datos']);
  });

  it('sums statuses by axis', async () => {
    const ejes = await warehouse.rows<{ eje: number; indicadores: number; cumplidas: number; en_riesgo: number }>(
      `select eje, indicadores, cumplidas, en_riesgo from marts.pni_avance_eje order by eje`,
    );
    expect(ejes.map((r) => r.eje)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(ejes.reduce((sum, r) => sum + r.indicadores, 0)).toBe(116);
    expect(ejes.find((r) => r.eje === 4)).toMatchObject({ indicadores: 40, cumplidas: 1, en_riesgo: 1 });
  });

  it('reports completeness per institution, without the indicators the warehouse computes (but with those it only gives context for)', async () => {
    const rows = await warehouse.rows<{ institucion: string; indicadores_a_cargo: number; indicadores_reportados: number }>(
      `select institucion, indicadores_a_cargo, indicadores_reportados from marts.pni_reportes_institucion where anio = 2024`,
    );
    const of = (code: string) => rows.find((r) => r.institucion === code);
    expect(of('minsal')).toMatchObject({ indicadores_a_cargo: 4, indicadores_reportados: 2 });
    // 2.5.2.a and 5.4.2.a are due from the DGME: the register only gives context for them. 2.5.1.a
    // (first border-transit cards) and 2.6.1.a (DGME staff trained) are computed from carnets and
    // capacitaciones, so the DGME's own reports of them do not count here.
    expect(of('dgme')).toMatchObject({ indicadores_a_cargo: 12, indicadores_reportados: 1 });
    expect(of('rnpn')).toMatchObject({ indicadores_a_cargo: 2, indicadores_reportados: 0 });
    expect(of('isdemu')).toMatchObject({ indicadores_reportados: 1 });
  });
});

describe('PNI deliveries that do not count', () => {
  it('quarantines an indicator that is not in the catalogue, with a Spanish reason', async () => {
    const rows = await warehouse.rows<{ archivo: string; linea: number; motivo: string }>(`select archivo, linea, motivo from calidad.cuarentena where fuente = 'pni'`);
    expect(rows).toEqual([
      {
        archivo: '2024-04-22_isdemu-t1.csv',
        linea: 3,
        motivo: 'indicador desconocido: «5.7.2.a» (no está en el catálogo del PNI; vea el catálogo en la tabla de referencia pni_indicadores)',
      },
    ]);
  });

  it('skips the template rows left without a value instead of quarantining them', async () => {
    const rows = await warehouse.rows<{ linea: number; indicador: string; omitida: boolean }>(`
      select linea, indicador, omitida from intermediate.int_pni__validadas
      where entrega_id = (select entrega_id from raw.entregas where archivo = '2024-04-12_pni-2024_minsal.xlsx') order by linea`);
    expect(rows).toEqual([
      { linea: 2, indicador: '2.5.3.a', omitida: false },
      { linea: 3, indicador: '5.7.1.a', omitida: true },
      { linea: 4, indicador: '5.7.1.b', omitida: false },
      { linea: 5, indicador: '5.7.1.c', omitida: true },
    ]);
    expect(row('2.5.3.a')).toMatchObject({ valor: '610.00', estado: 'en_riesgo', fuente: 'minsal' });
    expect(row('5.7.1.c')).toMatchObject({ valor: '97.00', fuente: 'isdemu' });
  });
});

describe('documentation of the PNI marts', () => {
  it('describes pni_avance and every one of its columns in Spanish (for the open-data dictionary)', async () => {
    const yml = parse(await readFile(join(projectRoot, 'models', 'marts', 'pni', '_pni__models.yml'), 'utf8')) as {
      models: { name: string; description: string; columns: { name: string; description: string }[] }[];
    };
    for (const name of ['pni_avance', 'pni_avance_eje', 'pni_reportes_institucion']) {
      const model = yml.models.find((m) => m.name === name)!;
      expect(model.description.length, name).toBeGreaterThan(50);
      const columns = await warehouse.rows<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = 'marts' and table_name = '${name}' order by ordinal_position`,
      );
      const documented = new Map(model.columns.map((column) => [column.name, column.description]));
      for (const { column_name } of columns) expect(documented.get(column_name)?.length ?? 0, `${name}.${column_name}`).toBeGreaterThan(10);
      expect(model.columns.map((column) => column.name)).toEqual(columns.map((column) => column.column_name));
    }
    const avanceColumns = yml.models.find((m) => m.name === 'pni_avance')!.columns.map((column) => column.name);
    expect(avanceColumns.slice(0, 8)).toEqual(['indicador', 'eje', 'anio', 'meta', 'valor', 'pct_meta', 'estado', 'fuente']);
  });
});
