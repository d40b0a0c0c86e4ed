// A tagged template that URL-encodes every path parameter, so an id can never change the route.
import { OnceLinkError } from '../core/errors.js';

/**
 * `path\`master-pages/${id}/one-time-links\`` with `id` percent-encoded. Refuses an empty id
 * or a dot segment, which would silently address another resource.
 */
export function path(strings: TemplateStringsArray, ...params: string[]): string {
  let out = strings[0] ?? '';
  params.forEach((param, i) => {
    if (typeof param !== 'string' || param === '' || param === '.' || param === '..') {
      throw new OnceLinkError(
        `Expected an id (a non-empty string) in ${strings.join(':id')}; got ${param === '' ? 'an empty string' : JSON.stringify(param)}.`,
      );
    }
    out += encodeURIComponent(param) + (strings[i + 1] ?? '');
  });
  return out;
}
