// The part of the SDK the pop-up uses, typed by shape, and one lean proxy client per resolved `api-base`.
import { BookingCalendars, MasterPages, OnceLinkCore } from '@oncelink/sdk';
import type {
  BookingCalendar,
  BookingCalendarLinkCreateParams,
  MasterPage,
  OneTimeLink,
} from '@oncelink/sdk';

interface Options {
  signal?: AbortSignal;
}

/**
 * What `<oncelink-share>` needs from a client: reading a page or calendar by id, listing master
 * pages for the picker, and link creation; exactly the routes a proxy made with
 * `createProxyHandler` allows by default. A full `OnceLink` fits.
 */
export interface ShareClient {
  masterPages: {
    list(params?: { limit?: number }, options?: Options): AsyncIterable<MasterPage>;
    retrieve(id: string, options?: Options): PromiseLike<MasterPage>;
    createOneTimeLink(id: string): PromiseLike<OneTimeLink>;
  };
  bookingCalendars: {
    retrieve(id: string, options?: Options): PromiseLike<BookingCalendar>;
    createOneTimeLink(id: string, body?: BookingCalendarLinkCreateParams): PromiseLike<OneTimeLink>;
  };
}

// Every element of a page pointed at the same proxy shares one client, so one rate limiter paces
// them all: a CRM list of 100 rows must not mean 100 limiters against a 5 requests/s account.
const clients = new Map<string, ShareClient>();

/**
 * The client for a proxy made with `createProxyHandler` (no API key: the proxy adds it server-side),
 * with only the two resources, so the script-tag bundle carries nothing else of the SDK.
 */
export function proxyClient(apiBase: string): ShareClient {
  const baseURL = new URL(apiBase, document.baseURI).href;
  let client = clients.get(baseURL);
  if (!client) {
    const core = new OnceLinkCore({ baseURL });
    client = { masterPages: new MasterPages(core), bookingCalendars: new BookingCalendars(core) };
    clients.set(baseURL, client);
  }
  return client;
}
