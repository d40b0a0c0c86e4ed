// The control object: arrange and inspect one mock instance's state, and inject faults.
import type { RuleType } from './fixtures/types.js';
import type { Clock } from './state/clock.js';
import { isoSeconds } from './state/clock.js';
import { badRequest } from './state/errors.js';
import { cancelBooking } from './state/bookings.js';
import {
  completeBooking,
  markNoShow,
  reassignBooking,
  rescheduleAsCustomer,
  targetOf,
} from './state/lifecycle.js';
import { isTimeZone } from './handlers/input.js';
import { LINK_LIFETIME_MS, bookThroughLink, linkState, lookupLink } from './state/links.js';
import type { LinkState, LinkTarget } from './state/records.js';
import { openSlots } from './state/slots.js';
import type { Store } from './state/store.js';
import { bookingWire } from './state/wire.js';
import type { Booking } from './state/wire-types.js';
import type { Faults } from './handlers/faults.js';
import type { Limiters } from './handlers/rate-limit.js';
import type { WebhookDelivery, WebhookDispatcher } from './webhooks/dispatch.js';

export interface ControlLink {
  id: string;
  url: string;
  creation_time: string;
  /** When an unused link stops working (90 days after creation). */
  expires_at: string;
  target: { type: 'master_page' | 'booking_calendar'; id: string };
  state: LinkState;
  booking_id: string | null;
}

export interface ControlMasterPage {
  id: string;
  name: string;
  active: boolean;
  rule_type: RuleType;
  deleted: boolean;
}

export interface BookThroughLinkInput {
  name: string;
  email: string;
  /** ISO 8601; the first open slot when absent. */
  start_time?: string | undefined;
  time_zone?: string | undefined;
}

export interface RescheduleInput {
  /** ISO 8601; the first open slot when absent. */
  start_time?: string | undefined;
  time_zone?: string | undefined;
}

export interface MockControl {
  /** Switches a master page's rule type; leaving `dynamic` invalidates its links for good. */
  setRuleType(masterPageId: string, ruleType: RuleType): void;
  /** Every master page with what the API does not show: its rule type (and whether it is deleted). */
  masterPages(): ControlMasterPage[];
  /** Every one-time link made so far, oldest first, with its state. */
  links(): ControlLink[];
  /** Every booking, newest first, as `GET /bookings` would show it. */
  bookings(): Booking[];
  /**
   * Books through a link exactly as the hosted page does (same atomic step). Throws an Error
   * saying why when the link does not work (any more) or the slot is not open.
   */
  bookThroughLink(linkIdOrUrl: string, input: BookThroughLinkInput): Booking;
  /**
   * The customer cancels through the booking's `cancel_url` (`actioned_by: 'customer'`,
   * `booking.canceled`). Throws an Error saying why when the booking cannot be cancelled.
   */
  cancelAsCustomer(bookingId: string, reason?: string): Booking;
  /**
   * The customer picks another time through the booking's `reschedule_url`: an active booking
   * moves (`booking.rescheduled`); one the host cancelled asking for a new time is replaced by
   * a new booking (`booking.canceled_then_rescheduled`). Returns the booking holding the time.
   */
  rescheduleAsCustomer(bookingId: string, input?: RescheduleInput): Booking;
  /** The meeting took place (`booking.completed`); only after it has ended on the fake's clock. */
  completeBooking(bookingId: string): Booking;
  /** The host marks a no-show (`booking.no_show`); only once the meeting has started. */
  markNoShow(bookingId: string): Booking;
  /** Gives an active booking to another user of the account (`booking.reassigned`). */
  reassignBooking(bookingId: string, userId: string): Booking;
  /** Webhook deliveries so far, with every attempt. */
  webhookDeliveries(): WebhookDelivery[];
  /** Resolves when every webhook delivery started so far has finished (or given up). */
  settled(): Promise<void>;
  /**
   * Back to the fixtures; forgets faults, latency, rate-limit counts and time travel. Like a
   * restart, it ends requests still held by latency as network errors.
   */
  reset(): void;
  /** Adds `ms` of latency to every API answer (0 turns it off). */
  setLatency(ms: number): void;
  /**
   * The next `count` API requests to arrive answer `status` with the API's error body, changing
   * nothing (a request already held by latency is not one of them).
   */
  failNext(count: number, status: number): void;
  /** The next `count` API requests answer 200 with a body the endpoint's schema does not allow. */
  malformNext(count?: number): void;
  /** The next `count` API requests fail as a network error. */
  dropNext(count?: number): void;
  /** Moves the fake's clock (link expiry, slots, timestamps, rate limit). */
  advanceTime(ms: number): void;
  now(): Date;
}

interface Parts {
  store: Store;
  clock: Clock;
  faults: Faults;
  limiters: Limiters;
  dispatcher: WebhookDispatcher;
}

