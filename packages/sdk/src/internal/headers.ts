// Checks caller-supplied headers before anything is sent, so a bad one is a usage error naming it, not a "connection" failure.
import { OnceLinkError } from '../core/errors.js';

// RFC 9110 token characters for a header name.
const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// A header value is Latin-1 text with no line breaks or NUL (fetch refuses the rest; CR/LF would inject headers).
const fieldValue = /^[\t\x20-\x7e\x80-\xff]*$/;

/** True when fetch can send `value` as a header value. */
export const isHeaderValue = (value: unknown): value is string =>
  typeof value === 'string' && fieldValue.test(value);

/** The API key checked like a header (it is one): a line break read from a file, say, is refused without echoing the key. */
export function checkApiKey(where: string, key: unknown): void {
  if (!isHeaderValue(key) || key === '') {
    throw new OnceLinkError(
      `${where}apiKey must be a non-empty string that can be sent as a header (no line breaks, NUL or characters beyond Latin-1); check how it was read.`,
    );
  }
}

/** Throws an OnceLinkError naming the first header (never its value: it may be a secret) that fetch would refuse. */
export function checkHeaders(where: string, headers: Record<string, string> | undefined): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!token.test(name)) {
      throw new OnceLinkError(
        `${where}: the header name ${JSON.stringify(name)} is not valid (letters, digits and -_.!#$%&'*+^\`|~ only).`,
      );
    }
    if (!isHeaderValue(value)) {
      throw new OnceLinkError(
        `${where}: the value of the header ${JSON.stringify(name)} must be a string without line breaks, NUL or characters beyond Latin-1.`,
      );
    }
  }
}
