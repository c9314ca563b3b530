/**
 * The bulletin's breakdowns of its month: what the data already splits. Sources that count no
 * protected population are read from the marts; protected ones (returnees, the foreigners' registry
 * by nationality, …) only from the tables the disclosure control released (released-sums.ts).
 */
import { yearBefore } from '../../pipelines/time/reporting-period.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { ProtectedRelease } from '../../privacy/protected-release.js';
import { protectedSources } from '../../privacy/protected-sources.js';
import { MEASURE_KEYS, MEASURES, measureWhere, type MeasureKey } from '../memoria/service-measures.js';
import { addFigures, matching, releasedMonths, releasedSum, type ReleasedFigure } from '../../presentation/marts/released-sums.js';

/** A measure's month by sex. */
export interface SexRow {
  readonly medida: MeasureKey;
  readonly f: ReleasedFigure;
  readonly m: ReleasedFigure;
  /** The month's total (all rows, the sex sent or not). */
  readonly total: ReleasedFigure;
}

/** A border post's movements in the month and in the same month a year earlier. */
export interface PortRow {
  readonly puesto: string;
  readonly etiqueta: string;
  readonly via: string;
  /** The vía's Spanish label (`Aérea`). */
  readonly viaEtiqueta: string;
  readonly entradas: number;
  readonly salidas: number;
  readonly total: number;
  readonly anterior: number;
}

/** A channel's passports: the month, a year earlier, and both years to date. */
export interface ChannelRow {
  readonly canal: string;
  readonly etiqueta: string;
  readonly mes: number;
  readonly mes_anterior: number;
  readonly acumulado: number;
  readonly acumulado_anterior: number;
}

/** The foreigners' registry by nationality (rare ones merged into `otras`) and calidad, as released. */
export interface NationalityGrid {
  readonly calidades: readonly { readonly codigo: string; readonly etiqueta: string }[];
  readonly rows: readonly { readonly codigo: string; readonly etiqueta: string; readonly cells: readonly ReleasedFigure[]; readonly total: ReleasedFigure }[];
  /** Each calidad over every nationality (the released grid by calidad and sex). */
  readonly totals: readonly ReleasedFigure[];
  /** The month's released total. */
  readonly total: ReleasedFigure;
}

/** Returnees by route and sex, the month and a year earlier. */
export interface RouteRow {
  readonly via: string;
  readonly etiqueta: string;
  readonly f: ReleasedFigure;
  readonly m: ReleasedFigure;
  readonly total: ReleasedFigure;
  readonly anterior: ReleasedFigure;
}

/** Returned children and adolescents in a quarter, beside every returnee of that quarter. */
export interface MinorsQuarter {
  readonly trimestre: string;
  readonly f: ReleasedFigure;
  readonly m: ReleasedFigure;
  readonly total: ReleasedFigure;
  readonly retornados: ReleasedFigure;
}

