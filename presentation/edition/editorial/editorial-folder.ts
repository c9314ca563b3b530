import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { RunFailure } from '../../../pipelines/run-failure.js';
import { editorialAmount, editorialPopulation, optionalNumber, optionalText, recordEntries, requiredText, type Check } from './editorial-values.js';
import { DEFAULT_INSTITUTION, emptyEditorial, type EditorialContent, type EditorialProject } from './editorial-content.js';
import { isIsoDay } from '../publication-date.js';

/** The files of an edition folder (ediciones/LEEME.md describes each one). */
export const EDITORIAL_FILES = {
  edicion: 'edicion.yml',
  introduccion: 'introduccion.md',
  resumen: 'resumen-ejecutivo.md',
  plan: 'plan-institucional.md',
  estrategia: 'gestion-estrategica.md',
  proyectos: 'proyectos.yml',
  servicios: 'servicios.yml',
  coordinacion: 'coordinacion.yml',
  dificultades: 'dificultades.yml',
  proyecciones: 'proyecciones.md',
} as const;

/**
 * Returns the edition folder's content. A file that cannot be read as YAML stops the run (the
 * Unidad must fix it before the Memoria is filed); a value that is missing or malformed is reported
 * through `observe` and left out or printed as written.
 */
export async function loadEditorial(dir: string | undefined, observe: (message: string) => void): Promise<EditorialContent> {
  if (!dir) return emptyEditorial();
  const text = async (name: string) => (existsSync(join(dir, name)) ? (await readFile(join(dir, name), 'utf8')).trim() || undefined : undefined);
  const yaml = async (name: string): Promise<unknown> => {
    const source = await text(name);
    if (source === undefined) return undefined;
    try {
      return parse(source);
    } catch (error) {
      throw new RunFailure(`el archivo ${join(basename(dir), name)} de la carpeta editorial no es YAML válido: ${(error as Error).message}`);
    }
  };
  const check = (file: string): Check => ({ file, observe: (message) => observe(`${file}: ${message}`) });

  const edicion = asRecord(await yaml(EDITORIAL_FILES.edicion));
  const c = check(EDITORIAL_FILES.edicion);
  const firma = asRecord(edicion.firma);
  const metas = asList(edicion.metas).flatMap((item, index) => {
    const meta = asRecord(item);
    const where = `metas[${index + 1}]`;
    const medida = requiredText(meta.medida, `${where}.medida`, c);
    const value = optionalNumber(meta.meta, `${where}.meta`, c);
    if (medida === undefined || value === undefined) return [];
    const filtro = Object.fromEntries(recordEntries(meta.filtro).map(([column, codes]) => [column, (Array.isArray(codes) ? codes : [codes]).map(String)]));
    return [{ medida, meta: value, descripcion: optionalText(meta.descripcion, `${where}.descripcion`, c) ?? medida, ...(Object.keys(filtro).length ? { filtro } : {}) }];
  });

  const servicios = new Map(
    recordEntries(await yaml(EDITORIAL_FILES.servicios)).map(([codigo, value]) => {
      const service = asRecord(value);
      const s = check(EDITORIAL_FILES.servicios);
      const field = (name: string) => optionalText(service[name], `${codigo}.${name}`, s);
      return [codigo, { titulo: field('titulo'), objetivo: field('objetivo'), unidad: field('unidad'), problema: field('problema'), solucion: field('solucion'), nota: field('nota') }];
    }),
  );

  const coordinacion = asRecord(await yaml(EDITORIAL_FILES.coordinacion));
  const k = check(EDITORIAL_FILES.coordinacion);
  let posicionDerivaciones: number | undefined;
  const iniciativas = asList(coordinacion.iniciativas).flatMap((item, index) => {
    const row = asRecord(item);
    const where = `iniciativas[${index + 1}]`;
    if (row.derivaciones === true && row.iniciativa === undefined) {
      posicionDerivaciones = index;
      return [];
    }
    const iniciativa = requiredText(row.iniciativa, `${where}.iniciativa`, k);
    if (iniciativa === undefined) return [];
    return [
      {
        iniciativa,
        instituciones: optionalText(row.instituciones, `${where}.instituciones`, k),
        tipo: optionalText(row.tipo, `${where}.tipo`, k),
        resultados: optionalText(row.resultados, `${where}.resultados`, k),
        poblacion: editorialPopulation(row.poblacion, `${where}.poblacion`, k),
        inversion: row.inversion === undefined || row.inversion === null ? undefined : editorialAmount(row.inversion, `${where}.inversion`, k),
        financiamiento: optionalText(row.financiamiento, `${where}.financiamiento`, k),
      },
    ];
  });
  const derivaciones = new Map(
    recordEntries(coordinacion.derivaciones).map(([codigo, value]) => {
      const row = asRecord(value);
      return [
        codigo,
        {
          iniciativa: optionalText(row.iniciativa, `derivaciones.${codigo}.iniciativa`, k),
          resultados: optionalText(row.resultados, `derivaciones.${codigo}.resultados`, k),
          financiamiento: optionalText(row.financiamiento, `derivaciones.${codigo}.financiamiento`, k),
        },
      ];
    }),
  );

  const d = check(EDITORIAL_FILES.dificultades);
  const dificultades = asList(await yaml(EDITORIAL_FILES.dificultades)).flatMap((item, index) => {
    const row = asRecord(item);
    const where = `[${index + 1}]`;
    const dificultad = requiredText(row.dificultad, `${where}.dificultad`, d);
    if (dificultad === undefined) return [];
    return [
      { dificultad, tipo: optionalText(row.tipo, `${where}.tipo`, d), gestion: optionalText(row.gestion, `${where}.gestion`, d), soluciones: optionalText(row.soluciones, `${where}.soluciones`, d) },
    ];
  });

  return {
    carpeta: dir,
    institucion: optionalText(edicion.institucion, 'institucion', c) ?? DEFAULT_INSTITUTION.institucion,
    siglas: optionalText(edicion.siglas, 'siglas', c) ?? DEFAULT_INSTITUTION.siglas,
    ministerio: optionalText(edicion.ministerio, 'ministerio', c) ?? DEFAULT_INSTITUTION.ministerio,
    notaMetodologica: optionalText(edicion.nota, 'nota', c),
    proximaPublicacion: optionalDay(edicion.proxima_publicacion, 'proxima_publicacion', c),
    firma: firma.nombre ? { nombre: requiredText(firma.nombre, 'firma.nombre', c) ?? '', cargo: optionalText(firma.cargo, 'firma.cargo', c) ?? '' } : undefined,
    metas,
    introduccion: await text(EDITORIAL_FILES.introduccion),
    resumenEjecutivo: await text(EDITORIAL_FILES.resumen),
    planInstitucional: await text(EDITORIAL_FILES.plan),
    gestionEstrategica: await text(EDITORIAL_FILES.estrategia),
    proyectos: readProjects(await yaml(EDITORIAL_FILES.proyectos), check(EDITORIAL_FILES.proyectos)),
    servicios,
    iniciativas,
    posicionDerivaciones,
    derivaciones,
    fuenteCoordinacion: optionalText(coordinacion.fuente, 'fuente', k),
    dificultades,
    proyecciones: await text(EDITORIAL_FILES.proyecciones),
  };
}

