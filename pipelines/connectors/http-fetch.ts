import { ConnectorError } from './connector.js';
import { pause } from '../time/pause.js';
import { redact, type Secret } from './credentials.js';

export interface FetchPolicy {
  readonly token?: Secret;
  /** Per-request limit, body included. */
  readonly timeoutMs: number;
  /** Attempts per request (1 = no retry). */
  readonly attempts: number;
  /** Wait before the first retry; it doubles on each further one. */
  readonly initialDelayMs: number;
  readonly signal: AbortSignal;
  readonly log: (message: string) => void;
}

/** Returns the URL as it may appear in a message: no query string, no user information. */
export function safeUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/**
 * Returns the parsed JSON body of a GET, retrying with exponential back-off on timeouts, network
 * errors, 429 and 5xx; other statuses fail at once. The bearer token goes only in the header, and
 * never into a message.
 */
export async function fetchJson(url: URL, policy: FetchPolicy): Promise<unknown> {
  let reason = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (policy.signal.aborted) throw new ConnectorError('se interrumpió la extracción: el servicio se está deteniendo', true);
    const outcome = await attemptOnce(url, policy);
    if ('body' in outcome) return outcome.body;
    reason = outcome.reason;
    if (!outcome.transient) throw new ConnectorError(redact(`${safeUrl(url)}: ${reason}`, [policy.token]), false);
    if (attempt < policy.attempts) {
      const delay = outcome.retryAfterMs ?? policy.initialDelayMs * 2 ** (attempt - 1);
      policy.log(`${safeUrl(url)}: ${reason}; intento ${attempt} de ${policy.attempts}, se reintenta en ${(delay / 1000).toFixed(1)} s`);
      await pause(delay, policy.signal);
    }
  }
  throw new ConnectorError(redact(`${safeUrl(url)}: ${reason} (después de ${policy.attempts} intentos)`, [policy.token]), true);
}

type Attempt = { body: unknown } | { reason: string; transient: boolean; retryAfterMs?: number };

async function attemptOnce(url: URL, policy: FetchPolicy): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  const stop = () => controller.abort();
  policy.signal.addEventListener('abort', stop, { once: true });
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json', ...(policy.token ? { authorization: `Bearer ${policy.token.reveal()}` } : {}) },
      signal: controller.signal,
    });
    if (response.ok) {
      const text = await response.text();
      try {
        return { body: JSON.parse(text) };
      } catch {
        return { reason: 'la respuesta no es JSON válido', transient: false };
      }
    }
    await response.body?.cancel().catch(() => {});
    const status = `respondió ${response.status} ${response.statusText}`.trim();
    if (response.status === 429 || response.status >= 500) {
      const retryAfter = Number(response.headers.get('retry-after'));
      return { reason: status, transient: true, retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 300) * 1000 : undefined };
    }
    const hint = response.status === 401 || response.status === 403 ? ' (revise el token)' : '';
    return { reason: status + hint, transient: false };
  } catch (error) {
    if (policy.signal.aborted) return { reason: 'interrumpido: el servicio se está deteniendo', transient: true };
    if (controller.signal.aborted) return { reason: `sin respuesta completa en ${policy.timeoutMs / 1000} s`, transient: true };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { reason: `error de red${cause ? ` (${cause})` : ''}`, transient: true };
  } finally {
    clearTimeout(timer);
    policy.signal.removeEventListener('abort', stop);
  }
}
