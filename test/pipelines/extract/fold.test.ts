import { describe, expect, it } from 'vitest';
import { mapHeader } from '../../../pipelines/extract/delivery-header.js';
import { fold } from '../../../pipelines/extract/fold.js';
import { findSource } from '../../../pipelines/contract/landing-sources.js';

describe('fold', () => {
  it('trims, lower-cases, removes accents (ñ → n) and turns inner spaces into _', () => {
    expect(['  Trámite ', 'Oficina  Tipo', 'Aérea', 'Año', 'Niñez'].map(fold)).toEqual(['tramite', 'oficina_tipo', 'aerea', 'ano', 'ninez']);
  });
});

describe('mapHeader', () => {
  it('maps `ano` to anio, lists extras, missing required columns and duplicates', () => {
    const pni = findSource('pni')!;
    expect(mapHeader(pni, ['Indicador', 'Año', 'Valor', 'Comentario'])).toEqual({
      names: ['indicador', 'anio', 'valor', 'comentario'],
      extras: ['comentario'],
      missingRequired: [],
      duplicates: [],
    });
    expect(mapHeader(pni, ['indicador', 'anio', 'Año']).missingRequired).toEqual(['valor']);
    expect(mapHeader(pni, ['indicador', 'anio', 'Año']).duplicates).toEqual(['anio']);
  });
});
