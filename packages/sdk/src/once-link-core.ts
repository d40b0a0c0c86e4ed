// OnceLinkCore: the one small HTTP core every resource goes through (auth, limiter, retries, timeouts, errors, validation).
import { HTTPError, TimeoutError } from 'ky';
import type * as z from './internal/zod.js';
import { DEFAULT_BASE_URL, checkBaseURL, isBrowser } from './internal/base-url.js';
import { maxTimeout, systemClock, type Clock } from './core/clock.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  OnceLinkError,
  ResponseValidationError,
  apiErrorFor,
  type APIErrorFields,
} from './core/errors.js';
import { errorMessage } from './internal/error-message.js';
import { checkApiKey, checkHeaders } from './internal/headers.js';
import { PagePromise, type Page } from './core/pagination.js';
import { RateLimiter, type Release } from './internal/rate-limiter.js';
import { readCapped } from './internal/read-capped.js';
import { RedirectRefused, send } from './internal/transport.js';
import type { Query, RequestOptions } from './core/request-options.js';
import { waitSignal, type InternalRequestOptions } from './internal/wait-signal.js';
import { isConnectionRefused, isRetryable, retryDelayMs, type Failure } from './internal/retry.js';
import { validate } from './internal/validation.js';

/**
 * The most of one answer the client reads: a full page of 100 expanded bookings is well under
 * 1 MB, and a broken or hostile server must not be able to fill the process's memory.
 */
const maxResponseBytes = 5 * 1024 * 1024;
const decoder = new TextDecoder();

