// One-time links: who may have one, when one stops working, and the atomic step that uses one up.
import { badRequest } from './errors.js';
import { newLinkId } from './ids.js';
import type { FormValues, LinkRecord, LinkState, LinkTarget } from './records.js';
import type { Store } from './store.js';
import { createBooking } from './bookings.js';
import { takesBookings } from './slots.js';

/** Unused links are deleted after 90 days. */
export const LINK_LIFETIME_MS = 90 * 24 * 3_600_000;

export function createMasterPageLink(store: Store, masterPageId: string): LinkRecord {
  const page = store.masterPage(masterPageId);
  // Only the rules decide, as the API documents: an inactive page still gets links (they open the
  // neutral unavailable page while it takes no bookings).
  if (page.ruleType !== 'dynamic') {
    throw badRequest(`This master page does not allow creation of one time links: '${masterPageId}'`, 'id');
  }
  return addLink(store, { type: 'master_page', id: page.id });
}

export interface BookingCalendarLinkInput {
  hideUrlParams: boolean;
  bookingForm?: FormValues;
  utmParams?: Record<string, string>;
}

export function createBookingCalendarLink(
  store: Store,
  calendarId: string,
  input: BookingCalendarLinkInput,
): LinkRecord {
  const bc = store.bookingCalendar(calendarId);
  if (!bc.published) {
    throw badRequest(
      `This booking calendar does not allow creation of one time links: '${calendarId}'`,
      'id',
    );
  }
  return addLink(store, { type: 'booking_calendar', id: bc.id }, input);
}

function addLink(store: Store, target: LinkTarget, input?: BookingCalendarLinkInput): LinkRecord {
  const id = newLinkId();
  const base = target.type === 'booking_calendar' ? store.calendarLinkBaseURL : store.linkBaseURL;
  const url = new URL(`${base.replace(/\/$/, '')}/.${id}`);
  if (input && !input.hideUrlParams) {
    // Without hide_url_params the answers travel visibly in the URL, as the real API does.
    for (const [k, v] of Object.entries(input.bookingForm ?? {}))
      url.searchParams.set(k, Array.isArray(v) ? v.join(',') : v);
    for (const [k, v] of Object.entries(input.utmParams ?? {})) url.searchParams.set(`utm_${k}`, v);
  }
  const link: LinkRecord = {
    id,
    url: url.href,
    createdAt: store.clock.now(),
    target,
    ...(input?.bookingForm ? { bookingForm: input.bookingForm } : {}),
    ...(input?.utmParams ? { utmParams: input.utmParams } : {}),
  };
  store.links.set(id, link);
  return link;
}

export function linkState(store: Store, link: LinkRecord): LinkState {
  if (link.bookingId !== undefined) return 'used';
  if (link.invalidatedAt !== undefined) return 'invalidated';
  if (store.clock.now() - link.createdAt >= LINK_LIFETIME_MS) return 'expired';
  return 'active';
}

/** Whether the page or calendar behind a link still takes bookings through it (a page only with Dynamic rules). */
function targetTakesBookings(store: Store, target: LinkTarget): boolean {
  const dynamic = target.type !== 'master_page' || store.masterPages.get(target.id)?.ruleType === 'dynamic';
  return dynamic && takesBookings(store, target);
}

export type LinkLookup =
  { kind: 'unknown' } | { kind: 'gone'; link: LinkRecord } | { kind: 'usable'; link: LinkRecord };

/** Finds a link by the token in its URL; opening a link never changes it. */
export function lookupLink(store: Store, token: string): LinkLookup {
  const link = store.links.get(token);
  if (!link) return { kind: 'unknown' };
  if (linkState(store, link) !== 'active' || !targetTakesBookings(store, link.target))
    return { kind: 'gone', link };
  return { kind: 'usable', link };
}

export interface LinkBookingInput {
  startMs: number;
  timeZone: string;
  form: FormValues & { name: string; email: string };
}

/**
 * Books through a link and marks it used in one synchronous step (no await between the
 * check and the write), so of any number of simultaneous attempts exactly one succeeds.
 * Returns undefined when the link does not work (any more); throws the API's 400 for a
 * slot that is not open, leaving the link unused.
 */
export function bookThroughLink(store: Store, token: string, input: LinkBookingInput) {
  const found = lookupLink(store, token);
  if (found.kind !== 'usable') return undefined;
  const { link } = found;
  const booking = createBooking(store, {
    target: link.target,
    startMs: input.startMs,
    timeZone: input.timeZone,
    form: { ...link.bookingForm, ...input.form },
    ...(link.utmParams ? { utmParams: link.utmParams } : {}),
    linkId: link.id,
  });
  link.bookingId = booking.id;
  return booking;
}
