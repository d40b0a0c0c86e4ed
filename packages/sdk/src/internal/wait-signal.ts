// A signal that ends a call only while it waits, for helpers such as createOneTimeLinks; not part of the public options.
import type { RequestOptions } from '../core/request-options.js';

/**
 * Not public: a signal that ends a call only while it waits (for the rate limiter or to retry),
 * never an attempt in flight, whose effect the API may already have made.
 */
export const waitSignal: unique symbol = Symbol();
export type InternalRequestOptions = RequestOptions & { [waitSignal]?: AbortSignal | undefined };
