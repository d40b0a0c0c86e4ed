// Wire schemas of a webhook subscription and of the events it delivers.
import * as z from 'zod/mini';
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
export type Webhook = z.infer<typeof webhook>;

export interface WebhookCreateParams {
  url: string;
  name: string;
  events: WebhookEventType[];
}

export const webhookEvent = z.looseObject({
  id: z.string(),
  object: z.literal('event'),
  creation_time: maybe(timestamp),
  type: z.string() as z.ZodMiniType<WebhookEventType | (string & {})>,
  api_version: maybe(z.string()),
  data: booking,
});
export type WebhookEvent = z.infer<typeof webhookEvent>;
