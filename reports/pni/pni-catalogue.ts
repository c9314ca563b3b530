/**
 * The PNI catalogue as the reporting templates need it, read straight from the dbt seeds
 * (seeds/pni_*.csv, seeds/instituciones.csv): templates are written before any warehouse exists, so
 * the seeds, not the marts, are the source. The seeds are the single copy of the PNI's text.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { projectRoot } from '../../pipelines/paths.js';
import { sqlString } from '../../pipelines/warehouse/warehouse-connection.js';
import type { TipoMeta } from '../../presentation/pni/target-kinds.js';

export type { TipoMeta };

/** One indicator of the PNI with its target interpretation (seeds pni_indicadores + pni_metas). */
export interface PniIndicator {
  readonly indicador: string;
  readonly eje: number;
  readonly actividad: string;
  readonly indicadorTexto: string;
  readonly metaTexto: string;
  readonly anioInicio: number;
  readonly anioFin: number;
  readonly orden: number;
  readonly tipoMeta: TipoMeta;
  /** The printed target as a number (per year, per month, period total, percentage, 1); null when undefined. */
  readonly valorMeta: number | null;
  readonly unidad: string;
  /** Whether the target counts whole things (its milestones are rounded up to the unit). */
  readonly unidadesEnteras: boolean;
  /** Deliverables and end-of-period totals only: the year it is due. */
  readonly anioMeta: number | null;
  readonly notaInterpretacion: string;
  /** Responsible institutions' codes (seed pni_responsables), in the seed's order. */
  readonly responsables: readonly string[];
  /** Whether the warehouse computes its value (seed pni_operacionales, `uso` = `valor`). */
  readonly operacional: boolean;
  /** What the warehouse computes beside it as context only (`uso` = `contexto`), or null. */
  readonly contexto: string | null;
}

export interface PniInstitution {
  readonly codigo: string;
  readonly sigla: string;
  readonly nombre: string;
}

export interface PniCatalogue {
  readonly indicators: readonly PniIndicator[];
  readonly institutions: ReadonlyMap<string, PniInstitution>;
  readonly activities: ReadonlyMap<string, string>;
  readonly axes: ReadonlyMap<number, string>;
}

type Row = Record<string, string | null>;

/** Returns the PNI catalogue read from the seed CSV files in `seedsDir`. */
export async function readPniCatalogue(seedsDir = join(projectRoot, 'seeds')): Promise<PniCatalogue> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const read = async (name: string): Promise<Row[]> => {
    const path = sqlString(join(seedsDir, `${name}.csv`));
    const reader = await connection.runAndReadAll(`select * from read_csv(${path}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`);
    return reader.getRowObjectsJS() as Row[];
  };
  try {
    const [indicadores, metas, responsables, operacionales, instituciones, actividades, ejes] = await Promise.all(
      ['pni_indicadores', 'pni_metas', 'pni_responsables', 'pni_operacionales', 'instituciones', 'pni_actividades', 'pni_ejes'].map(read),
    );
    const metaOf = new Map(metas.map((row) => [text(row.indicador), row]));
    const responsiblesOf = new Map<string, string[]>();
    for (const row of responsables) {
      const list = responsiblesOf.get(text(row.indicador)) ?? [];
      list.push(text(row.institucion));
      responsiblesOf.set(text(row.indicador), list);
    }
    const operational = new Set(operacionales.filter((row) => row.uso === 'valor').map((row) => text(row.indicador)));
    const context = new Map<string, string[]>();
    for (const row of operacionales.filter((candidate) => candidate.uso === 'contexto')) {
      context.set(text(row.indicador), [...(context.get(text(row.indicador)) ?? []), text(row.descripcion)]);
    }
    const indicators = indicadores.map((row): PniIndicator => {
      const meta = metaOf.get(text(row.indicador));
      if (!meta) throw new Error(`pni_metas no interpreta el indicador ${row.indicador}`);
      return {
        indicador: text(row.indicador),
        eje: Number(row.eje),
        actividad: text(row.actividad),
        indicadorTexto: text(row.indicador_texto),
        metaTexto: text(row.meta_texto),
        anioInicio: Number(row.anio_inicio),
        anioFin: Number(row.anio_fin),
        orden: Number(row.orden),
        tipoMeta: text(meta.tipo_meta) as TipoMeta,
        valorMeta: meta.valor_meta ? Number(meta.valor_meta) : null,
        unidad: text(meta.unidad),
        unidadesEnteras: meta.unidades_enteras === 'true',
        anioMeta: meta.anio_meta ? Number(meta.anio_meta) : null,
        notaInterpretacion: text(meta.nota_interpretacion),
        responsables: responsiblesOf.get(text(row.indicador)) ?? [],
        operacional: operational.has(text(row.indicador)),
        contexto: context.get(text(row.indicador))?.join('; ') ?? null,
      };
    });
    indicators.sort((a, b) => a.orden - b.orden);
    return {
      indicators,
      institutions: new Map(instituciones.map((row) => [text(row.codigo), { codigo: text(row.codigo), sigla: text(row.sigla), nombre: text(row.nombre) }])),
      activities: new Map(actividades.map((row) => [text(row.actividad), text(row.actividad_texto)])),
      axes: new Map(ejes.map((row) => [Number(row.eje), text(row.nombre)])),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const text = (value: string | null | undefined): string => value ?? '';
