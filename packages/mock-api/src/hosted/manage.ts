// Handlers for a booking's cancel_url and reschedule_url: the customer cancels, or picks another time.
import { http, type HttpHandler } from 'msw';
import { isTimeZone } from '../handlers/input.js';
import { CUSTOMER_REASON_MAX as REASON_MAX, FINAL, cancelBooking } from '../state/bookings.js';
import { ApiFailure } from '../state/errors.js';
import { applyReschedule, rescheduleKind, targetOf } from '../state/lifecycle.js';
import type { BookingRecord } from '../state/records.js';
import { isOfferedSlot } from '../state/slots.js';
import type { Store } from '../state/store.js';
import {
  type BookingSummary,
  cancelPage,
  canceledPage,
  reschedulePage,
  rescheduledPage,
  unchangeablePage,
} from './manage-pages.js';
import { page, shownSlots } from './respond.js';
import { formatSlot, readForm } from './visit.js';

/** The booking behind the URL, or undefined for anything that is not one. */
function bookingAt(store: Store, id: unknown): BookingRecord | undefined {
  return typeof id === 'string' && id.length <= 100 ? store.bookings.get(id) : undefined;
}

/** `iana_time_zone` from the URL when valid, else the customer's own. */
function timeZoneFor(url: URL, b: BookingRecord): string {
  const asked = url.searchParams.get('iana_time_zone');
  if (asked !== null && isTimeZone(asked)) return asked;
  return isTimeZone(b.customer_timezone) ? b.customer_timezone : 'UTC';
}

const summaryOf = (b: BookingRecord, timeZone: string): BookingSummary => ({
  subject: b.subject,
  when: formatSlot(Date.parse(b.starting_time), timeZone),
  name: b.form_submission.name,
});

/** Unknown bookings answer 404, known ones that can no longer change 410: the page is the same. */
const unchangeable = (b: BookingRecord | undefined): Response => page(b ? 410 : 404, unchangeablePage());

export function manageBookingHandlers(store: Store, linkBaseURL: string): HttpHandler[] {
  const base = linkBaseURL.replace(/\/$/, '');

  const rescheduleView = (
    b: BookingRecord,
    timeZone: string,
    requested: boolean,
    chosen: string,
    error?: string,
  ): string => {
    return reschedulePage({
      booking: summaryOf(b, timeZone),
      requested,
      slots: shownSlots(store, targetOf(b), timeZone),
      chosen,
      timeZoneLabel: timeZone,
      ...(error === undefined ? {} : { error }),
    });
  };

  return [
    http.get(`${base}/cancel/:id`, ({ request, params }) => {
      const b = bookingAt(store, params['id']);
      if (!b || FINAL.has(b.status)) return unchangeable(b);
      return page(200, cancelPage(summaryOf(b, timeZoneFor(new URL(request.url), b)), ''));
    }),
    http.post(`${base}/cancel/:id`, async ({ request, params }) => {
      const form = await readForm(request);
      // Checked after the body is read: another request may have changed the booking meanwhile.
      const b = bookingAt(store, params['id']);
      if (!b || FINAL.has(b.status)) return unchangeable(b);
      const timeZone = timeZoneFor(new URL(request.url), b);
      const reason = (form?.get('reason') ?? '').trim();
      if (!form)
        return page(
          400,
          cancelPage(summaryOf(b, timeZone), '', 'The form could not be read. Please submit it again.'),
        );
      try {
        cancelBooking(store, b.id, reason === '' ? undefined : reason, 'customer');
      } catch (e) {
        // Synchronous since the status check above: the only refusal left is the reason's length.
        if (!(e instanceof ApiFailure)) throw e;
        return page(
          400,
          cancelPage(summaryOf(b, timeZone), reason, `Use at most ${REASON_MAX} characters for the reason.`),
        );
      }
      return page(200, canceledPage(summaryOf(b, timeZone)));
    }),
    http.get(`${base}/reschedule/:id`, ({ request, params }) => {
      const b = bookingAt(store, params['id']);
      const kind = b && rescheduleKind(store, b);
      if (!b || !kind || kind instanceof ApiFailure) return unchangeable(b);
      return page(200, rescheduleView(b, timeZoneFor(new URL(request.url), b), kind === 'replace', ''));
    }),
    http.post(`${base}/reschedule/:id`, async ({ request, params }) => {
      const chosen = (await readForm(request))?.get('start_time') ?? '';
      const b = bookingAt(store, params['id']);
      const kind = b && rescheduleKind(store, b);
      if (!b || !kind || kind instanceof ApiFailure) return unchangeable(b);
      const timeZone = timeZoneFor(new URL(request.url), b);
      const startMs = Date.parse(chosen);
      const retry = (status: number, error: string) =>
        page(status, rescheduleView(b, timeZone, kind === 'replace', '', error));
      if (!isOfferedSlot(store, targetOf(b), startMs)) return retry(400, 'Pick one of the times below.');
      try {
        const holding = applyReschedule(store, b, kind, startMs, timeZone);
        return page(
          200,
          rescheduledPage(summaryOf(holding, timeZone), {
            rescheduleUrl: holding.reschedule_url,
            cancelUrl: holding.cancel_url,
          }),
        );
      } catch (e) {
        // Synchronous since rescheduleKind: the only refusal left is a time that is not open.
        if (!(e instanceof ApiFailure)) throw e;
        return retry(409, 'That time is no longer available. Please pick another.');
      }
    }),
  ];
}
