// personalizeLink: adds the customer's name and email (and skip) to a one-time link, refusing what would break it.
import { OnceLinkError } from '../core/errors.js';

export interface PersonalizeOptions {
  name: string;
  email: string;
  /** Show the booking form anyway (`skip=0`); by default it is skipped (`skip=1`). */
  showBookingForm?: boolean | undefined;
}

const maxFieldLength = 100;
const maxUrlLength = 2000;
// Deliberately simple: one @, something before it, a dot in the domain, none of RFC 5322's
// specials or whitespace (quoted local parts are not supported). IDN domains pass as typed.
const notInAddress = String.raw`\s@<>()[\]\\,;:"`;
const emailPattern = new RegExp(
  String.raw`^[^${notInAddress}]+@[^${notInAddress}.]+(\.[^${notInAddress}.]+)+$`,
  'u',
);
// Control characters and line separators break URLs, logs and headers; format characters are
// invisible (a zero-width space makes two emails look alike, a direction override makes a name read
// as something else). Kept: the zero-width (non-)joiners and the left-to-right and right-to-left
// marks, which names in Persian, Indic or Hebrew script and emoji need; alone they leave it empty.
const invisible = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200C-\u200F])\p{Cf}/u;
const marks = /[\u200C-\u200F]/g;
// Half of a surrogate pair cannot be percent-encoded faithfully (it would silently become U+FFFD).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Which input personalizeLink refused. */
export type PersonalizeLinkField = 'name' | 'email' | 'url';

/** Why personalizeLink refused it: callers pick their own words from this, never from the message. */
export type PersonalizeLinkReason =
  | 'empty'
  | 'not_a_string'
  | 'invalid'
  | 'too_long'
  | 'control_character'
  | 'lone_surrogate'
  | 'not_http'
  | 'url_too_long';

/** Thrown by personalizeLink: `field` and `reason` say what to fix; the message says it in English. */
export class PersonalizeLinkError extends OnceLinkError {
  override name = 'PersonalizeLinkError';
  readonly field: PersonalizeLinkField;
  readonly reason: PersonalizeLinkReason;

  constructor(field: PersonalizeLinkField, reason: PersonalizeLinkReason, message: string) {
    super(`personalizeLink: ${message}`);
    this.field = field;
    this.reason = reason;
  }
}

function refuse(field: PersonalizeLinkField, reason: PersonalizeLinkReason, message: string): never {
  // Names the field, never its value: names and emails are personal data and errors get logged.
  throw new PersonalizeLinkError(field, reason, message);
}

function checkField(field: 'name' | 'email', value: unknown): string {
  if (value === undefined || value === null)
    refuse(field, 'empty', `\`${field}\` is empty; pass the customer's ${field}.`);
  if (typeof value !== 'string')
    refuse(field, 'not_a_string', `\`${field}\` must be a string; got ${typeof value}.`);
  const trimmed = value.trim();
  if (trimmed.replace(marks, '').trim() === '')
    refuse(field, 'empty', `\`${field}\` is empty; pass the customer's ${field}.`);
  if (invisible.test(trimmed)) {
    refuse(
      field,
      'control_character',
      `\`${field}\` contains an invisible or control character (a line break, a zero-width space, a text-direction override, say); remove it.`,
    );
  }
  if (loneSurrogate.test(trimmed))
    refuse(
      field,
      'lone_surrogate',
      `\`${field}\` contains a broken character (half of a UTF-16 pair); fix the text.`,
    );
  const length = [...trimmed].length;
  if (length > maxFieldLength) {
    refuse(
      field,
      'too_long',
      `\`${field}\` is ${length} characters long; the booking page accepts at most ${maxFieldLength}.`,
    );
  }
  return trimmed;
}

/**
 * The link with `name`, `email` and `skip=1` (or `skip=0`), percent-encoded. Throws a
 * `PersonalizeLinkError` (an `OnceLinkError`) whose `field` and `reason` name the problem for an empty name, an invalid email, more than 100
 * characters in either, a URL that is not http(s), or a result over 2,000 characters.
 */
export function personalizeLink(url: string, options: PersonalizeOptions): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    refuse(
      'url',
      'invalid',
      '`url` is not an absolute URL; pass the `url` of a one-time link as the API returned it.',
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    refuse('url', 'not_http', '`url` must be an http(s) URL.');
  const name = checkField('name', options?.name);
  const email = checkField('email', options?.email);
  if (!emailPattern.test(email))
    refuse(
      'email',
      'invalid',
      '`email` is not a valid email address (expected something like name@example.com).',
    );

  parsed.searchParams.set('name', name);
  parsed.searchParams.set('email', email);
  parsed.searchParams.set('skip', options.showBookingForm ? '0' : '1');
  // URLSearchParams writes a space as '+'; %20 reads as a space everywhere. A literal '+' is
  // already %2B here, so every remaining '+' is a space.
  parsed.search = parsed.search.replace(/\+/g, '%20');
  const result = parsed.toString();
  if (result.length > maxUrlLength) {
    refuse(
      'url',
      'url_too_long',
      `the personalised URL would be ${result.length} characters long; the limit is ${maxUrlLength} (shorten \`name\` or \`email\`).`,
    );
  }
  return result;
}
