// Errors of the element itself (the SDK's own errors come from @oncelink/sdk).

/** Thrown (and shown) when the element has neither a `client` nor an `api-base` to talk to. */
export class NotConfiguredError extends Error {
  override name = 'NotConfiguredError';
}
