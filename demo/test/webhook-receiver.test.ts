// The webhook receiver over HTTP with signed events: redelivered and same-second events do not roll the CRM back.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { toNodeHandler } from '@oncelink/sdk/proxy';
import { ContactBook } from '../src/contacts.js';
import { createWebhookReceiver } from '../src/webhook-receiver.js';

const secret = 'test-signing-secret';
const second = '2026-11-23T08:00:00Z';

function event(id: string, type: string, startingTime: string) {
  return {
    id,
    object: 'event',
    type,
    api_version: 'v2',
    data: {
      object: 'booking',
      id: 'BKNG-1',
      starting_time: startingTime,
      last_updated_time: second,
      form_submission: { name: 'Ada Lovelace', email: 'ada@example.com' },
    },
  };
}

describe('the webhook receiver', () => {
  const contacts = new ContactBook();
  let server: Server | undefined;
  let url = '';

  before(async () => {
    const receive = createWebhookReceiver({ contacts, secret: () => secret });
    server = createServer(toNodeHandler(receive));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function deliver(body: unknown): Promise<void> {
    const text = JSON.stringify(body);
    const t = Math.floor(Date.now() / 1000);
    const s = createHmac('sha256', secret).update(`${t}.${text}`).digest('hex');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'oncehub-signature': `t=${t},s=${s}` },
      body: text,
    });
    assert.equal(response.status, 200, 'the signed delivery is accepted');
  }
  const adaBookedFor = () => contacts.all().find((c) => c.id === 'c1')?.bookedFor;

  it('ignores a redelivered event it already applied, even when its time equals a later move', async () => {
    await deliver(event('EVNT-BOOKED', 'booking.scheduled', '2026-11-23T09:00:00Z'));
    await deliver(event('EVNT-MOVE-1', 'booking.rescheduled', '2026-11-23T10:00:00Z'));
    await deliver(event('EVNT-MOVE-2', 'booking.rescheduled', '2026-11-23T11:00:00Z'));
    assert.equal(adaBookedFor(), '2026-11-23T11:00:00Z');
    await deliver(event('EVNT-MOVE-1', 'booking.rescheduled', '2026-11-23T10:00:00Z'));
    assert.equal(adaBookedFor(), '2026-11-23T11:00:00Z', 'the first move, delivered again, does not win');
  });

  it('never lets a booking.scheduled override the booking the contact already shows', async () => {
    await deliver(event('EVNT-BOOKED-AGAIN', 'booking.scheduled', '2026-11-23T09:00:00Z'));
    assert.equal(adaBookedFor(), '2026-11-23T11:00:00Z', 'the moved time stays');
  });
});
