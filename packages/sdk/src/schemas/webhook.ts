// Wire schemas of a webhook subscription and of the events it delivers.
import * as z from '../internal/zod.js';
import { maybe, timestamp } from './shared.js';
import { booking } from './booking.js';

export type WebhookEventType =
  | 'booking.scheduled'
  | 'booking.rescheduled'
  | 'booking.reassigned'
  | 'booking.canceled_then_rescheduled'
  | 'booking.canceled_reschedule_requested'
  | 'booking.canceled'
  | 'booking.completed'
  | 'booking.no_show';

export const webhook = z.looseObject({
  object: z.literal('webhook'),
  id: z.string(),
  api_version: maybe(z.string()),
  name: maybe(z.string()),
  url: maybe(z.string()),
  events: maybe(z.array(z.string() as z.ZodMiniType<WebhookEventType | (string & {})>)),
  creation_time: maybe(timestamp),
  /** Signing secret; shown by the API on the subscription. */
  secret: maybe(z.string()),
});
export type Webhook = z.output<typeof webhook>;

const envelope = {
  id: z.string(),
  object: z.literal('event'),
  creation_time: maybe(timestamp),
  type: z.string() as z.ZodMiniType<WebhookEventType | (string & {})>,
  api_version: maybe(z.string()),
};

/** A booking event (`booking.*`): its `data` is a checked booking. */
export const webhookEvent = z.looseObject({ ...envelope, data: booking });
/**
 * Any event: the envelope checked, `data` kept as sent. Used for types that are not about
 * bookings (the API has others; `webhooks.create` subscribes to booking events only).
 */
export const webhookEventEnvelope = z.looseObject({ ...envelope, data: z.unknown() });
/** A verified `booking.*` event: its `data` is a checked booking. */
export type BookingWebhookEvent = z.output<typeof webhookEvent>;
/** A verified event of a type not about bookings: `data` is as sent, unchecked. */
export type OtherWebhookEvent = z.output<typeof webhookEventEnvelope>;
/** What `verifyWebhook` resolves to; `isBookingEvent` tells the two apart. */
export type WebhookEvent = BookingWebhookEvent | OtherWebhookEvent;

/** Whether a verified event is about a booking (`booking.*`), so that its `data` is a checked booking. */
export const isBookingEvent = (event: WebhookEvent): event is BookingWebhookEvent =>
  event.type.startsWith('booking.');
