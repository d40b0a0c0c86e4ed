// Wire schema of a booking, with its expandable references.
import * as z from '../internal/zod.js';
import { expandable, maybe, timestamp } from './shared.js';
import { masterPage } from './master-page.js';
import { bookingCalendar } from './booking-calendar.js';

/** Known statuses; a status the API adds later still parses (as a plain string). */
export type BookingStatus = 'requested' | 'scheduled' | 'rescheduled' | 'completed' | 'canceled' | 'no_show';

// Objects a booking can expand into that the SDK has no resource for: kept loose.
const anyObject = z.looseObject({ id: z.string(), object: maybe(z.string()) });

export const booking = z.looseObject({
  object: z.literal('booking'),
  id: z.string(),
  tracking_id: maybe(z.string()),
  subject: maybe(z.string()),
  status: maybe(z.string() as z.ZodMiniType<BookingStatus | (string & {})>),
  in_trash: maybe(z.boolean()),
  creation_time: maybe(timestamp),
  starting_time: maybe(timestamp),
  customer_timezone: maybe(z.string()),
  last_updated_time: maybe(timestamp),
  duration_minutes: maybe(z.number()),
  virtual_conferencing: maybe(z.looseObject({})),
  location_description: maybe(z.string()),
  rescheduled_booking_id: maybe(z.string()),
  cancel_reschedule_information: maybe(
    z.looseObject({
      reason: maybe(z.string()),
      actioned_by: maybe(z.string() as z.ZodMiniType<'user' | 'customer' | (string & {})>),
      user_id: maybe(z.string()),
    }),
  ),
  attendees: maybe(z.array(z.unknown())),
  form_submission: maybe(
    z.looseObject({
      name: maybe(z.string()),
      email: maybe(z.string()),
      phone: maybe(z.string()),
      mobile_phone: maybe(z.string()),
      note: maybe(z.string()),
      company: maybe(z.string()),
      guests: maybe(z.array(z.unknown())),
      custom_fields: maybe(z.array(z.unknown())),
    }),
  ),
  booking_page: expandable(anyObject),
  master_page: expandable(masterPage),
  event_type: expandable(anyObject),
  owner: expandable(anyObject),
  contact: expandable(anyObject),
  booking_calendar: expandable(bookingCalendar),
  utm_params: maybe(z.looseObject({})),
  cancel_url: maybe(z.string()),
  reschedule_url: maybe(z.string()),
});
export type Booking = z.output<typeof booking>;
