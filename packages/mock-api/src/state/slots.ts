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

/** Start times (ms) of the open slots of a target in [fromMs, toMs). */
export function openSlots(store: Store, target: LinkTarget, fromMs: number, toMs: number): number[] {
  const now = store.clock.now();
  const step = durationOf(store, target) * 60_000;
  const earliest = Math.max(fromMs, now + MIN_NOTICE_MS);
  const latest = Math.min(toMs, now + HORIZON_MS);
  const taken = takenStarts(store, target);
  const out: number[] = [];
  for (let day = earliest - (earliest % DAY); day < latest && out.length < MAX_SLOTS; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let t = day + 9 * HOUR; t + step <= day + 17 * HOUR; t += step) {
      if (t >= earliest && t < latest && !taken.has(t)) out.push(t);
    }
  }
  return out;
}

export function isOpenSlot(store: Store, target: LinkTarget, startMs: number): boolean {
  return openSlots(store, target, startMs, startMs + 1).includes(startMs);
}

function takenStarts(store: Store, target: LinkTarget): Set<number> {
  const taken = new Set<number>();
  for (const b of store.bookings.values()) {
    const same = target.type === 'master_page' ? b.master_page === target.id : b.booking_calendar === target.id;
    if (same && (b.status === 'scheduled' || b.status === 'rescheduled' || b.status === 'requested')) {
      taken.add(Date.parse(b.starting_time));
    }
  }
  return taken;
}
