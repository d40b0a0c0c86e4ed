// Turns a seed booking into the record the fake keeps, filling what a real booking would carry.
import type { BookingFixture } from '../fixtures/types.js';
import type { BookingCalendarRecord, BookingRecord, ContactRecord, MasterPageRecord } from './records.js';

/** What the conversion reads from the store being loaded (the store passes itself). */
export interface FixtureSource {
  readonly masterPages: ReadonlyMap<string, MasterPageRecord>;
  readonly bookingCalendars: ReadonlyMap<string, BookingCalendarRecord>;
  readonly linkBaseURL: string;
  contactFor(name: string, email: string): ContactRecord;
}

export function bookingFromFixture(store: FixtureSource, b: BookingFixture): BookingRecord {
  const mp = b.masterPage === undefined ? undefined : store.masterPages.get(b.masterPage);
  const bc = b.bookingCalendar === undefined ? undefined : store.bookingCalendars.get(b.bookingCalendar);
  if (!mp && !bc) {
    throw new TypeError(`Fixture booking ${b.id} names no existing master page or booking calendar.`);
  }
  const owner = mp?.owner ?? bc?.host ?? '';
  const contact = store.contactFor(b.name, b.email);
  const canceled = b.status === 'canceled';
  return {
    id: b.id,
    tracking_id: b.id.slice(-10),
    subject: mp?.name ?? bc?.subject ?? '',
    status: b.status,
    in_trash: false,
    creation_time: b.creationTime,
    starting_time: b.startingTime,
    customer_timezone: b.customerTimezone ?? 'UTC',
    last_updated_time: b.creationTime,
    duration_minutes: mp?.durationMinutes ?? bc?.durationMinutes ?? 30,
    virtual_conferencing: null,
    location_description: null,
    rescheduled_booking_id: null,
    cancel_reschedule_information: canceled
      ? { reason: 'Customer asked to cancel.', actioned_by: 'customer', user_id: null }
      : null,
    attendees: [b.email],
    form_submission: {
      name: b.name,
      email: b.email,
      phone: null,
      mobile_phone: null,
      note: b.note ?? null,
      company: b.company ?? null,
      guests: [],
      custom_fields: [],
    },
    booking_page: bookingPageId(mp?.id ?? bc?.id ?? ''),
    master_page: mp?.id ?? null,
    event_type: eventTypeId(mp?.id ?? bc?.id ?? ''),
    owner,
    contact: contact.id,
    booking_calendar: bc?.id ?? null,
    utm_params: null,
    cancel_url: `${store.linkBaseURL}/cancel/${b.id}`,
    reschedule_url: `${store.linkBaseURL}/reschedule/${b.id}`,
  };
}

/** The booking page behind a master page or calendar (the fake has one per target). */
export const bookingPageId = (targetId: string): string => `BP-${targetId.replace(/^[A-Z]+-/, '')}`;
export const eventTypeId = (targetId: string): string => `ET-${targetId.replace(/^[A-Z]+-/, '')}`;
