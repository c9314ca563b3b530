import { PASAPORTES } from '../origins.js';
import { closed, countSource, open, sexo } from '../source-declaration.js';

export const pasaportes = countSource({
  name: 'pasaportes',
  description: 'Pasaportes emitidos por las sucursales de la Gerencia de Emisión de Pasaporte y por los consulados de El Salvador en el exterior.',
  origin: PASAPORTES,
  counts: 'documentos',
  definition: 'Pasaportes emitidos: documentos entregados en sucursales y consulados; una persona que renueva dos veces cuenta dos.',
  area: 'pasaportes',
  scheduleNote: 'Pasaportes emitidos: cada día a las 05:30.',
  dimensions: [
    closed('oficina_tipo', 'oficina_tipo', 'Tipo de oficina que emitió el pasaporte: `sucursal` (en El Salvador) o `consulado` (en el exterior).'),
    open('oficina', 'Código de la oficina: la sucursal (`central`, `santa_ana`, `san_miguel`, …) o la ciudad del consulado (`los_angeles`, …).', {
      seed: 'oficinas',
      scope: 'oficina_tipo',
      labels: 'oficina',
    }),
    sexo(),
    closed('tramite', 'tramite_pasaporte', 'Trámite del pasaporte: `primera_vez`, `renovacion` o `revalidacion`; vacío cuando la fuente no lo envió.', false),
    closed('canal', 'canal', 'Canal del trámite: `presencial` o `en_linea`; vacío cuando la fuente no lo envió.', false),
  ],
  title: 'Pasaportes emitidos por mes',
  measures: [
    {
      key: 'pasaportes',
      nombre: 'Pasaportes emitidos',
      unidad: { singular: 'pasaporte emitido', plural: 'pasaportes emitidos' },
      cuadro: 'pasaportes_oficina',
      memoria: {
        orden: 10,
        titulo: 'Emitir pasaportes salvadoreños',
        grafico: 'comparacion',
        tablas: [{ kind: 'cuadro', cuadro: 'pasaportes_oficina', encabezado: 'Oficina', nota: 'Total: todas las sucursales. Total general: sucursales y consulados.' }],
      },
    },
  ],
  cube: { dims: ['mes', 'oficina', 'sexo'] },
});
