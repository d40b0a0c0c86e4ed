// The wire types the fake answers with: the SDK's, so the fake and the client cannot drift apart.
export type {
  Booking,
  BookingCalendar,
  DeletedObject,
  ErrorBody,
  MasterPage,
  OneTimeLink,
  TimeSlot,
  Webhook,
  WebhookEvent,
  WebhookEventType,
} from '@oncelink/sdk';
