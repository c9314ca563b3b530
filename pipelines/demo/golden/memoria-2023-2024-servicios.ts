/**
 * Figures printed in the 2023-2024 Memoria de Labores (shared seed 000) that the demo landing data
 * is calibrated to: services tables, by category, sex and period. `anterior` is Jun-22..Mar-23,
 * `actual` Jun-23..Mar-24. Comparison figures the Memoria does not print live in the generators.
 */

export interface Sexes {
  readonly m: number;
  readonly f: number;
}

export interface BySexAndPeriod {
  readonly anterior: Sexes;
  readonly actual: Sexes;
}

const mf = (m0: number, f0: number, m1: number, f1: number): BySexAndPeriod => ({
  anterior: { m: m0, f: f0 },
  actual: { m: m1, f: f1 },
});

/** Tabla 9: passports issued per sucursal office. */
export const PASAPORTES_SUCURSALES = {
  central: mf(4645, 5294, 13559, 16305),
  santa_ana: mf(4182, 4716, 15052, 16754),
  san_miguel: mf(5628, 6539, 16644, 20359),
  soyapango: mf(5993, 6982, 17317, 22191),
  las_cascadas: mf(7084, 8558, 24814, 29204),
  masferrer: mf(2766, 3114, 8667, 10118),
  pasatiempo: mf(3300, 3292, 11265, 11756),
  usulutan: mf(1546, 1765, 5003, 6085),
} as const satisfies Record<string, BySexAndPeriod>;

/** Tabla 9: passports issued by all consulates together. */
export const PASAPORTES_CONSULADOS: BySexAndPeriod = mf(23789, 17332, 83116, 70228);

/** Tabla 6 (PEL): online renewals issued, Dec-23..Mar-24 (the demo's `canal = en_linea`). */
export const PASAPORTES_EN_LINEA: Sexes = { m: 1060, f: 1237 };

/** Tabla 10: residence resolutions per calidad. */
export const RESIDENCIAS_CALIDAD = {
  residencia_definitiva: mf(464, 524, 516, 543),
  refrenda_residencia_definitiva: mf(1359, 1459, 1082, 1259),
  residencia_temporal: mf(1316, 839, 1582, 909),
  prorroga_residencia_temporal: mf(760, 514, 726, 548),
  residencia_transitoria: mf(146, 14, 226, 32),
  prorroga_residencia_transitoria: mf(20, 5, 16, 1),
} as const satisfies Record<string, BySexAndPeriod>;

/** Tabla 12: nationality resolutions per trámite. */
export const NACIONALIDAD_TRAMITE = {
  recuperacion: mf(19, 16, 26, 23),
  renuncia: mf(20, 14, 19, 9),
  nacionalizacion: mf(107, 187, 125, 195),
  naturalizacion: mf(36, 34, 46, 33),
} as const satisfies Record<string, BySexAndPeriod>;

/** Tabla 15: border flow per direction. */
export const FLUJO_DIRECCION = {
  entrada: mf(2766209, 1930765, 3250307, 2429934),
  salida: mf(2638820, 1905022, 3126383, 2448337),
} as const satisfies Record<string, BySexAndPeriod>;

/** Tabla 17: returned Salvadorans per way of return. */
export const RETORNADOS_VIA = {
  aerea: mf(6631, 3960, 8720, 4356),
  terrestre: mf(30, 11, 24, 2),
} as const satisfies Record<string, BySexAndPeriod>;

/** Tabla 23: returned people referred to each institution, reporting period (M, F). */
export const DERIVACIONES_ACTUAL = {
  minsal: { m: 769, f: 827 },
  pnc: { m: 7047, f: 2948 },
  conapina: { m: 1423, f: 2075 },
  pgr: { m: 133, f: 104 },
  olav: { m: 216, f: 174 },
  mrree: { m: 670, f: 391 },
  isdemu: { m: 7, f: 281 },
  mtps: { m: 1081, f: 622 },
  rnpn: { m: 103, f: 13 },
} as const satisfies Record<string, Sexes>;

/**
 * Tabla 22: distinct returned people referred, June–December 2023 and January–March 2024 ("De junio
 * a diciembre de 2023 se benefició a 4,652 personas y a 2414, de enero a marzo de 2024"), and the
 * whole period by sex (3,893 M, 3,173 F): 7,066 people behind Tabla 23's 18,884 referrals.
 */
export const DERIVACIONES_PERSONAS = {
  tramos: [
    { desde: '2023-06', hasta: '2023-12', personas: 4652 },
    { desde: '2024-01', hasta: '2024-03', personas: 2414 },
  ],
  actual: { m: 3893, f: 3173 },
} as const;

/** Tabla 18: foreigners sheltered at the CAIPEM, reporting period, and their nationalities. */
export const RESGUARDOS_ACTUAL: Sexes = { m: 95, f: 63 };
export const RESGUARDOS_NACIONALIDADES = ['COL', 'ECU', 'HND', 'VEN'] as const;

/** Tablas 11, 13, 14, 16, 19-21: reporting-period totals without a sex split. */
export const TOTALES_ACTUAL = {
  visas: { visa: 3884, prorroga: 3693, aval_pei: 548 },
  certificaciones: { certificacion_movimientos: 3385, constancia_no_restriccion: 128 },
  prechequeo: { prechequeo_terrestre: 682120, control_movil: 1161, autorizacion_salida_nna: 44001 },
} as const;

/** Tabla 11: PEI endorsements exist from November 2023 (the online platform's launch). */
export const AVAL_PEI_DESDE = '2023-11';

/** Tablas 20 and 21: growth over the comparison period, in percent. */
export const CRECIMIENTO_PCT = { control_movil: 46.6, autorizacion_salida_nna: 25 } as const;
