// Making, cancelling and asking to reschedule bookings: the state changes behind those endpoints.
import { isoSeconds } from './clock.js';
import { type ApiFailure, badRequest, conflict } from './errors.js';
import { newBookingId, newTrackingId } from './ids.js';
import type { BookingRecord, FormValues, LinkTarget } from './records.js';
import { isOpenSlot } from './slots.js';
import type { BookingEventType } from './events.js';
import type { Store } from './store.js';
import { bookingPageId, eventTypeId } from './booking-fixture.js';

export interface NewBooking {
  target: LinkTarget;
  startMs: number;
  timeZone: string;
  /** `name` and `email` are required; the other standard fields and custom fields are optional. */
  form: FormValues & { name: string; email: string };
  utmParams?: Record<string, string>;
  locationDescription?: string;
  linkId?: string;
  /** Set when the customer picks a new time after the host asked them to: the booking it replaces. */
  replaces?: string;
}

const STANDARD_FIELDS = new Set(['name', 'email', 'phone', 'mobile_phone', 'note', 'company', 'guests']);

const asText = (v: string | string[] | undefined): string | null =>
  v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;

/** Refuses a start time that is not an open slot (the caller has not changed anything yet). */
export function assertOpenSlot(
  store: Store,
  target: LinkTarget,
  startMs: number,
  param = 'start_time',
): void {
  if (!isOpenSlot(store, target, startMs)) {
    throw badRequest(
      `This time slot is not available: '${isoSeconds(startMs)}'. Ask GET /booking-calendars/{id}/time-slots for open ones.`,
      param,
    );
  }
}

/** Creates a booking; synchronous so a caller can make it part of one atomic step. */
export function createBooking(store: Store, input: NewBooking): BookingRecord {
  assertOpenSlot(store, input.target, input.startMs);
  const now = isoSeconds(store.clock.now());
  const { target, form } = input;
  const mp = target.type === 'master_page' ? store.masterPage(target.id) : undefined;
  const bc = target.type === 'booking_calendar' ? store.bookingCalendar(target.id) : undefined;
  const contact = store.contactFor(form.name, form.email);
  const id = newBookingId();
  const guests = form['guests'];
  const record: BookingRecord = {
    id,
    tracking_id: newTrackingId(),
    subject: mp?.name ?? bc?.subject ?? '',
    status: 'scheduled',
    in_trash: false,
    creation_time: now,
    starting_time: isoSeconds(input.startMs),
    customer_timezone: input.timeZone,
    last_updated_time: now,
    duration_minutes: mp?.durationMinutes ?? bc?.durationMinutes ?? 30,
    virtual_conferencing: null,
    location_description: input.locationDescription ?? null,
    rescheduled_booking_id: input.replaces ?? null,
    cancel_reschedule_information: null,
    attendees: [form.email],
    form_submission: {
      name: form.name,
      email: form.email,
      phone: asText(form['phone']),
      mobile_phone: asText(form['mobile_phone']),
      note: asText(form['note']),
      company: asText(form['company']),
      guests: guests === undefined ? [] : Array.isArray(guests) ? guests : [guests],
      custom_fields: Object.entries(form)
        .filter(([k]) => !STANDARD_FIELDS.has(k))
        .map(([name, value]) => ({ name, value })),
    },
    booking_page: bookingPageId(target.id),
    master_page: mp?.id ?? null,
    event_type: eventTypeId(target.id),
    owner: mp?.owner ?? bc?.host ?? '',
    contact: contact.id,
    booking_calendar: bc?.id ?? null,
    utm_params: input.utmParams ?? null,
    cancel_url: `${store.linkBaseURL}/cancel/${id}`,
    reschedule_url: `${store.linkBaseURL}/reschedule/${id}`,
    ...(input.linkId === undefined ? {} : { linkId: input.linkId }),
  };
  store.bookings.set(id, record);
  store.emit(
    input.replaces === undefined ? 'booking.scheduled' : 'booking.canceled_then_rescheduled',
    record,
  );
  return record;
}

/** Statuses after which nothing about a booking changes, except marking a completed one a no-show. */
export const FINAL = new Set(['canceled', 'completed', 'no_show']);

/** The longest reason a customer may give for cancelling (the cancel page's limit). */
export const CUSTOMER_REASON_MAX = 500;

/** Cancels as the host (the API) or as the customer (the booking's cancel page). */
export function cancelBooking(
  store: Store,
  id: string,
  reason: string | undefined,
  by: 'user' | 'customer' = 'user',
): BookingRecord {
  const b = store.booking(id);
  if (FINAL.has(b.status)) {
    throw conflict(`This booking cannot be cancelled because its status is '${b.status}': '${id}'`, 'id');
  }
  if (by === 'customer' && reason !== undefined && reason.length > CUSTOMER_REASON_MAX) {
    throw badRequest(
      `Use at most ${CUSTOMER_REASON_MAX} characters for the reason, as on the cancel page.`,
      'reason',
    );
  }
  return closeBooking(store, b, reason, by, 'booking.canceled');
}

/** Cancelling and asking to reschedule both end the booking. */
function closeBooking(
  store: Store,
  b: BookingRecord,
  reason: string | undefined,
  by: 'user' | 'customer',
  event: BookingEventType,
): BookingRecord {
  b.status = 'canceled';
  b.cancel_reschedule_information = {
    reason: reason ?? null,
    actioned_by: by,
    user_id: by === 'user' ? b.owner : null,
  };
  b.last_updated_time = isoSeconds(store.clock.now());
  if (event === 'booking.canceled_reschedule_requested') b.rescheduleRequested = true;
  store.emit(event, b);
  return b;
}

/**
 * Cancels the booking and asks the customer to pick another time. Refused for a booking
 * made through a one-time link whose master page has since left Dynamic rules.
 */
export function requestReschedule(store: Store, id: string, reason: string | undefined): BookingRecord {
  const b = store.booking(id);
  const refused = linkRefusal(store, b);
  if (refused) throw refused;
  if (FINAL.has(b.status)) {
    throw conflict(`This booking cannot be rescheduled because its status is '${b.status}': '${id}'`, 'id');
  }
  return closeBooking(store, b, reason, 'user', 'booking.canceled_reschedule_requested');
}

/**
 * The refusal for moving a booking made through a one-time link that has stopped working (it
 * can be cancelled, never moved), or undefined.
 */
export function linkRefusal(store: Store, b: BookingRecord): ApiFailure | undefined {
  const link = b.linkId === undefined ? undefined : store.links.get(b.linkId);
  if (link?.invalidatedAt === undefined) return undefined;
  return badRequest(
    `This booking was made through a one-time link that no longer works, so it can be cancelled but not rescheduled: '${b.id}'`,
    'id',
  );
}
