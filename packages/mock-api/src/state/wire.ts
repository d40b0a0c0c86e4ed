// Records to wire objects: what each endpoint answers, with `expand` replacing ids by objects.
import { isoSeconds } from './clock.js';
import type {
  BookingCalendarRecord,
  BookingRecord,
  LinkRecord,
  MasterPageRecord,
  WebhookRecord,
} from './records.js';
import type { Store } from './store.js';
import type { Booking, BookingCalendar, MasterPage, OneTimeLink, Webhook } from './wire-types.js';

export const EXPANDABLE = [
  'master_page',
  'booking_page',
  'event_type',
  'owner',
  'contact',
  'booking_calendar',
] as const;
export type Expandable = (typeof EXPANDABLE)[number];

export function masterPageWire(store: Store, mp: MasterPageRecord): MasterPage {
  return {
    object: 'master_page',
    id: mp.id,
    name: mp.name,
    label: mp.label,
    url: `${store.linkBaseURL}/${mp.slug}`,
    active: mp.active,
  };
}

export function bookingCalendarWire(store: Store, bc: BookingCalendarRecord): BookingCalendar {
  return {
    object: 'booking_calendar',
    id: bc.id,
    host: bc.host,
    name: bc.name,
    subject: bc.subject,
    url: `${store.calendarLinkBaseURL}/${bc.slug}`,
    published: bc.published,
    duration_minutes: bc.durationMinutes,
  };
}

export function linkWire(link: LinkRecord): OneTimeLink {
  return { id: link.id, url: link.url, creation_time: isoSeconds(link.createdAt) };
}

export function webhookWire(w: WebhookRecord): Webhook {
  return {
    object: 'webhook',
    id: w.id,
    api_version: 'v2',
    name: w.name,
    url: w.url,
    events: [...w.events],
    creation_time: w.creation_time,
    secret: w.secret,
  };
}

export function bookingWire(store: Store, b: BookingRecord, expand: readonly Expandable[] = []): Booking {
  const { linkId: _link, rescheduleRequested: _requested, ...wire } = b;
  const out: Booking = { object: 'booking', ...structuredClone(wire) };
  for (const field of expand) {
    if (field === 'master_page' && b.master_page !== null) {
      const mp = store.masterPages.get(b.master_page);
      if (mp) out.master_page = masterPageWire(store, mp);
    } else if (field === 'booking_calendar' && b.booking_calendar !== null) {
      const bc = store.bookingCalendars.get(b.booking_calendar);
      if (bc) out.booking_calendar = bookingCalendarWire(store, bc);
    } else if (field === 'owner') {
      const u = store.users.get(b.owner);
      if (u) out.owner = { object: 'user', id: u.id, name: u.name, email: u.email };
    } else if (field === 'contact') {
      const c = store.contacts.get(b.contact);
      if (c) out.contact = { object: 'contact', id: c.id, name: c.name, email: c.email };
    } else if (field === 'booking_page') {
      out.booking_page = { object: 'booking_page', id: b.booking_page, name: b.subject };
    } else if (field === 'event_type') {
      out.event_type = {
        object: 'event_type',
        id: b.event_type,
        name: b.subject,
        duration_minutes: b.duration_minutes,
      };
    }
  }
  return out;
}
