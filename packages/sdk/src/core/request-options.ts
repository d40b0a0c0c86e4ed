// Options every method takes last, and the query values a request may carry.

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

/** Query values the SDK can put in a URL; `undefined` and `null` are left out, arrays are comma-joined. */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type Query = { readonly [key: string]: QueryValue };
