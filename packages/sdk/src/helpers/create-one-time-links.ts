// createOneTimeLinks: many one-time links for one target, paced by the client's rate limiter, keeping what was made if it fails.
import type { OnceLinkCore } from '../once-link-core.js';
import { APIUserAbortError, CreateOneTimeLinksError, OnceLinkError } from '../core/errors.js';
import { errorMessage } from '../internal/error-message.js';
import { BookingCalendars, type BookingCalendarLinkCreateParams } from '../resources/booking-calendars.js';
import { MasterPages } from '../resources/master-pages.js';
import { waitSignal, type InternalRequestOptions } from '../internal/wait-signal.js';
import type { OneTimeLink } from '../schemas/one-time-link.js';

/**
 * Where the links go: a master page (which takes no body) or a booking calendar with an optional
 * body. Exactly one; both ids, or a body with a master page, are type errors (and refused at run time).
 */
export type OneTimeLinkTarget =
  | { masterPage: string; bookingCalendar?: never; body?: never }
  | { bookingCalendar: string; body?: BookingCalendarLinkCreateParams | undefined; masterPage?: never };

export interface CreateOneTimeLinksOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: { done: number; total: number; link: OneTimeLink }) => void) | undefined;
}

/** Requests in flight at once; the client's limiter still decides when each one starts. */
const parallel = 5;

/**
 * Creates `count` one-time links on a master page or booking calendar. Resolves to the links in
 * the order they were made; on the first failure stops starting new ones and rejects with a
 * `CreateOneTimeLinksError` whose `links` holds every link made (none is lost) and whose
 * `cause` is the error that stopped it. `signal` stops every request not yet sent, those waiting
 * for the rate limiter included; those already sent finish on their own, since the API may have
 * made their links already. It then rejects with `cause` an `APIUserAbortError`.
 */
export async function createOneTimeLinks(
  client: OnceLinkCore,
  target: OneTimeLinkTarget,
  count: number,
  options: CreateOneTimeLinksOptions = {},
): Promise<OneTimeLink[]> {
  if (!Number.isInteger(count) || count < 1) {
    throw new OnceLinkError(
      `createOneTimeLinks: \`count\` must be a whole number of 1 or more; got ${String(count)}.`,
    );
  }
  const { signal } = options;
  const create = linkMaker(client, target, { [waitSignal]: signal });
  const aborted = () => new APIUserAbortError('createOneTimeLinks was aborted.', { cause: signal?.reason });
  const links: OneTimeLink[] = [];
  let started = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (started < count && !failure) {
      if (signal?.aborted) {
        failure = { error: aborted() };
        break;
      }
      started++;
      try {
        // The signal ends only the waits: aborting a request the API may have acted on would lose its link.
        const link = await create();
        links.push(link);
        options.onProgress?.({ done: links.length, total: count, link });
      } catch (error) {
        // Once aborted, the abort is what stopped the run, whatever a request failed with after it.
        failure ??= { error: signal?.aborted ? aborted() : error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  if (failure) {
    throw new CreateOneTimeLinksError(
      `createOneTimeLinks: made ${links.length} of ${count} links, then: ${errorMessage(failure.error)}`,
      links,
      failure.error,
    );
  }
  return links;
}

function linkMaker(
  client: OnceLinkCore,
  target: OneTimeLinkTarget,
  options: InternalRequestOptions,
): () => Promise<OneTimeLink> {
  const t = (target ?? {}) as {
    masterPage?: unknown;
    bookingCalendar?: unknown;
    body?: BookingCalendarLinkCreateParams;
  };
  const isId = (v: unknown): v is string => typeof v === 'string' && v !== '';
  if (isId(t.masterPage) && t.bookingCalendar === undefined && t.body === undefined) {
    const pages = new MasterPages(client);
    const id = t.masterPage;
    return () => pages.createOneTimeLink(id, options);
  }
  if (isId(t.bookingCalendar) && t.masterPage === undefined) {
    const calendars = new BookingCalendars(client);
    const id = t.bookingCalendar;
    return () => calendars.createOneTimeLink(id, t.body, options);
  }
  throw new OnceLinkError(
    'createOneTimeLinks: `target` must be { masterPage: id } or { bookingCalendar: id, body? }, with exactly one non-empty id (a master page takes no body).',
  );
}
