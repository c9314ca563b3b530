import { describe, expect, it } from 'vitest';
import { parseSchedule, ScheduleError } from '../../../orchestration/schedule/schedule-config.js';
import type { FolderConnectorConfig, HttpConnectorConfig, PostgresConnectorConfig } from '../../../pipelines/connectors/connector-config.js';

const parse = (fuente: string, conector: unknown) => parseSchedule({ fuentes: { [fuente]: { cron: '0 6 * * *', conector } } }, 'horario.json', '/srv/memoria').fuentes[0].conector;
const error = (fuente: string, conector: unknown) => {
  try {
    parse(fuente, conector);
  } catch (caught) {
    expect(caught).toBeInstanceOf(ScheduleError);
    return (caught as Error).message;
  }
  throw new Error('no falló');
};
const postgres = { tipo: 'postgres', conexion_env: 'MEMORIA_PG', tabla: 't', marca_agua: 'm' };
const http = { tipo: 'http', url: 'https://api.example.gob.sv/pni' };

describe('the «mapeo» of a source in the schedule file', () => {
  it('is read beside the settings of every connector type', () => {
    const mapeo = { columnas: { sexo: 'SEXO_ID', fecha: 'FEC_EMISION' }, valores: { sexo: { '1': 'M', '2': 'F' } }, formato_fecha: 'DD/MM/AAAA' };
    const folder = parse('pasaportes', { tipo: 'carpeta', mapeo }) as FolderConnectorConfig;
    expect(folder.mapeo).toMatchObject({ columnas: mapeo.columnas, valores: mapeo.valores, formatoFecha: { text: 'DD/MM/AAAA', month: false } });
    expect(folder.mapeo?.formatoFecha?.toContract('15/03/2024')).toBe('2024-03-15');
    expect((parse('retornados', { ...postgres, mapeo }) as PostgresConnectorConfig).mapeo).toMatchObject({ columnas: mapeo.columnas, valores: mapeo.valores });
    expect((parse('pni', { ...http, mapeo: { columnas: { indicador: 'codigo' } } }) as HttpConnectorConfig).mapeo).toEqual({ columnas: { indicador: 'codigo' }, valores: {}, formatoFecha: undefined });
    // Without a mapping the folder connector stays the plain one.
    expect(parse('pasaportes', { tipo: 'carpeta' })).toEqual({ tipo: 'carpeta' });
  });

  it('still accepts the older «columnas» of the postgres and http connectors, as mapeo.columnas, but not both at once', () => {
    expect((parse('retornados', { ...postgres, columnas: { pais_procedencia: 'pais_origen' } }) as PostgresConnectorConfig).mapeo).toEqual({
      columnas: { pais_procedencia: 'pais_origen' },
      valores: {},
    });
    expect((parse('pni', { ...http, columnas: { indicador: 'codigo' } }) as HttpConnectorConfig).mapeo).toEqual({ columnas: { indicador: 'codigo' }, valores: {} });
    expect(error('pni', { ...http, columnas: { indicador: 'codigo' }, mapeo: { valores: { institucion: { MT: 'mtps' } } } })).toContain(
      'fuentes.pni.conector: «columnas» y «mapeo» a la vez; escriba las columnas solo en mapeo.columnas',
    );
    expect(error('pasaportes', { tipo: 'carpeta', columnas: { sexo: 'SEXO_ID' } })).toContain('fuentes.pasaportes.conector.columnas: campo desconocido (se admiten: tipo, mapeo)');
  });

  it('names the field of every mistake, in Spanish', () => {
    const folder = (mapeo: unknown) => error('pasaportes', { tipo: 'carpeta', mapeo });
    expect(folder(['sexo'])).toContain('fuentes.pasaportes.conector.mapeo: debe ser un objeto con «columnas», «valores» o «formato_fecha»');
    expect(folder({ formato: 'DD/MM/AAAA' })).toContain('fuentes.pasaportes.conector.mapeo.formato: campo desconocido (se admiten: columnas, valores, formato_fecha)');
    expect(folder({ columnas: { genero: 'SEXO_ID' } })).toContain('fuentes.pasaportes.conector.mapeo.columnas.genero: no es una columna de pasaportes en el contrato (columnas: fecha');
    expect(folder({ columnas: { sexo: '' } })).toContain('mapeo.columnas.sexo: debe ser el nombre de una columna o campo del sistema');
    expect(folder({ valores: { nacionalidad: { '1': 'SLV' } } })).toContain('fuentes.pasaportes.conector.mapeo.valores.nacionalidad: no es una columna de pasaportes en el contrato');
    expect(folder({ valores: { sexo: ['M', 'F'] } })).toContain('mapeo.valores.sexo: debe ser un objeto { «valor del sistema»: «valor del contrato» } con al menos un valor');
    expect(folder({ valores: { sexo: {} } })).toContain('con al menos un valor');
    expect(folder({ valores: { sexo: { '1': 1 } } })).toContain('mapeo.valores.sexo.1: el valor del contrato debe ser un texto (entre comillas), se leyó 1');
    expect(folder({ valores: { oficina: { 'San Miguel': 'san_miguel', 'SAN MIGUEL': 'central' } } })).toContain(
      'mapeo.valores.oficina: «San Miguel» y «SAN MIGUEL» son el mismo valor (se comparan sin mayúsculas, acentos ni espacios) y se traducen distinto',
    );
    expect(folder({ formato_fecha: 'DD/MM/AA' })).toContain('fuentes.pasaportes.conector.mapeo.formato_fecha: formato no admitido «DD/MM/AA»: se admiten, por ejemplo:');
    expect(folder({ formato_fecha: 20240315 })).toContain('mapeo.formato_fecha: debe ser un texto como «DD/MM/AAAA»');
    expect(error('retornados', { ...postgres, mapeo: { formato_fecha: 'YYYY-MM-DD' } })).toContain('fuentes.retornados.conector.mapeo.formato_fecha: formato no admitido «YYYY-MM-DD»: escriba');
    expect(error('pni', { ...http, columnas: { codigo: 'indicador' } })).toContain('fuentes.pni.conector.columnas.codigo: no es una columna de pni en el contrato');
  });

  it('accepts two spellings of one value when they agree', () => {
    const folder = parse('pasaportes', { tipo: 'carpeta', mapeo: { valores: { oficina: { 'San Miguel': 'san_miguel', 'SAN MIGUEL': 'san_miguel' } } } }) as FolderConnectorConfig;
    expect(folder.mapeo?.valores.oficina).toEqual({ 'San Miguel': 'san_miguel', 'SAN MIGUEL': 'san_miguel' });
  });
});
