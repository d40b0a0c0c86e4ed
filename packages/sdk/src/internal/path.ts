// A tagged template that checks and URL-encodes every path parameter, so an id can never change the route.
import { OnceLinkError } from '../core/errors.js';

/** Far above any id the API issues (8 to 26 characters), well under what a URL can carry. */
export const MAX_ID_LENGTH = 256;

/** What is wrong with `value` as an id, or undefined when it can be sent. */
function problemWith(value: unknown): string | undefined {
  if (typeof value !== 'string') return `is ${value === null ? 'null' : typeof value}, not a string`;
  if (value === '') return 'is empty';
  // A URL parser normalises dot segments away: the request would address another resource.
  if (value === '.' || value === '..') return 'is a dot segment';
  if (value.length > MAX_ID_LENGTH) return `is ${value.length} characters long, over ${MAX_ID_LENGTH}`;
  const bad = /\p{Cs}|\p{Cc}/u.exec(value);
  if (bad)
    return `holds a ${/\p{Cs}/u.test(bad[0]) ? 'lone UTF-16 surrogate' : 'control character'} at index ${bad.index}`;
  return undefined;
}

/**
 * `path\`master-pages/${id}/one-time-links\`` with `id` checked, then percent-encoded into exactly
 * one path segment. An id that is not a string, empty, a dot segment, over MAX_ID_LENGTH, or holds
 * a lone surrogate or a control character throws an `OnceLinkError` naming it, before any request.
 */
export function path(strings: TemplateStringsArray, ...params: string[]): string {
  let out = strings[0] ?? '';
  params.forEach((param, i) => {
    const problem = problemWith(param);
    if (problem !== undefined) {
      throw new OnceLinkError(
        `Expected an id (a non-empty string) in ${strings.join(':id')}: the id argument ${problem}.`,
      );
    }
    out += encodeURIComponent(param) + (strings[i + 1] ?? '');
  });
  return out;
}
