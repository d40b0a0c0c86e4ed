// Webhook deliveries that must end: a deleted subscription, a reset fake, a closed server, a subscriber that redirects.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEMO_API_KEY, createMockServer, type WebhookRequest } from '../src/index.js';
import { call, until, useMockApi } from './support.js';

const received: WebhookRequest[] = [];
let answerWith: number[] = [];
/** While set, the sender holds its answer until it resolves: an attempt is then in flight. */
let holding: Promise<void> | undefined;

/** Cancels a seed booking with one subscription asking for it, whose first attempt fails: a retry is then waiting. */
async function retryWaiting(name: string): Promise<string> {
  received.length = 0;
  answerWith = [500];
  const hook = await call<{ id: string }>('POST', '/webhooks', {
    body: { url: 'https://crm.example.com/hooks', name, events: ['booking.canceled'] },
  });
  await call('POST', '/bookings/BKNG-SEED000000001/cancel');
  await until(() => received.length === 1, 'the first attempt went out and failed');
  return hook.body.id;
}

describe('webhook deliveries that must stop', () => {
  const mock = useMockApi({
    webhooks: {
      retryDelays: [2000, 2000, 2000],
      sender: async (req) => {
        received.push(req);
        await holding;
        return { status: answerWith.shift() ?? 200 };
      },
    },
  });

  it('deleting the subscription stops its pending retries: nothing more is sent, and the delivery ends stopped', async () => {
    const id = await retryWaiting('doomed');
    await call('DELETE', `/webhooks/${id}`);
    const started = performance.now();
    await mock().control.settled();
    assert.ok(performance.now() - started < 1000, 'settled() does not wait out a retry that will not happen');
    assert.equal(received.length, 1);
    assert.equal(mock().control.webhookDeliveries()[0]?.state, 'stopped');
  });

  it('deleting the subscription while an attempt is in flight: that attempt fails, and no retry is waited for', async () => {
    received.length = 0;
    answerWith = [500];
    let answer = (): void => undefined;
    holding = new Promise<void>((resolve) => (answer = resolve));
    try {
      const hook = await call<{ id: string }>('POST', '/webhooks', {
        body: { url: 'https://crm.example.com/hooks', name: 'in-flight', events: ['booking.canceled'] },
      });
      await call('POST', '/bookings/BKNG-SEED000000001/cancel');
      await until(() => received.length === 1, 'the attempt is out');
      await call('DELETE', `/webhooks/${hook.body.id}`);
      answer();
      const started = performance.now();
      await mock().control.settled();
      assert.ok(
        performance.now() - started < 1000,
        'settled() does not wait out a retry that will not happen',
      );
      assert.equal(received.length, 1);
      assert.equal(mock().control.webhookDeliveries()[0]?.state, 'stopped');
    } finally {
      holding = undefined;
      answer();
    }
  });

  it('control.reset() stops pending retries as it forgets the subscriptions', async () => {
    await retryWaiting('reset');
    mock().control.reset();
    const started = performance.now();
    await mock().control.settled();
    assert.equal(received.length, 1);
    assert.ok(performance.now() - started < 1000, 'settled() does not wait out a retry that will not happen');
  });
});

/** A subscriber over real HTTP that records each request and answers with `answer`. */
async function subscriber(
  answer: (path: string) => { status: number; location?: string },
): Promise<{ url: string; hits: string[]; server: Server }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    const { status, location } = answer(req.url ?? '/');
    res.writeHead(status, location ? { Location: location } : {});
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

describe('webhook delivery over HTTP', () => {
  const subscribers: Server[] = [];
  let fake: Awaited<ReturnType<typeof createMockServer>>;
  before(async () => {
    fake = await createMockServer({ webhooks: { retryDelays: [50, 50, 50] } });
  });
  after(async () => {
    await fake.close();
    for (const s of subscribers) s.close();
  });

  const subscribe = async (url: string, name: string) => {
    const res = await fetch(`${fake.apiBaseURL}/webhooks`, {
      method: 'POST',
      headers: { 'API-Key': DEMO_API_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ url, name, events: ['booking.canceled'] }),
    });
    assert.equal(res.status, 200);
  };

  it('a redirect is an answer, never followed: recorded as its status, retried, and the signed body goes nowhere else', async () => {
    const elsewhere = await subscriber(() => ({ status: 200 }));
    const redirecting = await subscriber((path) =>
      path === '/hook' ? { status: 307, location: `${elsewhere.url}/stolen` } : { status: 200 },
    );
    subscribers.push(elsewhere.server, redirecting.server);
    await subscribe(`${redirecting.url}/hook`, 'redirects');
    const cancel = await fetch(`${fake.apiBaseURL}/bookings/BKNG-SEED000000004/cancel`, {
      method: 'POST',
      headers: { 'API-Key': DEMO_API_KEY },
    });
    assert.equal(cancel.status, 200);
    await fake.control.settled();
    const delivery = fake.control.webhookDeliveries().at(-1);
    assert.equal(delivery?.state, 'failed');
    assert.deepEqual(
      delivery?.attempts.map((a) => a.status),
      [307, 307, 307, 307],
    );
    assert.deepEqual(elsewhere.hits, []);
    assert.deepEqual(redirecting.hits, ['POST /hook', 'POST /hook', 'POST /hook', 'POST /hook']);
  });

  it('closing the server stops the retries still waiting', async () => {
    const failing = await subscriber(() => ({ status: 500 }));
    subscribers.push(failing.server);
    const own = await createMockServer({ webhooks: { retryDelays: [500, 500, 500] } });
    const headers = { 'API-Key': DEMO_API_KEY, 'Content-Type': 'application/json' };
    await fetch(`${own.apiBaseURL}/webhooks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: failing.url, name: 'closing', events: ['booking.canceled'] }),
    });
    await fetch(`${own.apiBaseURL}/bookings/BKNG-SEED000000001/cancel`, { method: 'POST', headers });
    await until(() => failing.hits.length === 1, 'the first attempt');
    await own.close();
    const atClose = failing.hits.length;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    assert.equal(failing.hits.length, atClose, 'nothing after close');
    assert.ok(atClose < 4, 'closed while retries were still waiting');
  });
});
