import type { SourceOrigin } from './source-declaration.js';

// The directorates of the Manual de Organización that send data, and the systems they record in.
export const PASAPORTES: SourceOrigin = { unidad: 'Dirección de Emisión de Pasaporte', sistema: 'sistema de pasaporte biométrico' };
export const EXTRANJERIA: SourceOrigin = { unidad: 'Dirección de Extranjería', sistema: 'registro de extranjeros' };
export const CONTROL: SourceOrigin = { unidad: 'Dirección de Control Migratorio', sistema: 'sistema integrado de control migratorio' };
export const ATENCION: SourceOrigin = { unidad: 'Dirección de Atención al Migrante (GAMI)', sistema: 'Sistema Integrado de Gestión Migratoria (SIREs)' };
export const ESCUELA: SourceOrigin = { unidad: 'Escuela Migratoria', sistema: 'plataforma de control de módulos y evaluaciones' };
export const FINANCIERA: SourceOrigin = { unidad: 'Unidad Financiera Institucional', sistema: 'Sistema de Administración Financiera Integrado (SAFI)' };
export const COMPRAS: SourceOrigin = { unidad: 'Unidad de Compras Públicas' };
export const MECANISMO: SourceOrigin = { unidad: 'instituciones del Mecanismo de seguimiento del PNI', sistema: 'reportes anuales de indicadores' };
export const PLANIFICACION: SourceOrigin = { unidad: 'Unidad de Planificación', sistema: 'planes operativos anuales (POA) de las unidades' };
