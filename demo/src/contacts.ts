// The demo's tiny CRM: a few contacts and their booking status, with change listeners for live updates.

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

export class ContactBook {
  readonly #contacts: Contact[] = seed.map((c) => ({ ...c, status: 'new' }));
  readonly #listeners = new Set<ContactListener>();

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
   * does in practice). Webhooks can arrive out of order (a retried delivery comes late), so
   * news older than what the contact shows, or about a booking already cancelled, is ignored.
   * Returns the contact, or undefined when nothing changed.
   */
  markBooked(email: string, booking: { id: string; startingTime?: string; updatedAt?: string }): Contact | undefined {
    const wanted = email.trim().toLowerCase();
    const contact = this.#contacts.find((c) => c.email.toLowerCase() === wanted);
    if (!contact) return undefined;
    if (contact.status === 'canceled' && contact.bookingId === booking.id) return undefined;
    if (isOlder(booking.updatedAt, contact.updatedAt)) return undefined;
    contact.status = 'booked';
    contact.bookedFor = booking.startingTime;
    contact.bookingId = booking.id;
    contact.updatedAt = booking.updatedAt;
    this.#notify(contact);
    return { ...contact };
  }

  /**
   * Marks cancelled the contact whose current booking this is. Undefined when no contact's
   * current booking has that id (an older booking, or someone else's).
   */
  markCanceled(bookingId: string, updatedAt?: string): Contact | undefined {
    const contact = this.#contacts.find((c) => c.bookingId === bookingId && c.status === 'booked');
    if (!contact) return undefined;
    // A cancelled booking stays cancelled, however its other events arrive.
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
