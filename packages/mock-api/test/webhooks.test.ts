// Webhooks: subscriptions (create, 409 on a taken name, list, retrieve, delete) and signed, retried delivery.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, it } from 'node:test';
import { WebhookVerificationError, isBookingEvent, verifyWebhook } from '@oncelink/sdk';
import { seedIds, type WebhookRequest } from '../src/index.js';
import { MONDAY, call, useMockApi, type ErrorShape } from './support.js';

interface Webhook {
  id: string;
  object: string;
  secret: string;
  events: string[];
  api_version: string;
}

const received: WebhookRequest[] = [];
let answerWith: number[] = [];

/** Checks a delivery the way a receiver must: HMAC over "<t>." + raw body, compared in constant time. */
function verify(req: WebhookRequest, secret: string): { t: number } {
  const header = req.headers['Oncehub-Signature'] ?? '';
  const m = /^t=(\d+),s=([0-9a-f]{64})$/.exec(header);
  assert.ok(m, `signature header shape: ${header}`);
  const expected = createHmac('sha256', secret).update(`${m[1]}.${req.body}`).digest();
  assert.ok(timingSafeEqual(expected, Buffer.from(m[2] ?? '', 'hex')), 'signature verifies');
  return { t: Number(m[1]) };
}

describe('webhooks', () => {
  const mock = useMockApi({
    now: () => MONDAY,
    webhooks: {
      retryDelays: [5, 5, 5],
      sender: async (req) => {
        received.push(req);
        return { status: answerWith.shift() ?? 200 };
      },
    },
  });
  const subscribe = (name: string, events: string[] = ['booking.scheduled', 'booking.canceled']) =>
    call<Webhook & ErrorShape>('POST', '/webhooks', {
      body: { url: 'https://crm.example.com/hooks/oncehub', name, events },
    });

  it('creates, lists, retrieves and deletes subscriptions; a taken name is a 409', async () => {
    const created = await subscribe('crm');
    assert.equal(created.status, 200);
    assert.equal(created.body.object, 'webhook');
    assert.equal(created.body.api_version, 'v2');
    assert.match(created.body.secret, /^[0-9a-f]{64}$/);
    const taken = await subscribe('crm');
    assert.equal(taken.status, 409);
    assert.equal(taken.body.param, 'name');
    const list = await call<{ data: Webhook[] }>('GET', '/webhooks');
    assert.deepEqual(
      list.body.data.map((w) => w.id),
      [created.body.id],
    );
    assert.equal((await call<Webhook>('GET', `/webhooks/${created.body.id}`)).body.id, created.body.id);
    const deleted = await call('DELETE', `/webhooks/${created.body.id}`);
    assert.deepEqual(deleted.body, { id: created.body.id, object: 'webhook', deleted: true });
    assert.equal((await call('GET', `/webhooks/${created.body.id}`)).status, 404);
    assert.equal((await call('DELETE', `/webhooks/${created.body.id}`)).status, 404);
  });

  it('delivers booking.scheduled and booking.canceled, signed like the real API', async () => {
    received.length = 0;
    const hook = (await subscribe('signed')).body;
    const link = (
      await call<{ url: string }>('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).body;
    const booking = mock().control.bookThroughLink(link.url, { name: 'Ada', email: 'ada@example.com' });
    await call('POST', `/bookings/${booking.id}/cancel`);
    await mock().control.settled();
    assert.equal(received.length, 2);
    // Each event is delivered on its own (signing is asynchronous), so they may arrive in either
    // order, as the API promises none: compare them sorted by type.
    const typeOf = (r: WebhookRequest) => (JSON.parse(r.body) as { type: string }).type;
    received.sort((a, b) => typeOf(a).localeCompare(typeOf(b)));
    const events = received.map(
      (r) =>
        JSON.parse(r.body) as {
          id: string;
          object: string;
          type: string;
          api_version: string;
          data: { id: string; object: string };
        },
    );
    assert.deepEqual(
      events.map((e) => e.type),
      ['booking.canceled', 'booking.scheduled'],
    );
    for (const [i, e] of events.entries()) {
      assert.match(e.id, /^EVNT-/);
      assert.equal(e.object, 'event');
      assert.equal(e.api_version, 'v2');
      assert.equal(e.data.id, booking.id);
      assert.equal(e.data.object, 'booking');
      const req = received[i];
      assert.ok(req);
      assert.equal(req.url, 'https://crm.example.com/hooks/oncehub');
      assert.equal(verify(req, hook.secret).t, MONDAY / 1000);
      assert.throws(
        () => verify({ ...req, body: req.body.replace('Ada', 'Eve') }, hook.secret),
        'a changed body fails',
      );
    }
  });

  it('only sends the events a subscription asked for', async () => {
    received.length = 0;
    await subscribe('cancels-only', ['booking.canceled']);
    const link = (
      await call<{ url: string }>('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).body;
    mock().control.bookThroughLink(link.url, { name: 'Ada', email: 'ada@example.com' });
    await mock().control.settled();
    assert.equal(received.length, 0);
  });

  it('retries a failed delivery a few times, then gives up', async () => {
    received.length = 0;
    answerWith = [500, 503];
    await subscribe('flaky', ['booking.canceled']);
    await call('POST', '/bookings/BKNG-SEED000000001/cancel');
    await mock().control.settled();
    assert.equal(received.length, 3, 'two failures, then success');
    assert.deepEqual(
      mock()
        .control.webhookDeliveries()[0]
        ?.attempts.map((a) => a.status),
      [500, 503, 200],
    );
    assert.equal(mock().control.webhookDeliveries()[0]?.state, 'delivered');

    received.length = 0;
    answerWith = [500, 500, 500, 500, 500];
    await call('POST', '/bookings/BKNG-SEED000000004/cancel');
    await mock().control.settled();
    assert.equal(received.length, 4, 'one try and three retries');
    assert.equal(mock().control.webhookDeliveries()[1]?.state, 'failed');
    answerWith = [];
  });

  it('refuses bad subscriptions: missing fields, unknown events, non-http URLs', async () => {
    const cases: [unknown, string][] = [
      [{ name: 'x', events: ['booking.scheduled'] }, 'url'],
      [{ url: 'javascript:alert(1)', name: 'x', events: ['booking.scheduled'] }, 'url'],
      [{ url: 'https://user:s3cret@a.example/hooks', name: 'x', events: ['booking.scheduled'] }, 'url'],
      [{ url: 'https://a.example', name: 'x', events: [] }, 'events'],
      [{ url: 'https://a.example', name: 'x', events: ['booking.exploded'] }, 'events[0]'],
      [{ url: 'https://a.example', events: ['booking.scheduled'] }, 'name'],
      [{ url: 'https://a.example', name: 'x'.repeat(101), events: ['booking.scheduled'] }, 'name'],
    ];
    for (const [body, param] of cases) {
      const res = await call<ErrorShape>('POST', '/webhooks', { body });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.param, param);
    }
    assert.equal((await call<{ data: unknown[] }>('GET', '/webhooks')).body.data.length, 0);
  });
});

describe('webhook deliveries verify with the SDK', () => {
  const deliveries: WebhookRequest[] = [];
  const mock = useMockApi({
    webhooks: { sender: async (r) => (deliveries.push(r), { status: 204 }), retryDelays: [] },
  });

  it('verifyWebhook accepts what the fake sends and refuses it tampered', async () => {
    const hook = (
      await call<Webhook>('POST', '/webhooks', {
        body: { url: 'https://crm.example.com/h', name: 'sdk', events: ['booking.scheduled'] },
      })
    ).body;
    const link = (
      await call<{ url: string }>('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).body;
    const booking = mock().control.bookThroughLink(link.url, { name: 'Ada', email: 'ada@example.com' });
    await mock().control.settled();
    const [delivery] = deliveries;
    assert.ok(delivery);
    const header = delivery.headers['Oncehub-Signature'] ?? '';
    const event = await verifyWebhook({ payload: delivery.body, header, secret: hook.secret });
    assert.equal(event.type, 'booking.scheduled');
    assert.ok(isBookingEvent(event));
    assert.equal(event.data.id, booking.id);
    await assert.rejects(
      verifyWebhook({ payload: delivery.body.replace('Ada', 'Eve'), header, secret: hook.secret }),
      WebhookVerificationError,
    );
    await assert.rejects(
      verifyWebhook({ payload: delivery.body, header, secret: 'not-the-secret' }),
      WebhookVerificationError,
    );
  });
});
