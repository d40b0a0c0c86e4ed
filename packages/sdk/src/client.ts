// OnceLinkCore: the one small HTTP core every resource goes through (auth, limiter, retries, timeouts, errors, validation).
import ky from 'ky';
import type * as z from './core/zod.js';
import { DEFAULT_BASE_URL, checkBaseURL, isBrowser } from './core/base-url.js';
import { maxTimeout, systemClock, type Clock } from './core/clock.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  OnceLinkError,
  ResponseValidationError,
  apiErrorFor,
} from './core/errors.js';
import { checkApiKey, checkHeaders } from './core/headers.js';
import { PagePromise, type Page } from './core/pagination.js';
import { RateLimiter } from './core/rate-limiter.js';
import { readCapped } from './core/read-capped.js';
import { isRedirect, noRedirect } from './core/redirect.js';
import { waitSignal, type InternalRequestOptions, type Query, type RequestOptions } from './core/request-options.js';
import { isConnectionRefused, isRetryable, retryDelayMs, type Failure } from './core/retry.js';
import { validate } from './core/validation.js';

/**
 * The most of one answer the client reads: a full page of 100 expanded bookings is well under
 * 1 MB, and a broken or hostile server must not be able to fill the process's memory.
 */
const maxResponseBytes = 5 * 1024 * 1024;

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
  if (value > max) throw new OnceLinkError(`${name} must be at most ${max} ms (about 24.8 days, the longest a timer waits); got ${value}.`);
  return value;
}

const checkTimeout = (value: number | undefined, fallback: number) => checkCount('timeout', value, fallback, maxTimeout);

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

  /** Sends one API request (retrying what is safe to retry) and returns the validated body. */
  async request<S extends z.ZodMiniType>(req: APIRequest, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
    const maxRetries = checkCount('maxRetries', options.maxRetries, this.maxRetries);
    const timeout = checkTimeout(options.timeout, this.timeout);
    const route = `${req.method} /${req.path}`;
    checkHeaders(route, options.headers);
    const body = serialize(route, req.body);
    const waits = (options as InternalRequestOptions)[waitSignal] ?? options.signal;
    for (let attempt = 0; ; attempt++) {
      let error: OnceLinkError;
      let failure: Failure;
      let headers: Headers | undefined;
      try {
        const { response, answer } = await this.#send(req, body, { ...options, timeout }, route, waits);
        headers = response.headers;
        if (response.ok) return validate(schema, answer, { route, requestId: headers.get('request-id') ?? undefined });
        error = apiErrorFor(response.status, readErrorBody(answer), headers);
        failure = { kind: 'status', status: response.status };
      } catch (e) {
        if (!(e instanceof APIConnectionError)) throw e;
        error = e;
        failure = e instanceof APIConnectionTimeoutError ? { kind: 'timeout' } : { kind: 'connection', refused: isConnectionRefused(e.cause) };
      }
      const delay = retryDelayMs(attempt, headers, this.#clock);
      if (attempt >= maxRetries || delay === undefined || !isRetryable(req.method, failure)) throw error;
      await this.#clock.sleep(delay, waits).catch((cause: unknown) => {
        throw new APIUserAbortError(`${route} was aborted while waiting to retry.`, { cause });
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
    return new PagePromise((q) => this.request({ method: 'GET', path, query: q }, pageSchema, options), query ?? {});
  }

  /** One attempt: waits for the limiter, then sends and reads the answer. */
  async #send(req: APIRequest, body: string | undefined, options: RequestOptions, route: string, waits: AbortSignal | undefined): Promise<{ response: Response; answer: unknown }> {
    const release = await this.#limiter.acquire(waits).catch((cause: unknown) => {
      throw new APIUserAbortError(`${route} was aborted.`, { cause });
    });
    // The limiter's slot is held until the answer is in, however the attempt ends.
    try {
      return await this.#attempt(req, body, options, route);
    } finally {
      release();
    }
  }

  /** Sends and reads the body, under the caller's signal and the timeout. */
  async #attempt(req: APIRequest, body: string | undefined, options: RequestOptions, route: string): Promise<{ response: Response; answer: unknown }> {
    const userSignal = options.signal;
    const aborted = (cause?: unknown) => new APIUserAbortError(`${route} was aborted.`, { cause });
    if (userSignal?.aborted) throw aborted();
    // One controller per attempt: it carries both the caller's abort and our timeout.
    const controller = new AbortController();
    const onAbort = () => controller.abort(userSignal?.reason);
    userSignal?.addEventListener('abort', onAbort, { once: true });
    const timeout = options.timeout ?? this.timeout;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    try {
      const headers: Record<string, string> = { accept: 'application/json', ...this.#headers, ...options.headers };
      // Ours win whatever case the caller wrote theirs in: the key is the client's, and a body is JSON.
      for (const name of Object.keys(headers)) {
        const lower = name.toLowerCase();
        if (lower === 'api-key' || (body !== undefined && lower === 'content-type')) delete headers[name];
      }
      if (this.#apiKey) headers['API-Key'] = this.#apiKey;
      if (body !== undefined) headers['content-type'] = 'application/json';
      // Settled by our own abort too, not only by fetch: a custom fetch may ignore the signal,
      // and the caller's abort and the timeout must still end the call.
      const stopped = new Promise<never>((_, reject) => {
        controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), { once: true });
      });
      const work = (async () => {
        const response = await ky(`${this.baseURL}/${req.path}`, {
          method: req.method,
          searchParams: searchParams(req.query),
          ...(body === undefined ? {} : { body }),
          headers,
          signal: controller.signal,
          retry: 0,
          timeout: false,
          throwHttpErrors: false,
          ...noRedirect,
          ...(this.#fetch ? { fetch: this.#fetch } : {}),
        });
        if (isRedirect(response)) {
          void response.body?.cancel().catch(() => undefined);
          throw new OnceLinkError(
            `${route}: the API answered a redirect (${response.status || 'opaque'}); not followed, so the API key goes only to baseURL. Set baseURL to the API's own address.`,
          );
        }
        const bytes = await readCapped(response, maxResponseBytes);
        if (!bytes && response.ok) throw tooLarge(route, response);
        // An error answer too large to read is still an error of its status, just without details.
        const text = bytes ? new TextDecoder().decode(bytes) : '';
        let answer: unknown = text === '' ? undefined : text;
        try {
          answer = JSON.parse(text);
        } catch {
          // Not JSON: kept as text, so validation reports what came instead of crashing.
        }
        return { response, answer };
      })();
      work.catch(() => undefined);
      return await Promise.race([work, stopped]);
    } catch (cause) {
      if (cause instanceof OnceLinkError) throw cause;
      if (userSignal?.aborted) throw aborted(cause);
      if (timedOut) throw new APIConnectionTimeoutError(`${route} timed out after ${timeout} ms.`, { cause });
      throw new APIConnectionError(`${route} failed before an answer came back: ${describe(cause)}`, { cause });
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener('abort', onAbort);
    }
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
    throw new OnceLinkError(`${route}: the request body cannot be sent as JSON (${describe(cause)}) Pass plain data.`, { cause });
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = isConnectionRefused(error) ? ' (connection refused)' : '';
  return `${message}${code}.`;
}

/** The documented error fields, tolerating an answer that is not an error body (a proxy's HTML page, say). */
function readErrorBody(parsed: unknown): { type?: string; message?: string; param?: string } | undefined {
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const fields: { type?: string; message?: string; param?: string } = {};
  for (const key of ['type', 'message', 'param'] as const) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
}