export function createControl({ store, clock, faults, limiters, dispatcher }: Parts): MockControl {
  const tokenOf = (idOrUrl: string): string => {
    if (!/^https?:/.test(idOrUrl)) return idOrUrl;
    const last = new URL(idOrUrl).pathname.split('/').pop() ?? '';
    return last.replace(/^\./, '');
  };
  /** A time zone the caller passed, refused unless it is an IANA name. */
  const zoneOf = (timeZone: string | undefined): string | undefined => {
    if (timeZone !== undefined && !isTimeZone(timeZone)) {
      throw badRequest(
        `time_zone must be an IANA time zone such as 'Europe/Berlin'; got ${JSON.stringify(timeZone)}.`,
      );
    }
    return timeZone;
  };
  /** `start_time` as ms, or the first open slot in the next 30 days when it is absent. */
  const startOf = (target: LinkTarget, startTime: string | undefined): number => {
    const now = clock.now();
    const startMs =
      startTime === undefined
        ? openSlots(store, target, now, now + 30 * 86_400_000)[0]
        : Date.parse(startTime);
    if (startMs === undefined || Number.isNaN(startMs))
      throw badRequest('No open slot: pass start_time as an ISO 8601 timestamp of an open slot.');
    return startMs;
  };
  return {
    setRuleType: (id, ruleType) => store.setRuleType(id, ruleType),
    masterPages() {
      return [...store.masterPages.values()].map((mp) => ({
        id: mp.id,
        name: mp.name,
        active: mp.active,
        rule_type: mp.ruleType,
        deleted: mp.deleted,
      }));
    },
    links() {
      return [...store.links.values()].map((l) => ({
        id: l.id,
        url: l.url,
        creation_time: isoSeconds(l.createdAt),
        expires_at: isoSeconds(l.createdAt + LINK_LIFETIME_MS),
        target: { ...l.target },
        state: linkState(store, l),
        booking_id: l.bookingId ?? null,
      }));
    },
    bookings() {
      return [...store.bookings.values()]
        .sort((a, b) => b.creation_time.localeCompare(a.creation_time) || a.id.localeCompare(b.id))
        .map((b) => bookingWire(store, b));
    },
    bookThroughLink(idOrUrl, input) {
      const token = tokenOf(idOrUrl);
      const found = lookupLink(store, token);
      if (found.kind !== 'usable')
        throw badRequest(
          `This link cannot be booked through (unknown, used, invalidated or expired): '${token}'.`,
        );
      const startMs = startOf(found.link.target, input.start_time);
      const booking = bookThroughLink(store, token, {
        startMs,
        timeZone: zoneOf(input.time_zone) ?? 'UTC',
        form: { name: input.name, email: input.email },
      });
      if (!booking) throw badRequest(`This link cannot be booked through: '${token}'.`);
      return bookingWire(store, booking);
    },
    cancelAsCustomer(id, reason) {
      if (reason !== undefined && typeof reason !== 'string')
        throw badRequest('reason must be a string when given.');
      return bookingWire(store, cancelBooking(store, id, reason, 'customer'));
    },
    rescheduleAsCustomer(id, input = {}) {
      const startMs = startOf(targetOf(store.booking(id)), input.start_time);
      return bookingWire(store, rescheduleAsCustomer(store, id, startMs, zoneOf(input.time_zone)));
    },
    completeBooking: (id) => bookingWire(store, completeBooking(store, id)),
    markNoShow: (id) => bookingWire(store, markNoShow(store, id)),
    reassignBooking: (id, userId) => bookingWire(store, reassignBooking(store, id, userId)),
    webhookDeliveries: () => dispatcher.deliveries.map((d) => ({ ...d, attempts: [...d.attempts] })),
    settled: () => dispatcher.settled(),
    reset() {
      clock.resetOffset();
      store.reset();
      faults.reset();
      limiters.perAccount?.reset();
      limiters.perIp?.reset();
      dispatcher.reset();
    },
    setLatency(ms) {
      if (!Number.isFinite(ms) || ms < 0 || ms > 60_000)
        throw new RangeError(`setLatency(ms) takes 0 to 60000 ms, got ${String(ms)}.`);
      faults.latencyMs = ms;
    },
    failNext(count, status) {
      if (!Number.isInteger(status) || status < 400 || status > 599)
        throw new RangeError(
          `failNext(count, status) needs an HTTP error status from 400 to 599, got ${String(status)}.`,
        );
      faults.push(count, { kind: 'fail', status });
    },
    malformNext: (count = 1) => faults.push(count, { kind: 'malform' }),
    dropNext: (count = 1) => faults.push(count, { kind: 'drop' }),
    advanceTime: (ms) => clock.advance(ms),
    now: () => new Date(clock.now()),
  };
}
