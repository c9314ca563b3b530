import type { EditorialAmount, EditorialPopulation } from './editorial-content.js';

/** Where a value comes from and how to report a problem with it. */
export interface Check {
  readonly file: string;
  observe(message: string): void;
}

/** Returns a text value, or undefined (reported) when it is not text. Numbers are accepted as text. */
export function optionalText(value: unknown, where: string, check: Check): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  check.observe(`${where} debería ser un texto.`);
  return undefined;
}

/** Returns a required text value, or undefined (reported) when it is missing. */
export function requiredText(value: unknown, where: string, check: Check): string | undefined {
  const text = optionalText(value, where, check);
  if (text === undefined) check.observe(`falta ${where}; se omite esa entrada.`);
  return text;
}

/** Returns a number written as a number or as text with comma thousands (`366,200`), or undefined (reported). */
export function optionalNumber(value: unknown, where: string, check: Check): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim().replace(/,/g, ''));
  check.observe(`${where} = «${String(value)}» no es un número (use 366200 o 366,200).`);
  return undefined;
}

const AMOUNT = /^\$?\s*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Returns an amount in dollars typed in the folder: a YAML number (`6640.00`) or text in the Memoria's
 * format (`$ 1,610,317.80`). Anything else (`$1,610,317,80`, `$32, 997.14`) is reported and printed
 * as written, never guessed.
 */
export function editorialAmount(value: unknown, where: string, check: Check): EditorialAmount {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { monto: value.toFixed(2), escrito: String(value) };
  const text = String(value).trim();
  const match = AMOUNT.exec(text);
  if (match) return { monto: `${match[1].replace(/,/g, '')}.${(match[2] ?? '').padEnd(2, '0')}`, escrito: text };
  check.observe(`${where} = «${text}» no es un monto válido (use 1610317.80 o $ 1,610,317.80); se imprime tal como está escrito.`);
  return { monto: null, escrito: text };
}

/** Returns people reached, `{m, f}` or `{total}`, with whole non-negative numbers; undefined when absent. */
export function editorialPopulation(value: unknown, where: string, check: Check): EditorialPopulation | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return { total: wholeOrUndefined(value, where, check) };
  if (typeof value !== 'object' || Array.isArray(value)) {
    check.observe(`${where} debería ser {m: …, f: …} o {total: …}.`);
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const read = (key: string) => (record[key] === undefined || record[key] === null ? undefined : wholeOrUndefined(optionalNumber(record[key], `${where}.${key}`, check), `${where}.${key}`, check));
  const medida = optionalText(record.medida, `${where}.medida`, check);
  const filtro = Object.fromEntries(
    recordEntries(record.filtro).flatMap(([column, code]) => {
      if (typeof code === 'string' || typeof code === 'number') return [[column, String(code)]];
      check.observe(`${where}.filtro.${column} debería ser un código.`);
      return [];
    }),
  );
  return { m: read('m'), f: read('f'), total: read('total'), medida, ...(Object.keys(filtro).length ? { filtro } : {}) };
}

function wholeOrUndefined(value: number | undefined, where: string, check: Check): number | undefined {
  if (value === undefined) return undefined;
  if (Number.isSafeInteger(value) && value >= 0) return value;
  check.observe(`${where} = ${value} no es una cantidad de personas.`);
  return undefined;
}

/** Returns the entries of a YAML mapping (empty when the value is not a mapping). */
export function recordEntries(value: unknown): [string, unknown][] {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value as Record<string, unknown>) : [];
}
