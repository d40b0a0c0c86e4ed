// What the fake keeps in memory: its own records, richer than the wire objects it answers with.
import type {
  BookingCalendarFixture,
  FixtureBookingStatus,
  MasterPageFixture,
  UserFixture,
} from '../fixtures/types.js';

/** A master page with every optional fixture field filled in. */
export type MasterPageRecord = { [K in keyof MasterPageFixture]-?: Exclude<MasterPageFixture[K], undefined> };

export type BookingCalendarRecord = BookingCalendarFixture;
export type UserRecord = UserFixture;

export interface ContactRecord {
  id: string;
  name: string;
  email: string;
}

export type LinkTarget = { type: 'master_page'; id: string } | { type: 'booking_calendar'; id: string };

export type FormValues = Record<string, string | string[]>;

export interface LinkRecord {
  id: string;
  url: string;
  createdAt: number;
  target: LinkTarget;
  /** Booking-calendar links: answers given at creation, used by the hosted page. */
  bookingForm?: FormValues;
  utmParams?: Record<string, string>;
  /** Set in the same step that creates the booking: the link is used. */
  bookingId?: string;
  /** Set when the master page left Dynamic rules: the link never works again. */
  invalidatedAt?: number;
}

/** The state of a link as the control object reports it. */
export type LinkState = 'active' | 'used' | 'invalidated' | 'expired';

export interface BookingRecord {
  id: string;
  tracking_id: string;
  subject: string;
  status: FixtureBookingStatus;
  in_trash: boolean;
  creation_time: string;
  starting_time: string;
  customer_timezone: string;
  last_updated_time: string;
  duration_minutes: number;
  virtual_conferencing: null;
  location_description: string | null;
  rescheduled_booking_id: string | null;
  cancel_reschedule_information: {
    reason: string | null;
    actioned_by: 'user' | 'customer';
    user_id: string | null;
  } | null;
  attendees: string[];
  form_submission: {
    name: string;
    email: string;
    phone: string | null;
    mobile_phone: string | null;
    note: string | null;
    company: string | null;
    guests: string[];
    custom_fields: { name: string; value: string | string[] }[];
  };
  booking_page: string;
  master_page: string | null;
  event_type: string;
  owner: string;
  contact: string;
  booking_calendar: string | null;
  utm_params: Record<string, string> | null;
  cancel_url: string;
  reschedule_url: string;
  /** Not on the wire (a booking does not say which link it came from). */
  linkId?: string;
  /** Not on the wire: the host cancelled it asking the customer to pick another time. */
  rescheduleRequested?: boolean;
}

export interface WebhookRecord {
  id: string;
  name: string;
  url: string;
  events: string[];
  creation_time: string;
  secret: string;
}
