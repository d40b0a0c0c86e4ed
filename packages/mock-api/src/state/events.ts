// The booking events the API sends to webhooks: one list, for subscriptions and for the state that emits them.
import type { WebhookEventType } from './wire-types.js';

export const BOOKING_EVENTS = [
  'booking.scheduled',
  'booking.rescheduled',
  'booking.reassigned',
  'booking.canceled_then_rescheduled',
  'booking.canceled_reschedule_requested',
  'booking.canceled',
  'booking.completed',
  'booking.no_show',
] as const satisfies readonly WebhookEventType[];

export type BookingEventType = (typeof BOOKING_EVENTS)[number];
