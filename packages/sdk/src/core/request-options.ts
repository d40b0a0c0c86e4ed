// Options every method takes last, and the query parameters shared by every list.

/** Per-call options; each overrides the client's setting for this call only. */
export interface RequestOptions {
  /** Aborts the call; it then rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt before `APIConnectionTimeoutError`; at most 2^31 - 1. */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Extra headers for this call (an `API-Key` here is ignored; set the key on the client). */
  headers?: Record<string, string> | undefined;
}

/**
 * Not public: a signal that ends a call only while it waits (for the rate limiter or to retry),
 * never an attempt in flight, whose effect the API may already have made.
 */
export const waitSignal: unique symbol = Symbol();
export type InternalRequestOptions = RequestOptions & { [waitSignal]?: AbortSignal | undefined };

/** Query values the SDK can put in a URL; `undefined` and `null` are left out, arrays are comma-joined. */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type Query = { readonly [key: string]: QueryValue };
