// Receives the fake API's webhook deliveries, verifies each signature and marks the booked contact.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyWebhook, WebhookVerificationError, type WebhookEvent } from '@oncelink/sdk';
import type { ContactBook } from './contacts.js';
import { readBody } from './read-body.js';
import { sendJson } from './http-util.js';

export interface WebhookReceiverOptions {
  contacts: ContactBook;
  /** The subscription's signing secret; known only once the subscription exists. */
  secret: () => string | undefined;
}

export function createWebhookReceiver({ contacts, secret }: WebhookReceiverOptions) {
  return async function receiveWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = secret();
    if (!key) {
      sendJson(res, 503, { error: 'The webhook subscription is not set up yet; retry shortly.' });
      return;
    }
    const payload = await readBody(req);
    const header = req.headers['oncehub-signature'];
    let event: WebhookEvent;
    try {
      event = await verifyWebhook({
        payload: new Uint8Array(payload),
        header: typeof header === 'string' ? header : '',
        secret: key,
      });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      // The reason only: no payload, so no customer data ends up in the log.
      console.warn(`webhook refused: ${error.message}`);
      sendJson(res, 400, { error: error.message });
      return;
    }
    if (event.type === 'booking.scheduled') {
      const email = event.data.form_submission?.email;
      const contact = email ? contacts.markBooked(email, event.data.starting_time ?? undefined) : undefined;
      console.log(`webhook ${event.type} ${event.id}: ${contact ? `contact ${contact.id} booked` : 'no matching contact'}`);
    } else {
      console.log(`webhook ${event.type} ${event.id}: nothing to do`);
    }
    sendJson(res, 200, { received: true });
  };
}