function readProjects(value: unknown, c: Check): EditorialProject[] {
  return asList(value).flatMap((item, index) => {
    const row = asRecord(item);
    const where = `[${index + 1}]`;
    const nombre = requiredText(row.nombre, `${where}.nombre`, c);
    if (nombre === undefined) return [];
    const inversion = new Map(
      recordEntries(row.inversion).flatMap(([year, amount]) => {
        if (!/^\d{4}$/.test(year)) {
          c.observe(`${where}.inversion: «${year}» no es un año (se esperan montos por ejercicio, p. ej. 2023: 6640.00).`);
          return [];
        }
        return amount === null || amount === undefined ? [] : [[Number(year), editorialAmount(amount, `${where}.inversion.${year}`, c)] as const];
      }),
    );
    return [
      {
        nombre,
        inversion,
        estado: optionalText(row.estado, `${where}.estado`, c),
        descripcion: optionalText(row.descripcion, `${where}.descripcion`, c),
        fuente: optionalText(row.fuente, `${where}.fuente`, c),
        avances: optionalText(row.avances, `${where}.avances`, c),
        poblacion: editorialPopulation(row.poblacion, `${where}.poblacion`, c),
        porcentaje_avance: optionalNumber(row.porcentaje_avance, `${where}.porcentaje_avance`, c),
        finalizacion: optionalText(row.finalizacion, `${where}.finalizacion`, c),
      },
    ];
  });
}

/** Returns a calendar day written `AAAA-MM-DD`, or undefined (reported) when it is not one. */
function optionalDay(value: unknown, where: string, c: Check): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  if (isIsoDay(text)) return text;
  c.observe(`${where} = «${text}» no es una fecha AAAA-MM-DD (por ejemplo 2024-06-28); se omite.`);
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