export interface ClientOptions {
  /** The account's API key. Server-side only: in a browser point `baseURL` at your proxy instead. */
  apiKey?: string | undefined;
  /** Defaults to the real API; a proxy made with `@oncelink/sdk/proxy` works too (e.g. `/api/oncehub`). */
  baseURL?: string | undefined;
  /** A fetch implementation; defaults to the global one. */
  fetch?: ((input: string | URL | Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Milliseconds per attempt; default 30 000, at most 2^31 - 1 (about 24.8 days). */
  timeout?: number | undefined;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number | undefined;
  /** Client-side limit on request starts per second; default 5 (the account limit). Below 1, e.g. 0.5, spaces them 1/rate s apart. */
  maxRequestsPerSecond?: number | undefined;
  defaultHeaders?: Record<string, string> | undefined;
  /** Allows an `apiKey` in a browser. Anyone who opens the page can then read the key. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** Time source for backoff and the limiter; tests pass a fake one so nothing really waits. */
  clock?: Clock | undefined;
}

/** What a resource asks the core to do. */
export interface APIRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Route below the base URL, without a leading slash (build it with `path`). */
  path: string;
  query?: Query | undefined;
  body?: unknown;
}

function searchParams(query: Query | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

function checkCount(name: string, value: number | undefined, fallback: number, max = Infinity): number {
  if (value === undefined) return fallback;
  if (!(value >= 0) || !Number.isFinite(value)) {
    throw new OnceLinkError(`${name} must be a finite number of 0 or more; got ${String(value)}.`);
  }
  if (value > max)
    throw new OnceLinkError(
      `${name} must be at most ${max} ms (about 24.8 days, the longest a timer waits); got ${value}.`,
    );
  return value;
}

const checkTimeout = (value: number | undefined, fallback: number) =>
  checkCount('timeout', value, fallback, maxTimeout);

/**
 * The HTTP core without any resource attached. `new MasterPages(core)` and friends add the
 * endpoints, so a bundle carries only the resources it uses; `OnceLink` has them all.
 */
export class OnceLinkCore {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly #apiKey: string | undefined;
  readonly #headers: Record<string, string>;
  readonly #fetch: ClientOptions['fetch'];
  readonly #clock: Clock;
  readonly #limiter: RateLimiter;

  constructor(options: ClientOptions = {}) {
    if (options.apiKey !== undefined && isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new OnceLinkError(
        'Refusing to use an apiKey in a browser: anyone who opens the page could read it. ' +
          "Point baseURL at a proxy made with '@oncelink/sdk/proxy' instead, or pass dangerouslyAllowBrowser: true if you accept the risk.",
      );
    }
    if (options.apiKey !== undefined) checkApiKey('', options.apiKey);
    this.baseURL = checkBaseURL(options.baseURL ?? DEFAULT_BASE_URL);
    this.timeout = checkTimeout(options.timeout, 30_000);
    this.maxRetries = checkCount('maxRetries', options.maxRetries, 2);
    this.#apiKey = options.apiKey;
    checkHeaders('defaultHeaders', options.defaultHeaders);
    this.#headers = { ...options.defaultHeaders };
    this.#fetch = options.fetch;
    this.#clock = options.clock ?? systemClock;
    this.#limiter = new RateLimiter(options.maxRequestsPerSecond ?? 5, this.#clock);
    // Last, so a bad option value is named first. Without a key the API answers every call
    // 401 "Invalid API key", which says nothing about a key that was never passed.
    if (options.apiKey === undefined && this.baseURL === DEFAULT_BASE_URL) {
      throw new OnceLinkError(
        'No apiKey, and baseURL is the OnceHub API itself, which needs one. Pass apiKey (read from an environment ' +
          "variable? check that it is set), or point baseURL at a proxy made with '@oncelink/sdk/proxy' instead.",
      );
    }
  }

  /**
   * Sends one API request and returns the validated body. ky runs the attempts, the timeout and
   * the retries; which failures are retried and how long to wait are ours (`internal/retry.ts`).
   */
  async request<S extends z.ZodMiniType>(
    req: APIRequest,
    schema: S,
    options: RequestOptions = {},
  ): Promise<z.output<S>> {
    const maxRetries = checkCount('maxRetries', options.maxRetries, this.maxRetries);
    const timeout = checkTimeout(options.timeout, this.timeout);
    const route = `${req.method} /${req.path}`;
    checkHeaders(route, options.headers);
    const body = serialize(route, req.body);
    const userSignal = options.signal;
    const waits = (options as InternalRequestOptions)[waitSignal] ?? userSignal;
    const query = searchParams(req.query).toString();
    let release: Release | undefined;
    let answer: unknown;
    let delay: number | undefined;
    const aborted = (cause: unknown, waiting = '') =>
      new APIUserAbortError(`${route} was aborted${waiting}.`, { cause });
    try {
      const response = await send(`${this.baseURL}/${req.path}${query ? `?${query}` : ''}`, {
        method: req.method,
        headers: this.#headersFor(options.headers, body !== undefined),
        ...(body === undefined ? {} : { body }),
        ...(userSignal ? { signal: userSignal } : {}),
        timeout,
        ...(this.#fetch ? { fetch: this.#fetch } : {}),
        retry: {
          // ky counts whole retries; ours went on while attempt < maxRetries, so a fraction rounds up.
          limit: Math.ceil(maxRetries),
          methods: ['get', 'post', 'delete'],
          // Ours decides every case: ky's own rules would retry a POST's 5xx and read Retry-After loosely.
          shouldRetry: ({ error, retryCount }) => {
            const failure = userSignal?.aborted ? undefined : failureOf(error);
            if (!failure || !isRetryable(req.method, failure)) return false;
            const headers = error instanceof HTTPError ? error.response.headers : undefined;
            delay = retryDelayMs(retryCount - 1, headers, this.#clock);
            return delay !== undefined;
          },
          // The wait itself is in beforeRetry, on our clock: ky's timer cannot be faked in tests.
          delay: () => 0,
        },
        hooks: {
          // The limiter's slot is taken before the timeout starts, and held until the answer is in.
          beforeRequest: [
            async () => {
              release = await this.#limiter.acquire(waits).catch((cause: unknown) => {
                throw aborted(cause);
              });
            },
          ],
          beforeRetry: [
            async () => {
              await this.#clock.sleep(delay ?? 0, waits).catch((cause: unknown) => {
                throw aborted(cause, ' while waiting to retry');
              });
            },
          ],
        },
        read: async (response) => {
          answer = await readAnswer(route, response);
        },
        onAttemptEnd: () => {
          release?.();
          release = undefined;
        },
      });
      return validate(schema, answer, { route, requestId: response.headers.get('request-id') ?? undefined });
    } catch (e) {
      if (e instanceof HTTPError)
        throw apiErrorFor(e.response.status, readErrorBody(answer), e.response.headers);
      if (e instanceof RedirectRefused)
        throw new OnceLinkError(`${route}: ${e.message} Set baseURL to the API's own address.`);
      if (e instanceof OnceLinkError) throw e;
      if (userSignal?.aborted) throw aborted(e);
      if (e instanceof TimeoutError)
        throw new APIConnectionTimeoutError(`${route} timed out after ${timeout} ms.`, { cause: e });
      throw new APIConnectionError(`${route} failed before an answer came back: ${describe(e)}`, {
        cause: e,
      });
    }
  }

