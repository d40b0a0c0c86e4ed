// Cursor pagination as the API does it: limit 1-100 (default 10), after or before an id, a Link header.
import { badRequest } from '../state/errors.js';
import type { QueryReader } from './input.js';

export const PAGE_PARAMS = ['limit', 'after', 'before'] as const;

export interface PageRequest {
  limit: number;
  after?: string;
  before?: string;
}

export function readPage(q: QueryReader): PageRequest {
  const rawLimit = q.get('limit');
  let limit = 10;
  if (rawLimit !== undefined) {
    if (!/^-?\d{1,12}$/.test(rawLimit)) {
      throw badRequest(
        `Invalid value for limit: '${rawLimit.slice(0, 40)}'. Please provide a number between 1 and 100.`,
        'limit',
      );
    }
    limit = Number(rawLimit);
    if (limit < 1 || limit > 100) {
      throw badRequest(`Out of range value: ${limit}. Please provide a number between 1 and 100.`, 'limit');
    }
  }
  const after = q.get('after');
  const before = q.get('before');
  if (after !== undefined && before !== undefined) {
    throw badRequest('Provide either before or after, not both.', 'before');
  }
  return { limit, ...(after !== undefined ? { after } : {}), ...(before !== undefined ? { before } : {}) };
}

export interface Page<T> {
  body: { object: 'list'; data: T[]; has_more: boolean };
  link?: string;
}

/**
 * One page of `all` (already in list order) after filtering with `keep`. A cursor is
 * an id of the collection; an id the collection does not hold is a 400.
 */
export function paginate<R extends { id: string }, T>(
  all: readonly R[],
  keep: (r: R) => boolean,
  page: PageRequest,
  requestURL: URL,
  toWire: (r: R) => T,
): Page<T> {
  const cursor = page.after ?? page.before;
  let start = 0;
  let end = all.length;
  if (cursor !== undefined) {
    const at = all.findIndex((r) => r.id === cursor);
    const param = page.after !== undefined ? 'after' : 'before';
    if (at < 0)
      throw badRequest(`Invalid cursor for '${param}': no object with id '${cursor.slice(0, 100)}'.`, param);
    if (page.after !== undefined) start = at + 1;
    else end = at;
  }
  const candidates = all.slice(start, end).filter(keep);
  const backwards = page.before !== undefined;
  const chosen = backwards ? candidates.slice(-page.limit) : candidates.slice(0, page.limit);
  const hasMore = candidates.length > page.limit;

  const moreAfter = backwards ? all.slice(end).some(keep) : hasMore;
  const moreBefore = backwards ? hasMore : all.slice(0, start).some(keep);
  const links: string[] = [];
  const first = chosen[0];
  const last = chosen[chosen.length - 1];
  if (moreAfter && last) links.push(`<${cursorURL(requestURL, 'after', last.id)}>; rel="next"`);
  if (moreBefore && first) links.push(`<${cursorURL(requestURL, 'before', first.id)}>; rel="previous"`);
  return {
    body: { object: 'list', data: chosen.map(toWire), has_more: hasMore },
    ...(links.length ? { link: links.join(', ') } : {}),
  };
}

/** A page as an endpoint's reply, with its Link header when there is one. */
export function pageReply<T>(page: Page<T>): { body: Page<T>['body']; headers: Record<string, string> } {
  return { body: page.body, headers: page.link ? { Link: page.link } : {} };
}

function cursorURL(base: URL, key: 'after' | 'before', id: string): string {
  const url = new URL(base.href);
  url.searchParams.delete('after');
  url.searchParams.delete('before');
  url.searchParams.set(key, id);
  return url.href;
}
