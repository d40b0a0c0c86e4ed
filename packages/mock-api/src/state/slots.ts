// Open time slots: weekdays 09:00-17:00 UTC in steps of the meeting length, minus what is booked.
import type { LinkTarget } from './records.js';
import type { Store } from './store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Bookings need an hour's notice and may be at most 60 days ahead. */
export const MIN_NOTICE_MS = HOUR;
export const HORIZON_MS = 60 * DAY;
const MAX_SLOTS = 2000;

export function durationOf(store: Store, target: LinkTarget): number {
  return target.type === 'master_page'
    ? (store.masterPages.get(target.id)?.durationMinutes ?? 30)
    : (store.bookingCalendars.get(target.id)?.durationMinutes ?? 30);
}

/** Whether a page or calendar takes bookings at all: a live, active master page or a published calendar. */
export function takesBookings(store: Store, target: LinkTarget): boolean {
  if (target.type === 'master_page') {
    const mp = store.masterPages.get(target.id);
    return !!mp && !mp.deleted && mp.active;
  }
  return store.bookingCalendars.get(target.id)?.published === true;
}

/**
 * Start times (ms) in [fromMs, toMs) that the target's schedule offers, booked or not: weekdays
 * 09:00-17:00 UTC in steps of the meeting length, with an hour's notice, at most 60 days ahead.
 * None for a target that takes no bookings.
 */
export function slotTimes(store: Store, target: LinkTarget, fromMs: number, toMs: number): number[] {
  if (!takesBookings(store, target)) return [];
  const now = store.clock.now();
  const step = durationOf(store, target) * 60_000;
  const earliest = Math.max(fromMs, now + MIN_NOTICE_MS);
  const latest = Math.min(toMs, now + HORIZON_MS);
  const out: number[] = [];
  for (let day = earliest - (earliest % DAY); day < latest && out.length < MAX_SLOTS; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let t = day + 9 * HOUR; t + step <= day + 17 * HOUR; t += step) {
      if (t >= earliest && t < latest) out.push(t);
    }
  }
  return out;
}

/** Start times (ms) of the open slots of a target in [fromMs, toMs): offered and not booked. */
export function openSlots(store: Store, target: LinkTarget, fromMs: number, toMs: number): number[] {
  const taken = takenStarts(store, target);
  return slotTimes(store, target, fromMs, toMs).filter((t) => !taken.has(t));
}

export function isOpenSlot(store: Store, target: LinkTarget, startMs: number): boolean {
  return openSlots(store, target, startMs, startMs + 1).includes(startMs);
}

/** A time the schedule offers, booked or not: one that is not is "not a time", rather than "no longer available". */
export function isOfferedSlot(store: Store, target: LinkTarget, startMs: number): boolean {
  return slotTimes(store, target, startMs, startMs + 1).includes(startMs);
}

function takenStarts(store: Store, target: LinkTarget): Set<number> {
  const taken = new Set<number>();
  for (const b of store.bookings.values()) {
    const same =
      target.type === 'master_page' ? b.master_page === target.id : b.booking_calendar === target.id;
    if (same && (b.status === 'scheduled' || b.status === 'rescheduled' || b.status === 'requested')) {
      taken.add(Date.parse(b.starting_time));
    }
  }
  return taken;
}
