// The demo's tiny CRM: a few contacts and their booking status, with change listeners for live updates.
import { RecentIds } from './recent-ids.js';

export type ContactStatus = 'new' | 'link-sent' | 'booked' | 'canceled';

export interface Contact {
  id: string;
  name: string;
  email: string;
  company: string;
  status: ContactStatus;
  /** ISO time of the booked meeting, when the webhook said so. */
  bookedFor?: string;
  /** The booking the status is about, so an event for another booking cannot change it. */
  bookingId?: string;
  /** That booking's `last_updated_time` when the status was set: older news is ignored. */
  updatedAt?: string;
}

/** Example addresses only (reserved example domains), so nothing real is ever contacted. */
const seed: readonly Omit<Contact, 'status'>[] = [
  { id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines' },
  { id: 'c2', name: 'Grace Hopper', email: 'grace@example.org', company: 'Compilers Inc.' },
  { id: 'c3', name: 'Alan Turing', email: 'alan@example.net', company: 'Bletchley Labs' },
  { id: 'c4', name: 'Katherine Johnson', email: 'katherine@example.com', company: 'Orbital Maths' },
];

export type ContactListener = (contact: Contact) => void;

/**
 * What a booking event says: `first` for the event that creates a booking (`booking.scheduled`,
 * and `booking.canceled_then_rescheduled`, whose booking is a new one); `moved` for a later change
 * of the same booking (`booking.rescheduled`).
 */
export type BookingNews = 'first' | 'moved';

/** How many cancelled booking ids are remembered: far more than the demo ever sees, and still bounded. */
const rememberedCancellations = 1_000;

export class ContactBook {
  readonly #contacts: Contact[] = seed.map((c) => ({ ...c, status: 'new' }));
  readonly #listeners = new Set<ContactListener>();
  /** Cancelled bookings, including ones no contact showed yet: a cancellation is final whatever order events arrive in. */
  readonly #canceled = new RecentIds(rememberedCancellations);

  all(): Contact[] {
    return this.#contacts.map((c) => ({ ...c }));
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: ContactListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Records that a link was copied for the contact; a booked contact stays booked. Undefined for an unknown id. */
  markLinkSent(id: string): Contact | undefined {
    const contact = this.#contacts.find((c) => c.id === id);
    if (!contact) return undefined;
    if (contact.status !== 'booked') {
      contact.status = 'link-sent';
      this.#notify(contact);
    }
    return { ...contact };
  }

  /**
   * Marks the contact with this email booked (emails compare case-insensitively, as mail
   * does in practice). Webhooks can arrive late, twice or out of order, so this news is ignored:
   * - about a booking cancelled before (a cancellation is final, even when it came first);
   * - older than what the contact shows (`last_updated_time`);
   * - for the booking the contact already shows, a `first` event: every later event of that
   *   booking is at least as new, and `last_updated_time` has one-second precision, so an equal
   *   time cannot tell a redelivered `booking.scheduled` from the move that followed it. The
   *   event creation order is not a reliable tie-breaker either.
   * A `moved` event with the same time as the one shown does apply: two moves of one booking in
   * the same second cannot be told apart, and the one delivered last wins.
   * Returns the contact, or undefined when nothing changed.
   */
  markBooked(
    email: string,
    booking: { id: string; news: BookingNews; startingTime?: string; updatedAt?: string },
  ): Contact | undefined {
    if (this.#canceled.has(booking.id)) return undefined;
    const wanted = email.trim().toLowerCase();
    const contact = this.#contacts.find((c) => c.email.toLowerCase() === wanted);
    if (!contact) return undefined;
    const sameBooking = contact.bookingId === booking.id;
    if (sameBooking && (contact.status === 'canceled' || booking.news === 'first')) return undefined;
    if (isOlder(booking.updatedAt, contact.updatedAt)) return undefined;
    contact.status = 'booked';
    contact.bookedFor = booking.startingTime;
    contact.bookingId = booking.id;
    contact.updatedAt = booking.updatedAt;
    this.#notify(contact);
    return { ...contact };
  }

  /**
   * Records the booking as cancelled for good, and marks cancelled the contact whose current
   * booking it is. Undefined when no contact's current booking has that id (an older booking,
   * someone else's, or one whose booking event has not arrived yet).
   */
  markCanceled(bookingId: string, updatedAt?: string): Contact | undefined {
    this.#canceled.add(bookingId);
    const contact = this.#contacts.find((c) => c.bookingId === bookingId && c.status === 'booked');
    if (!contact) return undefined;
    contact.status = 'canceled';
    contact.updatedAt = updatedAt;
    this.#notify(contact);
    return { ...contact };
  }

  #notify(contact: Contact): void {
    for (const listener of this.#listeners) listener({ ...contact });
  }
}

/** True when both times are known and `a` is before `b`. */
function isOlder(a: string | undefined, b: string | undefined): boolean {
  const at = a === undefined ? NaN : Date.parse(a);
  const bt = b === undefined ? NaN : Date.parse(b);
  return at < bt;
}
