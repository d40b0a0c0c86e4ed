// The fake's in-memory state: one instance per mock API, loaded from fixtures and reset to them.
import type { Fixtures, RuleType } from '../fixtures/types.js';
import type { Clock } from './clock.js';
import type {
  BookingCalendarRecord,
  BookingRecord,
  ContactRecord,
  LinkRecord,
  MasterPageRecord,
  UserRecord,
  WebhookRecord,
} from './records.js';
import { badRequest, notFound } from './errors.js';
import { bookingFromFixture } from './booking-fixture.js';
import type { BookingEventType } from './events.js';

export interface StoreOptions {
  fixtures: Fixtures;
  clock: Clock;
  /** Origin (and optional path) the hosted booking pages live under. */
  linkBaseURL: string;
  /** The same for booking calendars (the API makes their links on another host). */
  calendarLinkBaseURL: string;
  onEvent: (type: BookingEventType, booking: BookingRecord) => void;
  /** A webhook subscription was deleted: its deliveries still retrying end now. */
  onWebhookDeleted?: (id: string) => void;
}

export class Store {
  readonly users = new Map<string, UserRecord>();
  readonly masterPages = new Map<string, MasterPageRecord>();
  readonly bookingCalendars = new Map<string, BookingCalendarRecord>();
  readonly bookings = new Map<string, BookingRecord>();
  readonly contacts = new Map<string, ContactRecord>();
  readonly links = new Map<string, LinkRecord>();
  readonly webhooks = new Map<string, WebhookRecord>();

  constructor(readonly options: StoreOptions) {
    this.load();
  }

  get clock(): Clock {
    return this.options.clock;
  }

  get linkBaseURL(): string {
    return this.options.linkBaseURL;
  }

  get calendarLinkBaseURL(): string {
    return this.options.calendarLinkBaseURL;
  }

  emit(type: BookingEventType, booking: BookingRecord): void {
    this.options.onEvent(type, booking);
  }

  /** Deletes a webhook subscription; nothing more is delivered to it. */
  deleteWebhook(id: string): void {
    this.webhooks.delete(id);
    this.options.onWebhookDeleted?.(id);
  }

  /** Back to the fixtures: every link, booking, contact and webhook made since is forgotten. */
  reset(): void {
    for (const map of [
      this.users,
      this.masterPages,
      this.bookingCalendars,
      this.bookings,
      this.contacts,
      this.links,
      this.webhooks,
    ]) {
      map.clear();
    }
    this.load();
  }

  private load(): void {
    const { fixtures } = this.options;
    const firstUser = fixtures.users[0]?.id ?? 'USR-OWNER00001';
    for (const u of fixtures.users) this.users.set(u.id, { ...u });
    for (const mp of fixtures.masterPages) {
      this.masterPages.set(mp.id, {
        id: mp.id,
        name: mp.name,
        label: mp.label,
        slug: mp.slug,
        active: mp.active,
        ruleType: mp.ruleType,
        deleted: mp.deleted ?? false,
        owner: mp.owner ?? firstUser,
        durationMinutes: mp.durationMinutes ?? 30,
      });
    }
    for (const bc of fixtures.bookingCalendars) this.bookingCalendars.set(bc.id, { ...bc });
    for (const b of fixtures.bookings) {
      const record = bookingFromFixture(this, b);
      this.bookings.set(record.id, record);
    }
  }

  /** A master page that exists and is not deleted, or the API's 404. */
  masterPage(id: string): MasterPageRecord {
    const mp = this.masterPages.get(id);
    if (!mp) throw notFound('master page', id);
    // The API's own words for a page that was there: a 400, not the 404 of an id never seen.
    if (mp.deleted) throw badRequest(`This master page is deleted: '${id}'`, 'id');
    return mp;
  }

  bookingCalendar(id: string): BookingCalendarRecord {
    const bc = this.bookingCalendars.get(id);
    if (!bc) throw notFound('booking calendar', id);
    return bc;
  }

  booking(id: string): BookingRecord {
    const b = this.bookings.get(id);
    if (!b) throw notFound('booking', id);
    return b;
  }

  webhook(id: string): WebhookRecord {
    const w = this.webhooks.get(id);
    if (!w) throw notFound('webhook', id);
    return w;
  }

  /** Finds or creates the contact a booking is filed under (one per email address). */
  contactFor(name: string, email: string): ContactRecord {
    const key = email.toLowerCase();
    for (const c of this.contacts.values()) if (c.email.toLowerCase() === key) return c;
    const contact = { id: `CTC-${String(this.contacts.size + 1).padStart(9, '0')}`, name, email };
    this.contacts.set(contact.id, contact);
    return contact;
  }

  /**
   * Changes a master page's rule type. Leaving Dynamic rules stops every link made for the
   * page from working, for good: switching back does not revive them.
   */
  setRuleType(masterPageId: string, ruleType: RuleType): void {
    if (ruleType !== 'dynamic' && ruleType !== 'static' && ruleType !== 'none') {
      throw badRequest(
        `Unknown rule type: '${String(ruleType)}'. Use 'dynamic', 'static' or 'none'.`,
        'rule_type',
      );
    }
    const mp = this.masterPage(masterPageId);
    if (mp.ruleType === 'dynamic' && ruleType !== 'dynamic') {
      const at = this.clock.now();
      for (const link of this.links.values()) {
        if (
          link.target.type === 'master_page' &&
          link.target.id === mp.id &&
          link.invalidatedAt === undefined
        ) {
          link.invalidatedAt = at;
        }
      }
    }
    mp.ruleType = ruleType;
  }
}
