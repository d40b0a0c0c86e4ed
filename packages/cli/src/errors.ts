// The CLI's exit codes, its fatal error, and the words it uses for what the API refused.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
} from '@oncelink/sdk';

/** `error.message` for an Error, the value as text for anything else thrown. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export const exitCodes = { ok: 0, rowsFailed: 1, refused: 2, interrupted: 130 } as const;

/** Stops the command with a message for the user and an exit code (2: usage, key or target refused). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.refused,
  ) {
    super(message);
  }
}

export type Target = { kind: 'masterPage' | 'bookingCalendar'; id: string };

export const describeTarget = (t: Target): string =>
  `${t.kind === 'masterPage' ? 'master page' : 'booking calendar'} ${t.id}`;

/** The help article's own words, so a user can look the rule up. */
export const dynamicRulesOnly =
  'One-time links are only available for master pages using Rule-based assignment with Dynamic rules.';
const publishedOnly = 'One-time links are only available for published booking calendars.';

/**
 * API text shown in a terminal: control characters (an escape sequence in a page name or an
 * error message would drive the terminal) become spaces, and it is kept to one short line.
 */
export function printable(text: string, max = 300): string {
  const flat = text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}...` : flat;
}

/** The key was refused, or the account may not use the API: nothing will work, so the run stops (exit 2). */
export function keyRefusal(error: unknown): CliError | undefined {
  if (error instanceof AuthenticationError) {
    return new CliError(
      'The API refused the API key (401 Invalid API key). Check ONCEHUB_API_KEY or --api-key; nothing was made.',
    );
  }
  if (error instanceof PermissionDeniedError) {
    return new CliError(
      `The API refused this key's access (403: ${printable(error.message)}). The account's plan may not include API access; nothing more was made.`,
    );
  }
  if (error instanceof PaymentRequiredError) {
    return new CliError(
      `The API refused the request (402: ${printable(error.message)}). Check the account's plan; nothing more was made.`,
    );
  }
  return undefined;
}

/** The target does not exist or does not allow one-time links (exit 2). */
export function targetRefusal(error: unknown, target: Target): CliError | undefined {
  const keyError = keyRefusal(error);
  if (keyError) return keyError;
  const what = describeTarget(target);
  if (error instanceof NotFoundError) {
    return new CliError(`There is no ${what} (404). Check the id: \`oncelink pages\` lists them.`);
  }
  if (error instanceof BadRequestError && error.param === 'id') {
    if (/deleted/i.test(error.message))
      return new CliError(`The ${what} is deleted; pick another (\`oncelink pages\` lists them).`);
    const rule = target.kind === 'masterPage' ? dynamicRulesOnly : publishedOnly;
    return new CliError(`The API refused to make a one-time link on ${what}. ${rule}`);
  }
  return undefined;
}

/** Why a request failed, in a few words for the output's `error` column and the summary. */
export function failureWords(error: unknown): string {
  if (error instanceof RateLimitError) return 'rate limited (429) after every retry';
  if (error instanceof APIError) return `the API answered ${error.status}: ${printable(error.message, 160)}`;
  if (error instanceof APIConnectionTimeoutError) return 'no answer in time';
  if (error instanceof APIConnectionError) return 'the connection failed';
  if (error instanceof ResponseValidationError) return 'the API answered something unreadable';
  return printable(errorMessage(error), 160);
}
