// When a failed attempt may be tried again, and how long to wait first (backoff with jitter, or Retry-After).
import { parseRetryAfterSeconds } from '../core/errors.js';
import type { Clock } from '../core/clock.js';

const initialDelayMs = 500;
const maxDelayMs = 8_000;
/** A Retry-After longer than this is not waited for: the error goes to the caller instead. */
const maxRetryAfterMs = 60_000;

export type Failure =
  { kind: 'status'; status: number } | { kind: 'connection'; refused: boolean } | { kind: 'timeout' };

/**
 * 429 is always safe to retry (the server did nothing). 5xx, timeouts and connection errors
 * only for GET and DELETE: a POST may have made a link, and a retry must never mint a second
 * one, unless the connection was refused (the request never reached the server).
 */
export function isRetryable(method: string, failure: Failure): boolean {
  const idempotent = method === 'GET' || method === 'DELETE';
  if (failure.kind === 'status') return failure.status === 429 || (failure.status >= 500 && idempotent);
  if (failure.kind === 'connection') return idempotent || failure.refused;
  return idempotent;
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based): the server's Retry-After when
 * it gave one, else exponential backoff with up to 25% jitter. Undefined when Retry-After asks
 * for more than a minute: better to tell the caller than to hang.
 */
export function retryDelayMs(
  attempt: number,
  headers: Headers | undefined,
  clock: Clock,
): number | undefined {
  const seconds = parseRetryAfterSeconds(headers?.get('retry-after') ?? null, clock.now());
  if (seconds !== undefined) return seconds * 1000 <= maxRetryAfterMs ? seconds * 1000 : undefined;
  return Math.min(initialDelayMs * 2 ** attempt, maxDelayMs) * (1 - clock.random() * 0.25);
}

/** True when an error from fetch says the connection was refused (Node puts the code on `cause`). */
export function isConnectionRefused(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e === 'object' && 'code' in e && e.code === 'ECONNREFUSED') return true;
    e = typeof e === 'object' && 'cause' in e ? e.cause : undefined;
  }
  return false;
}
