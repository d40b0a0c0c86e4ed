// Wire schemas of a booking calendar, its time slots and the answer to scheduling through it.
import * as z from '../internal/zod.js';
import { maybe, timestamp } from './shared.js';

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

export const scheduleResult = z.looseObject({ id: z.string() });
export type ScheduleResult = z.output<typeof scheduleResult>;
