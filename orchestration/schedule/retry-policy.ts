/** How a source whose pull failed transiently is retried: attempts in all, and exponential back-off between them. */
export interface RetryPolicy {
  /** Attempts per scheduled slot, the first included. */
  readonly intentos: number;
  readonly esperaInicialMs: number;
  readonly factor: number;
  readonly esperaMaximaMs: number;
}

/** Returns the wait after failed attempt `attempt` (1 = the scheduled run): initial × factor^(attempt−1), capped. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.esperaMaximaMs, policy.esperaInicialMs * policy.factor ** (attempt - 1));
}

/** Returns whether another attempt is allowed after failed attempt `attempt`. */
export function mayRetry(policy: RetryPolicy, attempt: number): boolean {
  return attempt < policy.intentos;
}
