// Options every method takes last, and the query parameters shared by every list.

/** Per-call options; each overrides the client's setting for this call only. */
export interface RequestOptions {
  /** Aborts the call; it then rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Milliseconds per attempt before `APIConnectionTimeoutError`. */
  timeout?: number;
  maxRetries?: number;
  /** Extra headers for this call (an `API-Key` here is ignored; set the key on the client). */
  headers?: Record<string, string>;
}

/** Query values the SDK can put in a URL; `undefined` and `null` are left out, arrays are comma-joined. */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type Query = { readonly [key: string]: QueryValue };