export interface BulletinBreakdowns {
  readonly sex: readonly SexRow[];
  readonly ports: readonly PortRow[];
  readonly channels: readonly ChannelRow[];
  readonly nationalities: NationalityGrid;
  readonly routes: readonly RouteRow[];
  /** Both sexes and routes of the month: sums of released figures, and the released monthly total. */
  readonly routeTotal: RouteRow;
  readonly minors: readonly MinorsQuarter[];
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Returns the five calendar quarters (`AAAA-Tn`) ending with the last one complete by `month`. */
export function lastQuarters(month: string, count = 5): string[] {
  const year = Number(month.slice(0, 4));
  const complete = Math.floor(Number(month.slice(5, 7)) / 3);
  const last = year * 4 + complete - 1;
  return Array.from({ length: count }, (_, index) => last - count + 1 + index).map((q) => `${Math.floor(q / 4)}-T${(q % 4) + 1}`);
}

/** Returns the three months (`AAAA-MM`) of a quarter. */
export const quarterMonths = (quarter: string) => [0, 1, 2].map((offset) => `${quarter.slice(0, 4)}-${String(3 * Number(quarter.slice(6)) - 2 + offset).padStart(2, '0')}`);

/** Returns the month's breakdowns. */
export async function loadBreakdowns(warehouse: Warehouse, month: string, release: ProtectedRelease): Promise<BulletinBreakdowns> {
  const previous = yearBefore(month);
  const start = `${month.slice(0, 4)}-01`;
  const previousStart = yearBefore(start);
  const labels = new Map<string, Map<string, string>>();
  for (const row of await warehouse.rows<{ lista: string; codigo: string; etiqueta: string }>('select lista, codigo, etiqueta from referencia.codigos order by lista, orden')) {
    if (!labels.has(row.lista)) labels.set(row.lista, new Map());
    labels.get(row.lista)!.set(row.codigo, row.etiqueta);
  }
  const label = (lista: string, codigo: string) => labels.get(lista)?.get(codigo) ?? codigo;

  const sex: SexRow[] = [];
  for (const key of MEASURE_KEYS) {
    const measure = MEASURES[key];
    if (!measure.source.dimensions.some((dimension) => dimension.name === 'sexo')) continue;
    if (release.isProtected(key)) {
      const table = release.tables.get(measure.mart);
      const base = { mes: month, ...measure.filtro };
      const total = release.printed(key, month, month);
      sex.push({ medida: key, f: releasedSum(table, matching({ ...base, sexo: 'F' })), m: releasedSum(table, matching({ ...base, sexo: 'M' })), total: total ?? 'suppressed' });
      continue;
    }
    const where = measureWhere(measure);
    const [row] = await warehouse.rows<{ f: number; m: number; total: number }>(
      `select coalesce(sum(cantidad) filter (where sexo = 'F'), 0)::bigint as f, coalesce(sum(cantidad) filter (where sexo = 'M'), 0)::bigint as m, coalesce(sum(cantidad), 0)::bigint as total
       from marts.${measure.mart} where mes = ${quote(month)}${where ? ` and ${where}` : ''}`,
    );
    sex.push({ medida: key, f: Number(row.f), m: Number(row.m), total: Number(row.total) });
  }

  const ports = (
    await warehouse.rows<PortRow>(`
      select f.puesto, coalesce(p.etiqueta, f.puesto) as etiqueta, coalesce(p.via, '') as via,
        coalesce(sum(f.cantidad) filter (where f.mes = ${quote(month)} and f.direccion = 'entrada'), 0)::bigint as entradas,
        coalesce(sum(f.cantidad) filter (where f.mes = ${quote(month)} and f.direccion = 'salida'), 0)::bigint as salidas,
        coalesce(sum(f.cantidad) filter (where f.mes = ${quote(month)}), 0)::bigint as total,
        coalesce(sum(f.cantidad) filter (where f.mes = ${quote(previous)}), 0)::bigint as anterior
      from marts.flujo_mensual f
      left join referencia.puestos_fronterizos p on p.codigo = f.puesto
      where f.mes in (${quote(month)}, ${quote(previous)})
      group by f.puesto, p.etiqueta, p.via, p.orden
      order by p.orden nulls last, f.puesto`)
  ).map((row) => ({
    ...row,
    viaEtiqueta: row.via ? label('via_flujo', row.via) : 'Vía no indicada',
    entradas: Number(row.entradas),
    salidas: Number(row.salidas),
    total: Number(row.total),
    anterior: Number(row.anterior),
  }));

  const channels = (
    await warehouse.rows<ChannelRow>(`
      select coalesce(canal, '') as canal, '' as etiqueta,
        coalesce(sum(cantidad) filter (where mes = ${quote(month)}), 0)::bigint as mes,
        coalesce(sum(cantidad) filter (where mes = ${quote(previous)}), 0)::bigint as mes_anterior,
        coalesce(sum(cantidad) filter (where mes between ${quote(start)} and ${quote(month)}), 0)::bigint as acumulado,
        coalesce(sum(cantidad) filter (where mes between ${quote(previousStart)} and ${quote(previous)}), 0)::bigint as acumulado_anterior
      from marts.pasaportes_mensual
      where mes between ${quote(previousStart)} and ${quote(previous)} or mes between ${quote(start)} and ${quote(month)}
      group by all`)
  )
    .map((row) => ({
      ...row,
      etiqueta: row.canal ? label('canal', row.canal) : 'Canal no indicado',
      mes: Number(row.mes),
      mes_anterior: Number(row.mes_anterior),
      acumulado: Number(row.acumulado),
      acumulado_anterior: Number(row.acumulado_anterior),
    }))
    .sort((a, b) => order(labels.get('canal'), a.canal) - order(labels.get('canal'), b.canal));

  return {
    sex,
    ports,
    channels,
    nationalities: await nationalityGrid(warehouse, month, release, (codigo) => label('calidad', codigo)),
    ...returnRoutes(month, release, (codigo) => label('via_retorno', codigo)),
    minors: lastQuarters(month).map((trimestre) => {
      const table = release.tables.get('retornados_nna_trimestral');
      const f = releasedSum(table, matching({ trimestre, sexo: 'F' }));
      const m = releasedSum(table, matching({ trimestre, sexo: 'M' }));
      return { trimestre, f, m, total: addFigures(f, m), retornados: releasedMonths(release, 'retornados', quarterMonths(trimestre)) };
    }),
  };
}

/** A code's place in its list (unknown and empty codes last). */
function order(list: ReadonlyMap<string, string> | undefined, codigo: string): number {
  const index = [...(list?.keys() ?? [])].indexOf(codigo);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

/**
 * Returns residence resolutions by nationality and calidad in the month, from the released fine
 * grid. Nationalities are listed alphabetically, `otras` last: an order by size would rank the
 * suppressed figures.
 */
async function nationalityGrid(warehouse: Warehouse, month: string, release: ProtectedRelease, calidadLabel: (codigo: string) => string): Promise<NationalityGrid> {
  const source = protectedSources.find((candidate) => candidate.mergeRare && candidate.source === 'residencias');
  const table = release.tables.get('residencias_mensual');
  const coarse = release.tables.get(source?.coarse[0]?.name ?? 'residencias_calidad_mensual');
  const rows = (table?.rows ?? []).filter((row) => row.mes === month);
  const calidadOrder = await warehouse.rows<{ codigo: string }>(`select codigo from referencia.codigos where lista = 'calidad' order by orden`);
  const present = new Set(rows.map((row) => row.calidad ?? ''));
  const calidades = calidadOrder.filter((row) => present.has(row.codigo)).map((row) => ({ codigo: row.codigo, etiqueta: calidadLabel(row.codigo) }));
  const countries = new Map((await warehouse.rows<{ codigo: string; etiqueta: string }>('select codigo, etiqueta from referencia.paises')).map((row) => [row.codigo, row.etiqueta]));
  const nationalities = [...new Set(rows.map((row) => row.nacionalidad ?? ''))]
    .map((codigo) => ({ codigo, etiqueta: codigo === 'otras' ? 'Otras nacionalidades' : codigo === '' ? 'No indicada' : (countries.get(codigo) ?? codigo) }))
    .sort((a, b) => Number(a.codigo === 'otras') - Number(b.codigo === 'otras') || a.etiqueta.localeCompare(b.etiqueta, 'es'));
  const total = release.printed('residencias', month, month);
  return {
    calidades,
    rows: nationalities.map((nationality) => ({
      ...nationality,
      cells: calidades.map((calidad) => releasedSum(table, matching({ mes: month, nacionalidad: nationality.codigo, calidad: calidad.codigo }))),
      total: releasedSum(table, matching({ mes: month, nacionalidad: nationality.codigo })),
    })),
    totals: calidades.map((calidad) => releasedSum(coarse, matching({ mes: month, calidad: calidad.codigo }))),
    total: total ?? 'suppressed',
  };
}

/** Returns returnees by route (vía) and sex in the month, from the released grid, and the month's released total. */
function returnRoutes(month: string, release: ProtectedRelease, viaLabel: (codigo: string) => string): { routes: RouteRow[]; routeTotal: RouteRow } {
  const table = release.tables.get('retornados_ruta_mensual');
  const previous = yearBefore(month);
  const vias = [...new Set((table?.rows ?? []).filter((row) => row.mes === month || row.mes === previous).map((row) => row.via ?? ''))].sort();
  const routes = vias.map((via) => ({
    via,
    etiqueta: viaLabel(via),
    f: releasedSum(table, matching({ mes: month, via, sexo: 'F' })),
    m: releasedSum(table, matching({ mes: month, via, sexo: 'M' })),
    total: releasedSum(table, matching({ mes: month, via })),
    anterior: releasedSum(table, matching({ mes: previous, via })),
  }));
  const routeTotal = {
    via: 'total',
    etiqueta: 'Total',
    f: releasedSum(table, matching({ mes: month, sexo: 'F' })),
    m: releasedSum(table, matching({ mes: month, sexo: 'M' })),
    total: releasedMonths(release, 'retornados', [month]),
    anterior: releasedMonths(release, 'retornados', [previous]),
  };
  return { routes, routeTotal };
}
