// The one transport of the client and the proxy: ky for the timeout, retries and hooks; our fetch step refuses redirects.
import ky, { type Options } from 'ky';
import { OnceLinkError } from '../core/errors.js';

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The API answered a redirect. Never followed: the key would go to whatever host it names. */
export class RedirectRefused extends OnceLinkError {
  constructor(readonly status: number) {
    super(
      `the API answered a redirect (${status || 'opaque'}); not followed, so the API key goes only to baseURL.`,
    );
  }
}

/** A 3xx, or in a browser the opaque answer that a `redirect: 'manual'` fetch gives for one. */
const isRedirect = (response: Response): boolean =>
  response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);

export interface SendOptions extends Omit<Options, 'fetch' | 'redirect' | 'prefixUrl'> {
  /** The fetch to call; the global one when absent. */
  fetch?: Fetch | undefined;
  /** Reads the answer inside the attempt, so the timeout and an abort end a body that stalls too. */
  read?: ((response: Response) => Promise<void>) | undefined;
  /** Called once when an attempt is over, however it ended (the rate limiter frees its slot here). */
  onAttemptEnd?: (() => void) | undefined;
}

/** One call through ky; every attempt refuses a redirect and ends when its signal aborts. */
export function send(
  url: string,
  { fetch: fetchImpl, read, onAttemptEnd, ...options }: SendOptions,
): Promise<Response> {
  return ky(url, {
    ...options,
    redirect: 'manual',
    fetch: async (request, init) => {
      const signal = (request as Request).signal;
      const attempt = (async () => {
        const response = await (fetchImpl ?? globalThis.fetch)(request, init);
        if (isRedirect(response)) {
          void response.body?.cancel().catch(() => undefined);
          throw new RedirectRefused(response.status);
        }
        await read?.(response);
        return response;
      })();
      try {
        // The global fetch ends on its signal by itself; only a custom one needs the race.
        return await (fetchImpl ? settleOnAbort(attempt, signal) : attempt);
      } finally {
        onAttemptEnd?.();
      }
    },
  });
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts: a custom fetch may ignore the
 * signal, and the caller's abort and the timeout must still end the attempt.
 */
function settleOnAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => reject(signal.reason as Error);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  return Promise.race([work, aborted]);
}
