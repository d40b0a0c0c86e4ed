// A booking's life after it is made, beyond the API's cancel and request-reschedule: the customer
// moving it, the meeting ending, a no-show, and a new owner.
import { isoSeconds } from './clock.js';
import { ApiFailure, badRequest, conflict } from './errors.js';
import { FINAL, assertOpenSlot, createBooking, linkRefusal } from './bookings.js';
import type { BookingRecord, FormValues, LinkTarget } from './records.js';
import { takesBookings } from './slots.js';
import type { Store } from './store.js';

/** The master page or booking calendar a booking was made on. */
export function targetOf(b: BookingRecord): LinkTarget {
  return b.master_page !== null
    ? { type: 'master_page', id: b.master_page }
    : { type: 'booking_calendar', id: b.booking_calendar ?? '' };
}

/** The answers a booking was made with, as a form a new booking can be made from. */
function formOf(b: BookingRecord): FormValues & { name: string; email: string } {
  const f = b.form_submission;
  const form: FormValues & { name: string; email: string } = { name: f.name, email: f.email };
  for (const key of ['phone', 'mobile_phone', 'note', 'company'] as const) {
    const value = f[key];
    if (value !== null) form[key] = value;
  }
  if (f.guests.length) form['guests'] = [...f.guests];
  for (const { name, value } of f.custom_fields) form[name] = value;
  return form;
}

const endMs = (b: BookingRecord): number => Date.parse(b.starting_time) + b.duration_minutes * 60_000;

/**
 * How the customer may pick another time through the booking's `reschedule_url`: `move` an
 * active booking that has not started, or `replace` one the host cancelled asking for a new
 * time. Otherwise the API's refusal, saying why.
 */
export function rescheduleKind(store: Store, b: BookingRecord): 'move' | 'replace' | ApiFailure {
  const refused = linkRefusal(store, b);
  if (refused) return refused;
  if (!takesBookings(store, targetOf(b))) {
    return conflict(
      `The page this booking was made on no longer takes bookings, so it can be cancelled but not moved: '${b.id}'`,
      'id',
    );
  }
  if (b.status === 'canceled' && b.rescheduleRequested) {
    const replacement = [...store.bookings.values()].find((other) => other.rescheduled_booking_id === b.id);
    return replacement
      ? conflict(`This booking was already rescheduled as '${replacement.id}': '${b.id}'`, 'id')
      : 'replace';
  }
  if (FINAL.has(b.status))
    return conflict(
      `This booking cannot be rescheduled because its status is '${b.status}': '${b.id}'`,
      'id',
    );
  if (store.clock.now() >= Date.parse(b.starting_time))
    return conflict(`This booking has already started, so it cannot be rescheduled: '${b.id}'`, 'id');
  return 'move';
}

/**
 * The customer picks another time. An active booking moves (same id, status `rescheduled`,
 * `booking.rescheduled`). A booking the host cancelled asking for a new time is replaced by a
 * new booking whose `rescheduled_booking_id` names it (`booking.canceled_then_rescheduled`).
 * Returns the booking that now holds the time.
 */
export function rescheduleAsCustomer(
  store: Store,
  id: string,
  startMs: number,
  timeZone?: string,
): BookingRecord {
  const b = store.booking(id);
  const kind = rescheduleKind(store, b);
  if (kind instanceof ApiFailure) throw kind;
  return applyReschedule(store, b, kind, startMs, timeZone);
}

/** The change itself, for a caller that has the `rescheduleKind` already (the reschedule page). */
export function applyReschedule(
  store: Store,
  b: BookingRecord,
  kind: 'move' | 'replace',
  startMs: number,
  timeZone?: string,
): BookingRecord {
  const target = targetOf(b);
  if (kind === 'replace') {
    return createBooking(store, {
      target,
      startMs,
      timeZone: timeZone ?? b.customer_timezone,
      form: formOf(b),
      ...(b.utm_params ? { utmParams: { ...b.utm_params } } : {}),
      ...(b.linkId === undefined ? {} : { linkId: b.linkId }),
      replaces: b.id,
    });
  }
  assertOpenSlot(store, target, startMs);
  b.starting_time = isoSeconds(startMs);
  // A booking still waiting for the host's approval stays so; a confirmed one is now rescheduled.
  if (b.status !== 'requested') b.status = 'rescheduled';
  if (timeZone !== undefined) b.customer_timezone = timeZone;
  b.cancel_reschedule_information = { reason: null, actioned_by: 'customer', user_id: null };
  b.last_updated_time = isoSeconds(store.clock.now());
  store.emit('booking.rescheduled', b);
  return b;
}

/** The meeting took place: only once it has ended, and only for an active booking. */
export function completeBooking(store: Store, id: string): BookingRecord {
  const b = store.booking(id);
  if (FINAL.has(b.status))
    throw conflict(`This booking cannot be completed because its status is '${b.status}': '${id}'`, 'id');
  if (store.clock.now() < endMs(b)) {
    throw conflict(
      `This booking ends at ${isoSeconds(endMs(b))}; it can be completed only after that (move the clock with advanceTime): '${id}'`,
      'id',
    );
  }
  return change(store, b, 'booking.completed', () => {
    b.status = 'completed';
  });
}

/** The host marks that the customer did not come: once the meeting has started, and not after a cancellation. */
export function markNoShow(store: Store, id: string): BookingRecord {
  const b = store.booking(id);
  if (b.status !== 'completed' && FINAL.has(b.status)) {
    throw conflict(
      `This booking cannot be marked as a no-show because its status is '${b.status}': '${id}'`,
      'id',
    );
  }
  if (store.clock.now() < Date.parse(b.starting_time)) {
    throw conflict(
      `This booking starts at ${b.starting_time}; it can be marked as a no-show only after that (move the clock with advanceTime): '${id}'`,
      'id',
    );
  }
  return change(store, b, 'booking.no_show', () => {
    b.status = 'no_show';
  });
}

/** Gives an active booking to another user of the account. */
export function reassignBooking(store: Store, id: string, userId: string): BookingRecord {
  const b = store.booking(id);
  if (FINAL.has(b.status))
    throw conflict(`This booking cannot be reassigned because its status is '${b.status}': '${id}'`, 'id');
  if (!store.users.has(userId)) {
    throw badRequest(`No such user: '${userId}'. Use one of ${[...store.users.keys()].join(', ')}.`, 'owner');
  }
  if (b.owner === userId) throw badRequest(`This booking is already owned by '${userId}': '${id}'`, 'owner');
  return change(store, b, 'booking.reassigned', () => {
    b.owner = userId;
  });
}

function change(
  store: Store,
  b: BookingRecord,
  event: 'booking.completed' | 'booking.no_show' | 'booking.reassigned',
  apply: () => void,
): BookingRecord {
  apply();
  b.last_updated_time = isoSeconds(store.clock.now());
  store.emit(event, b);
  return b;
}
