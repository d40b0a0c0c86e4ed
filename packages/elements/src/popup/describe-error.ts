// Turns whatever a call threw into one of the pop-up's error kinds, each with its own plain message.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  ResponseValidationError,
} from '@oncelink/sdk';
import { NotConfiguredError } from '../errors.js';
import type { OnceLinkErrorKind } from '../events.js';
import type { OnceLinkMessages } from '../messages/index.js';

/** The API answered 200 with a link URL that is not http(s): as unusable as a malformed body. */
export class UnsafeLinkError extends Error {
  override name = 'UnsafeLinkError';
}

/** `creating` says the failure came from making a link, where a 400 means "this page cannot have one". */
export function errorKind(error: unknown, creating: boolean): OnceLinkErrorKind {
  // Timeout first: it is a kind of connection error.
  if (error instanceof APIConnectionTimeoutError) return 'timeout';
  if (error instanceof APIConnectionError) return 'offline';
  if (error instanceof ResponseValidationError || error instanceof UnsafeLinkError) return 'malformed';
  if (error instanceof NotConfiguredError) return 'not-configured';
  if (!(error instanceof APIError)) return 'failed';
  const status = error.status;
  if (status === 400) return creating ? 'not-eligible' : 'failed';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  return typeof status === 'number' && status >= 500 ? 'server' : 'failed';
}

const messageKey: Record<OnceLinkErrorKind, Exclude<keyof OnceLinkMessages, 'lang'>> = {
  'not-configured': 'errorNotConfigured',
  'not-eligible': 'errorNotEligible',
  'not-found': 'errorNotFound',
  unauthorized: 'errorUnauthorized',
  forbidden: 'errorForbidden',
  'rate-limited': 'errorRateLimited',
  offline: 'errorOffline',
  timeout: 'errorTimeout',
  malformed: 'errorMalformed',
  server: 'errorServer',
  failed: 'errorFailed',
};

/** The words for an error kind; a calendar that refuses links is told to publish, a page to use Dynamic rules. */
export function errorMessage(kind: OnceLinkErrorKind, m: OnceLinkMessages, calendar: boolean): string {
  return kind === 'not-eligible' && calendar ? m.errorCalendarNotEligible : m[messageKey[kind]];
}

/** Kinds where trying the same thing again can work; the others need someone to change a setting. */
export function canRetry(kind: OnceLinkErrorKind): boolean {
  return !['not-configured', 'not-eligible', 'not-found', 'unauthorized', 'forbidden'].includes(kind);
}
