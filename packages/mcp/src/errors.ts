// Whatever a tool call threw, as plain words for the model: what happened, whether anything was made, what to do.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  OnceLinkError,
  ResponseValidationError,
} from '@oncelink/sdk';
import type { Target } from './target.js';

/** `error.message` for an Error, the value as text for anything else thrown. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** An error whose message already says everything the model needs, in plain words: passed on as it is. */
export class ExplainedError extends Error {
  override name = 'ExplainedError';
}

/** Input this server refuses before asking OnceHub anything. */
export class InputError extends ExplainedError {
  override name = 'InputError';
}

/** The server cannot reach OnceHub as configured (no API key, a bad base URL). */
export class ConfigError extends ExplainedError {
  override name = 'ConfigError';
}

/** OnceHub made a link that cannot be handed on (not http(s), or not personalisable). */
export class UnusableLinkError extends ExplainedError {
  override name = 'UnusableLinkError';
}

export interface ErrorContext {
  /** The page or calendar a link was asked for, when making one. */
  creating?: Target | undefined;
}

const dynamicRules =
  'One-time links are only available for Master pages using Rule-based assignment with Dynamic rules.';

function apiWords(error: APIError, context: ErrorContext): string {
  const target = context.creating;
  switch (error.status) {
    case 400:
      // A named field other than the id: that value was refused, not the page or calendar.
      if (error.param && error.param !== 'id') return `OnceHub refused the value of ${error.param}.`;
      if (target?.type === 'master_page') {
        return (
          `Master page ${target.id} cannot have one-time links. ${dynamicRules} An Administrator can change its rules in ` +
          'OnceHub; until then, send its ordinary booking link (list_master_pages gives it).'
        );
      }
      if (target?.type === 'booking_calendar') {
        return `Booking calendar ${target.id} cannot have one-time links: only published booking calendars can. Publish it in OnceHub, then try again.`;
      }
      return 'OnceHub refused the request as invalid.';
    case 401:
      return "OnceHub refused the API key. Check ONCEHUB_API_KEY in this server's configuration (the env of the MCP client's entry for oncelink-mcp).";
    case 402:
    case 403:
      return 'The OnceHub account is not allowed to do this (its plan or permissions). Ask the OnceHub administrator.';
    case 404:
      return target
        ? `There is no ${target.type === 'master_page' ? 'master page' : 'booking calendar'} with id '${target.id}'. ` +
            `Use ${target.type === 'master_page' ? 'list_master_pages' : 'list_booking_calendars'} to find the right id.`
        : 'OnceHub did not find what was asked for.';
    case 429:
      return 'OnceHub is rate limiting this account (5 requests per second) and the retries did not get through. Wait a few seconds, then try again.';
    default:
      return error.status >= 500
        ? 'OnceHub had a problem on its side. Try again in a moment.'
        : `OnceHub refused the request (status ${error.status}).`;
  }
}

/** Whether OnceHub may have made a link although the call failed: a POST that got no clear answer. */
function mayHaveMade(error: unknown): boolean {
  return (
    (error instanceof APIError && error.status >= 500) ||
    error instanceof APIConnectionError ||
    error instanceof ResponseValidationError
  );
}

/** One paragraph for the model; never a stack trace, and (the caller redacts it too) never the API key. */
export function describeError(error: unknown, context: ErrorContext = {}): string {
  if (error instanceof ExplainedError) return error.message;
  const creating = context.creating !== undefined;
  let words: string;
  if (error instanceof APIError) {
    const said = error.message ? ` OnceHub said: "${error.message}"` : '';
    const request = error.requestId ? ` (Request-Id ${error.requestId})` : '';
    words = `${apiWords(error, context)}${said}${request}${said || request ? '.' : ''}`;
  } else if (error instanceof APIConnectionTimeoutError) {
    words = 'OnceHub took too long to answer. Try again in a moment.';
  } else if (error instanceof APIConnectionError) {
    words =
      'OnceHub could not be reached (network or ONCEHUB_BASE_URL). Check the connection, then try again.';
  } else if (error instanceof ResponseValidationError) {
    words = `OnceHub sent an answer that could not be read: ${error.message}`;
  } else if (error instanceof APIUserAbortError) {
    words = 'The request was cancelled.';
  } else if (error instanceof OnceLinkError) {
    words = error.message;
  } else {
    words = `Something went wrong: ${errorMessage(error)}`;
  }
  if (!creating) return words;
  return mayHaveMade(error)
    ? `${words} A link may or may not have been made; an unused one-time link does no harm (OnceHub deletes it after 90 days).`
    : `${words} No link was made.`;
}
