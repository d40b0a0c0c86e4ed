// The part of the SDK the pop-up uses, typed by shape, and the lean client it builds for `api-base`.
import { BookingCalendars, MasterPages, OnceLinkCore } from '@oncelink/sdk';
import type { BookingCalendar, BookingCalendarLinkCreateParams, MasterPage, OneTimeLink } from '@oncelink/sdk';

interface Options {
  signal?: AbortSignal;
}

/**
 * What `<oncelink-share>` needs from a client: listing and link creation only, which are exactly
 * the routes a proxy made with `createProxyHandler` allows by default. A full `OnceLink` fits.
 */
export interface ShareClient {
  masterPages: {
    list(params?: { limit?: number }, options?: Options): AsyncIterable<MasterPage>;
    createOneTimeLink(id: string): PromiseLike<OneTimeLink>;
  };
  bookingCalendars: {
    list(params?: { limit?: number }, options?: Options): AsyncIterable<BookingCalendar>;
    createOneTimeLink(id: string, body?: BookingCalendarLinkCreateParams): PromiseLike<OneTimeLink>;
  };
}

/**
 * A client for a proxy made with `createProxyHandler`: no API key (the proxy adds it server-side),
 * and only the two resources, so the script-tag bundle carries nothing else of the SDK.
 */
export function createProxyClient(apiBase: string): ShareClient {
  const core = new OnceLinkCore({ baseURL: new URL(apiBase, document.baseURI).href });
  return { masterPages: new MasterPages(core), bookingCalendars: new BookingCalendars(core) };
}

/** The configured page or calendar is not in the account (or not within the first pages searched). */
export class TargetNotFoundError extends Error {
  override name = 'TargetNotFoundError';
}

// Pages and calendars are looked up in their lists, not by id, because the default proxy allows
// only the list routes; a bound keeps a huge account from paging forever.
const SEARCH_LIMIT = 1000;

/** The item with `id` from a paged list, or a TargetNotFoundError. */
export async function findById<T extends { id: string }>(items: AsyncIterable<T>, id: string): Promise<T> {
  let seen = 0;
  for await (const item of items) {
    if (item.id === id) return item;
    if (++seen >= SEARCH_LIMIT) break;
  }
  throw new TargetNotFoundError(`Nothing with id '${id}' among the account's first ${SEARCH_LIMIT} items.`);
}
