// How every hosted page answers: HTML under a strict CSP, never cached, never leaking the URL.
import { HttpResponse } from 'msw';
import { isoSeconds } from '../state/clock.js';
import type { LinkTarget } from '../state/records.js';
import { openSlots } from '../state/slots.js';
import type { Store } from '../state/store.js';
import type { SlotOption } from './pages.js';
import { formatSlot } from './visit.js';

const CSP =
  "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** How many open times a page offers at most. */
const SHOWN_SLOTS = 24;

/** The open times a page offers: the next two weeks, at most 24, labelled in `timeZone`. */
export function shownSlots(store: Store, target: LinkTarget, timeZone: string): SlotOption[] {
  const now = store.clock.now();
  return openSlots(store, target, now, now + 14 * 86_400_000)
    .slice(0, SHOWN_SLOTS)
    .map((t) => ({ iso: isoSeconds(t), label: formatSlot(t, timeZone) }));
}

export const page = (status: number, body: string): Response =>
  new HttpResponse(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    },
  });
