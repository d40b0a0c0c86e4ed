// Receives the fake API's webhook deliveries, verifies each signature and marks the booked contact.
import { isBookingEvent, verifyWebhook, WebhookVerificationError, type WebhookEvent } from '@oncelink/sdk';
import type { ContactBook } from './contacts.js';
import { RecentIds } from './recent-ids.js';
import { json } from './http-util.js';

export interface WebhookReceiverOptions {
  contacts: ContactBook;
  /** The subscription's signing secret; known only once the subscription exists. */
  secret: () => string | undefined;
}

/** The events the CRM follows; `start-demo` subscribes to exactly these. */
export const followedEvents = [
  'booking.scheduled',
  'booking.rescheduled',
  'booking.canceled_then_rescheduled',
  'booking.canceled',
] as const;

/** How many applied event ids are remembered: enough to cover the sender's retries, and bounded. */
const rememberedEvents = 1_000;

/** Updates the contact a verified event is about; says what it did, for the log. */
function apply(contacts: ContactBook, event: WebhookEvent): string {
  if (!isBookingEvent(event)) return 'nothing to do';
  const booking = event.data;
  switch (event.type) {
    case 'booking.scheduled':
    case 'booking.rescheduled':
    case 'booking.canceled_then_rescheduled': {
      const email = booking.form_submission?.email;
      const contact = email
        ? contacts.markBooked(email, {
            id: booking.id,
            // `booking.canceled_then_rescheduled` is about a new booking (it names the one it replaces): a first event too.
            news: event.type === 'booking.rescheduled' ? 'moved' : 'first',
            startingTime: booking.starting_time ?? undefined,
            updatedAt: booking.last_updated_time ?? undefined,
          })
        : undefined;
      return contact
        ? `contact ${contact.id} booked`
        : 'nothing to change (no matching contact, a cancelled booking, or not newer than what the CRM shows)';
    }
    case 'booking.canceled': {
      const contact = contacts.markCanceled(booking.id, booking.last_updated_time ?? undefined);
      return contact ? `contact ${contact.id} cancelled` : "not a contact's current booking";
    }
    default:
      return 'nothing to do';
  }
}

export function createWebhookReceiver({ contacts, secret }: WebhookReceiverOptions) {
  // A delivery can be retried after it was applied (its answer was lost): the event id says so.
  const applied = new RecentIds(rememberedEvents);
  // A fetch handler, mounted with toNodeHandler (which caps the body): the raw bytes are what was signed.
  return async function receiveWebhook(request: Request): Promise<Response> {
    const key = secret();
    if (!key) return json(503, { error: 'The webhook subscription is not set up yet; retry shortly.' });
    const payload = new Uint8Array(await request.arrayBuffer());
    let event: WebhookEvent;
    try {
      event = await verifyWebhook({
        payload,
        header: request.headers.get('oncehub-signature') ?? '',
        secret: key,
      });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      // The reason only: no payload, so no customer data ends up in the log.
      console.warn(`webhook refused: ${error.message}`);
      return json(400, { error: error.message });
    }
    const seen = applied.has(event.id);
    const outcome = seen ? 'already applied, ignored' : apply(contacts, event);
    applied.add(event.id);
    // Ids only: the contact's name and email stay out of the log.
    console.log(`webhook ${event.type} ${event.id}: ${outcome}`);
    return json(200, { received: true });
  };
}
