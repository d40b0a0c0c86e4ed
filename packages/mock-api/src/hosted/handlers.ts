// The hosted booking pages: each one-time link's URL (books once) and each page's ordinary link.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { createBooking } from '../state/bookings.js';
import { ApiFailure } from '../state/errors.js';
import { bookThroughLink, lookupLink } from '../state/links.js';
import type { BookingRecord, FormValues, LinkTarget } from '../state/records.js';
import { isOfferedSlot } from '../state/slots.js';
import type { Store } from '../state/store.js';
import {
  BOOKING_PAGE_CSS,
  STYLESHEET_PATH,
  type BookingPageView,
  bookingPage,
  confirmationPage,
  unavailablePage,
} from './pages.js';
import { page, shownSlots } from './respond.js';
import { type Visit, formatSlot, readPostedBooking, readVisit } from './visit.js';

// One answer whatever the reason (unknown, used, invalidated, expired): a different status would
// tell a visitor which, and so whether a guessed link exists.
export const unavailable = (): Response => page(404, unavailablePage());

/** Something a customer can book through: a one-time link, or a page's ordinary link. */
interface Surface {
  target: LinkTarget;
  name: string;
  stored?: FormValues;
  /** Books in one synchronous step; undefined when the surface no longer takes bookings. */
  book(
    startMs: number,
    timeZone: string,
    form: { name: string; email: string; mobile_phone?: string },
  ): BookingRecord | undefined;
}

type Found = { surface: Surface } | { refuse: 'unknown' | 'gone' } | undefined;

function targetName(store: Store, target: LinkTarget): string {
  return target.type === 'master_page'
    ? (store.masterPages.get(target.id)?.name ?? '')
    : (store.bookingCalendars.get(target.id)?.name ?? '');
}

/** `.<token>` is a one-time link; any other slug may be a page's or calendar's ordinary link. */
function findSurface(store: Store, slug: unknown): Found {
  if (typeof slug !== 'string' || slug.length > 200) return undefined;
  if (slug.startsWith('.')) {
    const token = slug.slice(1);
    const found = lookupLink(store, token);
    if (found.kind !== 'usable') return { refuse: found.kind };
    const { link } = found;
    return {
      surface: {
        target: link.target,
        name: targetName(store, link.target),
        ...(link.bookingForm ? { stored: link.bookingForm } : {}),
        book: (startMs, timeZone, form) => bookThroughLink(store, token, { startMs, timeZone, form }),
      },
    };
  }
  let target: LinkTarget | undefined;
  for (const mp of store.masterPages.values())
    if (mp.slug === slug && !mp.deleted && mp.active) target = { type: 'master_page', id: mp.id };
  for (const bc of store.bookingCalendars.values())
    if (bc.slug === slug && bc.published) target = { type: 'booking_calendar', id: bc.id };
  if (!target) return undefined;
  const fixed = target;
  return {
    surface: {
      target: fixed,
      name: targetName(store, fixed),
      book: (startMs, timeZone, form) => createBooking(store, { target: fixed, startMs, timeZone, form }),
    },
  };
}

function view(
  store: Store,
  s: Surface,
  visit: Visit,
  values: BookingPageView['values'],
  errors: BookingPageView['errors'],
): string {
  return bookingPage({
    pageName: s.name,
    slots: shownSlots(store, s.target, visit.timeZone),
    showForm: !visit.personalised,
    values,
    errors,
    timeZoneLabel: visit.timeZone,
  });
}

/** Handlers for `${linkBaseURL}/.<token>`, `${linkBaseURL}/<slug>` and the pages' stylesheet. */
export function hostedPageHandlers(store: Store, linkBaseURL: string): HttpHandler[] {
  const base = linkBaseURL.replace(/\/$/, '');
  return [
    http.get(
      `${base}${STYLESHEET_PATH}`,
      () =>
        new HttpResponse(BOOKING_PAGE_CSS, {
          headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' },
        }),
    ),
    http.get(`${base}/:slug`, ({ request, params }) => {
      const found = findSurface(store, params['slug']);
      if (!found) return undefined;
      if ('refuse' in found) return unavailable();
      const visit = readVisit(new URL(request.url), found.surface.stored);
      return page(
        200,
        view(store, found.surface, visit, { name: visit.name, email: visit.email, startTime: '' }, {}),
      );
    }),
    http.post(`${base}/:slug`, async ({ request, params }) => {
      const found = findSurface(store, params['slug']);
      if (!found) return undefined;
      if ('refuse' in found) return unavailable();
      const { surface } = found;
      const visit = readVisit(new URL(request.url), surface.stored);
      const { values, errors, startMs } = await readPostedBooking(request, visit);
      const retry = (status: number) =>
        page(
          status,
          view(
            store,
            surface,
            { ...visit, personalised: visit.personalised && !errors.name && !errors.email },
            values,
            errors,
          ),
        );
      // A time the page never offered is a bad form (400); one taken meanwhile is a conflict (409).
      if (!errors.start_time && !isOfferedSlot(store, surface.target, startMs))
        errors.start_time = 'Pick one of the times below.';
      if (Object.keys(errors).length) return retry(400);
      try {
        const phone = visit.mobilePhone ? { mobile_phone: visit.mobilePhone } : {};
        const booking = surface.book(startMs, visit.timeZone, {
          name: values.name,
          email: values.email,
          ...phone,
        });
        if (!booking) return unavailable();
        return page(
          200,
          confirmationPage(surface.name, formatSlot(startMs, visit.timeZone), values.name, {
            rescheduleUrl: booking.reschedule_url,
            cancelUrl: booking.cancel_url,
          }),
        );
      } catch (e) {
        if (!(e instanceof ApiFailure)) throw e;
        errors.start_time = 'That time is no longer available. Please pick another.';
        return retry(409);
      }
    }),
  ];
}