  /** A list endpoint as a `PagePromise`: await it for one page, `for await` it for every item. */
  requestList<T extends { id: string }>(
    path: string,
    pageSchema: z.ZodMiniType<Page<T>>,
    query: Query | undefined,
    options?: RequestOptions,
  ): PagePromise<T> {
    return new PagePromise(
      (q) => this.request({ method: 'GET', path, query: q }, pageSchema, options),
      query ?? {},
    );
  }

  /** Ours win whatever case the caller wrote theirs in: the key is the client's, and a body is JSON. */
  #headersFor(extra: Record<string, string> | undefined, hasBody: boolean): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.#headers, ...extra };
    for (const name of Object.keys(headers)) {
      const lower = name.toLowerCase();
      if (lower === 'api-key' || (hasBody && lower === 'content-type')) delete headers[name];
    }
    if (this.#apiKey) headers['API-Key'] = this.#apiKey;
    if (hasBody) headers['content-type'] = 'application/json';
    return headers;
  }
}

/** What a retry decision needs to know about a failed attempt; undefined for what is never retried. */
function failureOf(error: unknown): Failure | undefined {
  if (error instanceof HTTPError) return { kind: 'status', status: error.response.status };
  if (error instanceof TimeoutError) return { kind: 'timeout' };
  if (error instanceof OnceLinkError) return undefined;
  return { kind: 'connection', refused: isConnectionRefused(error) };
}

/**
 * The answer's body, parsed as JSON when it is JSON and kept as text otherwise, so validation
 * reports what came instead of crashing. An error answer too large to read is still an error of
 * its status, just without details.
 */
async function readAnswer(route: string, response: Response): Promise<unknown> {
  const bytes = await readCapped(response, maxResponseBytes);
  if (!bytes && response.ok) throw tooLarge(route, response);
  const text = bytes ? decoder.decode(bytes) : '';
  try {
    return JSON.parse(text);
  } catch {
    return text === '' ? undefined : text;
  }
}

function tooLarge(route: string, response: Response): ResponseValidationError {
  return new ResponseValidationError(
    `${route}: the API answered more than ${maxResponseBytes} bytes; the SDK stopped reading there.`,
    [{ path: '(the whole body)', expected: `at most ${maxResponseBytes} bytes` }],
    response.headers.get('request-id') ?? undefined,
  );
}

/** The JSON text of a request body, or a usage error naming the body when it has none (a cycle, a bigint). */
function serialize(route: string, body: unknown): string | undefined {
  if (body === undefined) return undefined;
  try {
    return JSON.stringify(body);
  } catch (cause) {
    throw new OnceLinkError(
      `${route}: the request body cannot be sent as JSON (${describe(cause)}) Pass plain data.`,
      { cause },
    );
  }
}

function describe(error: unknown): string {
  const message = errorMessage(error);
  const code = isConnectionRefused(error) ? ' (connection refused)' : '';
  return `${message}${code}.`;
}

/** The documented error fields, tolerating an answer that is not an error body (a proxy's HTML page, say). */
function readErrorBody(parsed: unknown): APIErrorFields | undefined {
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const fields: APIErrorFields = {};
  for (const key of ['type', 'message', 'param'] as const) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
}
