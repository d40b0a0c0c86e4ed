// Wire schemas of a booking calendar, its time slots and scheduling through it.
import * as z from '../core/zod.js';
import { maybe, timestamp } from './shared.js';
import type { BookingFormValues } from './one-time-link.js';

export const bookingCalendar = z.looseObject({
  object: z.literal('booking_calendar'),
  id: z.string(),
  host: maybe(z.string()),
  name: maybe(z.string()),
  subject: maybe(z.string()),
  url: maybe(z.string()),
  published: maybe(z.boolean()),
  duration_minutes: maybe(z.number()),
});
export type BookingCalendar = z.output<typeof bookingCalendar>;

export const timeSlotLocation = z.looseObject({
  type: maybe(z.string()),
  value: maybe(z.string()),
  id: maybe(z.string()),
});

export const timeSlot = z.looseObject({
  start_time: timestamp,
  locations: maybe(z.array(timeSlotLocation)),
});
export type TimeSlot = z.output<typeof timeSlot>;
export const timeSlots = z.array(timeSlot);

export interface TimeSlotsParams {
  /** ISO 8601; at most 30 days before `end_time`. */
  start_time?: string | undefined;
  end_time?: string | undefined;
}

export interface ScheduleParams {
  start_time: string;
  guest_time_zone?: string | undefined;
  booking_form: BookingFormValues & { name: string; email: string };
  location?: { type?: string | undefined; value?: string | undefined; id?: string | undefined } | undefined;
}

export const scheduleResult = z.looseObject({ id: z.string() });
export type ScheduleResult = z.output<typeof scheduleResult>;
