// Retries: what is retried (429 always; 5xx and connection errors only for GET/DELETE), how long it waits, how often.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { HttpResponse, http, passthrough } from 'msw';
import { APIConnectionError, InternalServerError, OnceLink, RateLimitError } from '../src/index.js';
import { API, FakeClock, KEY, client, list, reply, server, useFake } from './support.js';

// Retry-After values the fake never sends (an HTTP date, an hour) are hand-written; the rest comes from the fake's faults.
function failThen(method: 'get' | 'post', url: string, failures: Response[], success: () => Response) {
  let calls = 0;
  server.use(
    http[method](url, () => {
      const failure = failures[calls++];
      return failure ?? success();
    }),
  );
  return () => calls;
}

const rateLimited = (retryAfter?: string) =>
  reply(
    { type: 'rate_limit_error', message: 'Too many requests.' },
    { status: 429, headers: retryAfter ? { 'Retry-After': retryAfter } : {} },
  );

test('a 429 on the POST that creates a link is retried, waiting as long as Retry-After says, and makes one link', async () => {
  const { mock, sent } = useFake();
  mock.control.failNext(1, 429); // answers Retry-After: 1
  const { client: c, clock } = client();
  const link = await c.masterPages.createOneTimeLink('MP-DYNAMIC0001');
  assert.equal(sent.length, 2);
  assert.deepEqual(clock.sleeps, [1000]);
  assert.deepEqual(
    mock.control.links().map((l) => l.id),
    [link.id],
  );
});

test('Retry-After as an HTTP date is honoured too', async () => {
  const clock = new FakeClock();
  const when = new Date(clock.time + 5000).toUTCString();
  failThen('get', `${API}/master-pages`, [rateLimited(when)], () => reply(list([])));
  await new OnceLink({ apiKey: KEY, clock }).masterPages.list();
  assert.deepEqual(clock.sleeps, [5000]);
});

for (const value of [
  '-5',
  '5, 10',
  '1.5',
  'soon',
  'Thu, 01 Jan 1970 00:00:00',
  'Thu, 01 Foo 2026 00:00:05 GMT',
  '2026-01-01T00:00:05Z',
]) {
  test(`a Retry-After that is neither digits nor an HTTP date (${JSON.stringify(value)}) is ignored: the normal backoff applies`, async () => {
    failThen('get', `${API}/master-pages`, [rateLimited(value), rateLimited(value)], () => reply(list([])));
    const { client: c, clock } = client();
    await c.masterPages.list();
    assert.deepEqual(clock.sleeps, [437.5, 875], 'not read as "retry at once" nor as another wait');
  });
}

test('two Retry-After headers (read as "5, 10") are ignored, and RateLimitError.retryAfter says nothing', async () => {
  const twice = () =>
    new HttpResponse(JSON.stringify({ type: 'rate_limit_error', message: 'Too many requests.' }), {
      status: 429,
      headers: [
        ['Retry-After', '5'],
        ['Retry-After', '10'],
        ['content-type', 'application/json'],
      ],
    });
  failThen('get', `${API}/master-pages`, [twice(), twice(), twice()], () => reply(list([])));
  const { client: c, clock } = client();
  const error = await c.masterPages.list().catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, undefined);
  assert.deepEqual(clock.sleeps, [437.5, 875]);
});

test('without Retry-After the wait grows exponentially with jitter (0.5 s, 1 s, less up to 25%)', async () => {
  useFake().mock.control.failNext(2, 500);
  const { client: c, clock } = client();
  await c.masterPages.list();
  // FakeClock.random() is 0.5, so the jitter takes off 12.5%.
  assert.deepEqual(clock.sleeps, [437.5, 875]);
});

test('a 5xx on a GET is retried up to maxRetries (default 2), then the last error is thrown', async () => {
  const { mock, sent } = useFake();
  mock.control.failNext(3, 500);
  await assert.rejects(() => client().client.masterPages.retrieve('MP-DYNAMIC0001'), InternalServerError);
  assert.equal(sent.length, 3);
});

test('a 5xx on the POST that creates a link is never retried: a retry could mint a second link', async () => {
  const { mock, sent } = useFake();
  mock.control.failNext(1, 500);
  await assert.rejects(
    () => client().client.masterPages.createOneTimeLink('MP-DYNAMIC0001'),
    InternalServerError,
  );
  assert.equal(sent.length, 1);
  assert.equal(mock.control.links().length, 0);
});

test('a dropped connection on the POST that creates a link is not retried', async () => {
  const { mock, sent } = useFake();
  mock.control.dropNext();
  await assert.rejects(
    () => client().client.masterPages.createOneTimeLink('MP-DYNAMIC0001'),
    APIConnectionError,
  );
  assert.equal(sent.length, 1);
});

test('a dropped connection on a GET is retried', async () => {
  const { mock, sent } = useFake();
  mock.control.dropNext();
  await client().client.masterPages.list();
  assert.equal(sent.length, 2);
});

test('a refused connection on the POST that creates a link is retried (the server never saw it)', async () => {
  // A port that was just free: connecting to it is refused by the OS, for real.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const base = `http://127.0.0.1:${port}/v2`;
  let attempts = 0;
  server.use(
    http.post(`${base}/master-pages/MP-1/one-time-links`, () => {
      attempts++;
      return passthrough();
    }),
  );
  const { client: c, clock } = client({ baseURL: base, maxRetries: 1 });
  const error = await c.masterPages.createOneTimeLink('MP-1').catch((e: unknown) => e);
  assert.ok(error instanceof APIConnectionError);
  assert.match(error.message, /connection refused/);
  assert.equal(attempts, 2);
  assert.equal(clock.sleeps.length, 1);
});

test('maxRetries: 0 on the call turns retries off for that call only', async () => {
  const { mock, sent } = useFake();
  mock.control.failNext(2, 429);
  const { client: c } = client();
  await assert.rejects(() => c.masterPages.list(undefined, { maxRetries: 0 }), RateLimitError);
  assert.equal(sent.length, 1);
  await c.masterPages.list();
  assert.equal(sent.length, 3);
});

test('a Retry-After longer than a minute is not waited for: the RateLimitError goes to the caller at once', async () => {
  const calls = failThen('get', `${API}/master-pages`, [rateLimited('3600')], () => reply(list([])));
  const { client: c, clock } = client();
  const error = await c.masterPages.list().catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 3600);
  assert.equal(calls(), 1);
  assert.deepEqual(clock.sleeps, []);
});
