// The SDK's error tree: one base class, one APIError subclass per documented status, and the client-side failures.
import type { ErrorBody } from '../schemas/error-body.js';

/** The fields of the API's `ErrorBody` an `APIError` carries; any may be missing (a proxy's HTML page, say). */
export type APIErrorFields = Partial<Pick<ErrorBody, 'type' | 'message' | 'param'>>;

/**
 * Where each of our error classes keeps its kind. `Symbol.for` gives every copy of the SDK of
 * this major (CJS and ESM, the browser bundle, a second install) the same key; bump the major
 * here with the package's, as a class of another major may mean something else.
 */
export const errorKind: unique symbol = Symbol.for('@oncelink/sdk@0:error-kind');

type Kinded = { readonly [errorKind]?: string };

/** Base of every error the SDK throws, so one `instanceof` check catches them all. */
export class OnceLinkError extends Error {
  static readonly [errorKind]: string = 'OnceLinkError';

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    // The kind doubles as the name, so a subclass states it once (a caller's subclass inherits its parent's).
    this.name = (new.target as Kinded)[errorKind] ?? 'OnceLinkError';
  }

  /**
   * `instanceof` as usual, and also true for the same kind of error made by another copy of the
   * SDK (CJS next to ESM, the script-tag bundle next to an npm install), which has its own
   * classes: the kinds up the error's class chain are compared, not the classes themselves.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Own, not inherited: a caller's subclass of ours has no kind of its own and checks by identity.
    const wanted = Object.hasOwn(this, errorKind) ? (this as Kinded)[errorKind] : undefined;
    // A prototype whose constructor has (or inherits) the kind wanted: an inherited one only comes
    // from an ancestor that is further up the same chain, so it answers as that ancestor would.
    for (let proto = value; (proto = proto == null ? null : Object.getPrototypeOf(proto));) {
      if (
        proto === this.prototype ||
        (wanted !== undefined && (proto as { constructor?: Kinded }).constructor?.[errorKind] === wanted)
      )
        return true;
    }
    return false;
  }
}

/** The API answered with a non-2xx status. */
export class APIError extends OnceLinkError {
  static override readonly [errorKind]: string = 'APIError';
  /** HTTP status code. */
  readonly status: number;
  /** The API's error `type`, e.g. `invalid_request_error`. */
  readonly type: string | undefined;
  /** The request field the error is about, when the API names one. */
  readonly param: string | undefined;
  /** The `Request-Id` header: quote it when asking OnceHub support. */
  readonly requestId: string | undefined;
  readonly headers: Headers;

  constructor(status: number, body: APIErrorFields | undefined, headers: Headers) {
    super(body?.message ?? `The API answered ${status} without an error message.`);
    this.status = status;
    this.type = body?.type;
    this.param = body?.param;
    this.headers = headers;
    this.requestId = headers.get('request-id') ?? undefined;
  }
}

export class BadRequestError extends APIError {
  static override readonly [errorKind]: string = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  static override readonly [errorKind]: string = 'AuthenticationError';
}
export class PaymentRequiredError extends APIError {
  static override readonly [errorKind]: string = 'PaymentRequiredError';
}
export class PermissionDeniedError extends APIError {
  static override readonly [errorKind]: string = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  static override readonly [errorKind]: string = 'NotFoundError';
}
export class ConflictError extends APIError {
  static override readonly [errorKind]: string = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  static override readonly [errorKind]: string = 'UnprocessableEntityError';
}
export class InternalServerError extends APIError {
  static override readonly [errorKind]: string = 'InternalServerError';
}

/** 429: over the account's or the IP's rate limit. */
export class RateLimitError extends APIError {
  static override readonly [errorKind]: string = 'RateLimitError';
  /** Seconds the API asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(status: number, body: APIErrorFields | undefined, headers: Headers) {
    super(status, body, headers);
    this.retryAfter = parseRetryAfterSeconds(headers.get('retry-after'), Date.now());
  }
}

/** The request never got an answer: DNS, refused or reset connection, offline. */
export class APIConnectionError extends OnceLinkError {
  static override readonly [errorKind]: string = 'APIConnectionError';
}

/** No answer within the `timeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly [errorKind]: string = 'APIConnectionTimeoutError';
}

/** The caller's `AbortSignal` fired. */
export class APIUserAbortError extends OnceLinkError {
  static override readonly [errorKind]: string = 'APIUserAbortError';
}

/** The API answered something its schema does not allow; the message names the field. */
export class ResponseValidationError extends OnceLinkError {
  static override readonly [errorKind]: string = 'ResponseValidationError';
  /** Each problem as `{ path, expected }`, e.g. `{ path: 'data[0].active', expected: 'boolean' }`. */
  readonly problems: ReadonlyArray<{ path: string; expected: string }>;
  readonly requestId: string | undefined;

  constructor(
    message: string,
    problems: ReadonlyArray<{ path: string; expected: string }>,
    requestId?: string,
  ) {
    super(message);
    this.problems = problems;
    this.requestId = requestId;
  }
}

/** A webhook delivery whose signature, timestamp or header does not check out. */
export class WebhookVerificationError extends OnceLinkError {
  static override readonly [errorKind]: string = 'WebhookVerificationError';
}

// RFC 9110 allows only these two forms; anything else (a negative number, "5, 10" from two
// headers, a loose date) is ignored and the normal backoff used, rather than read as "now".
const delaySeconds = /^\d+$/;
// The IMF-fixdate shape ('Sun, 06 Nov 1994 08:49:37 GMT'); Date.parse then refuses a bad month or time.
const imfFixdate = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * `Retry-After` in seconds (delay-seconds or an IMF-fixdate HTTP date), or undefined when
 * absent or in any other form.
 */
export function parseRetryAfterSeconds(value: string | null, now: number): number | undefined {
  const text = value?.trim() ?? '';
  if (delaySeconds.test(text)) return Number(text);
  const date = imfFixdate.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

type APIErrorClass = new (status: number, body: APIErrorFields | undefined, headers: Headers) => APIError;

const byStatus: Record<number, APIErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The APIError subclass for a status (5xx -> InternalServerError, anything else -> APIError). */
export function apiErrorFor(status: number, body: APIErrorFields | undefined, headers: Headers): APIError {
  const Class = byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new Class(status, body, headers);
}

/** `createOneTimeLinks` stopped part-way: `links` holds the links made before, `cause` says why. */
export class CreateOneTimeLinksError<Link = unknown> extends OnceLinkError {
  static override readonly [errorKind]: string = 'CreateOneTimeLinksError';
  readonly links: Link[];

  constructor(message: string, links: Link[], cause: unknown) {
    super(message, { cause });
    this.links = links;
  }
}
