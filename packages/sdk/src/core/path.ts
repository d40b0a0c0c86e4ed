// A tagged template that checks and URL-encodes every path parameter, so an id can never change the route.
import { OnceLinkError } from './errors.js';

/** Far above any id the API issues (they are 8 to 26 characters), well under what a URL can carry. */
export const MAX_ID_LENGTH = 256;

/** What is wrong with `value` as an id, or undefined when it can be sent. */
function problemWith(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${value === null ? 'null' : typeof value}`;
  if (value === '') return 'is empty';
  // Dot segments are normalised away by URL parsers, so the request would address another resource.
  if (value === '.' || value === '..') return `is ${JSON.stringify(value)}, which a URL reads as a directory step`;
  if (value.length > MAX_ID_LENGTH) return `is ${value.length} characters long, over the ${MAX_ID_LENGTH} an id can have`;
  const surrogate = /\p{Cs}/u.exec(value);
  if (surrogate) return `holds a lone UTF-16 surrogate at index ${surrogate.index}, which no URL can carry (a string cut in the middle of an emoji?)`;
  const control = /\p{Cc}/u.exec(value);
  if (control) return `holds a control character (U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) at index ${control.index}`;
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
        `Expected an id (a non-empty string) in ${strings.join(':id')}: the id argument ${problem}. Pass the id exactly as the API returned it.`,
      );
    }
    out += encodeURIComponent(param) + (strings[i + 1] ?? '');
  });
  return out;
}
