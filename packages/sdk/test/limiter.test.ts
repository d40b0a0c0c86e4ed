// The client-side limiter keeps request starts under maxRequestsPerSecond, so bulk work does not hit 429.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { APIUserAbortError, OnceLinkError, RateLimitError } from '../src/index.js';
import { RateLimiter } from '../src/internal/rate-limiter.js';
import { API, FakeClock, client, linkFixture, reply, server, useFake } from './support.js';

function recordStarts(clock: { now(): number }) {
  const starts: number[] = [];
  server.use(
    http.post(`${API}/master-pages/:id/one-time-links`, () => {
      starts.push(clock.now());
      return reply(linkFixture());
    }),
  );
  return starts;
}

test('12 concurrent calls at the default 5 per second need two extra seconds, and the API never answers 429', async () => {
  const { client: c, clock } = client();
  // The fake enforces the account limit on the same clock the client waits on.
  const { mock, sent } = useFake({ rateLimit: true, now: () => clock.now() });
  const t0 = clock.now();
  const links = await Promise.all(
    Array.from({ length: 12 }, () => c.masterPages.createOneTimeLink('MP-DYNAMIC0001')),
  );
  assert.equal(sent.length, 12, 'no request was refused and retried');
  assert.equal(mock.control.links().length, 12);
  assert.equal(new Set(links.map((l) => l.id)).size, 12);
  // Starts 1-5 at 0 s, 6-10 from 1 s, 11-12 from 2 s. The fake clock jumps as soon as the limiter
  // waits for the first answered slot, so answers still in flight then land up to a second later.
  const elapsed = clock.now() - t0;
  assert.ok(elapsed >= 2000 && elapsed <= 3000, `took ${elapsed} ms`);
});

test('with the limiter off, the account limit (enforced by the fake) answers 429 past 5 per second', async () => {
  const { client: c, clock } = client({ maxRequestsPerSecond: Infinity, maxRetries: 0 });
  useFake({ rateLimit: true, now: () => clock.now() });
  const results = await Promise.allSettled(
    Array.from({ length: 7 }, () => c.masterPages.createOneTimeLink('MP-DYNAMIC0001')),
  );
  assert.equal(
    results.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimitError).length,
    2,
  );
});

test('the limiter grants slots so that no one-second window holds more than its rate', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter(2, clock);
  const starts: number[] = [];
  for (let i = 0; i < 7; i++) {
    const release = await limiter.acquire();
    starts.push(clock.now() - clock.start);
    release(); // an answer that comes back at once
  }
  assert.deepEqual(starts, [0, 0, 1000, 1000, 2000, 2000, 3000]);
});

test('a call aborted while queued in the limiter rejects and never reaches the API', async () => {
  const { client: c, clock } = client({ maxRequestsPerSecond: 1 });
  const starts = recordStarts(clock);
  const controller = new AbortController();
  const first = c.masterPages.createOneTimeLink('MP-1');
  const second = c.masterPages.createOneTimeLink('MP-1', { signal: controller.signal });
  controller.abort();
  await first;
  await assert.rejects(() => second, APIUserAbortError);
  assert.equal(starts.length, 1);
});

test('maxRequestsPerSecond: Infinity turns the limiter off', async () => {
  const { client: c, clock } = client({ maxRequestsPerSecond: Infinity });
  recordStarts(clock);
  await Promise.all(Array.from({ length: 20 }, () => c.masterPages.createOneTimeLink('MP-1')));
  assert.deepEqual(clock.sleeps, []);
});

test('a nonsensical maxRequestsPerSecond is refused when the client is made', () => {
  assert.throws(() => client({ maxRequestsPerSecond: 0 }), OnceLinkError);
  assert.throws(() => client({ maxRequestsPerSecond: Number.NaN }), /maxRequestsPerSecond/);
});

test('a call aborted while queued behind another waiting call rejects at once with APIUserAbortError and takes no slot', async () => {
  let answer = () => undefined as void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const { client: c, clock } = client({ maxRequestsPerSecond: 1 });
  const starts: number[] = [];
  server.use(
    http.post(`${API}/master-pages/:id/one-time-links`, async () => {
      starts.push(clock.now());
      await answered;
      return reply(linkFixture());
    }),
  );
  const first = c.masterPages.createOneTimeLink('MP-1');
  const second = c.masterPages.createOneTimeLink('MP-1');
  const controller = new AbortController();
  const third = c.masterPages.createOneTimeLink('MP-1', { signal: controller.signal });
  const outcome = third.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  controller.abort();
  // Prompt: settled while the first call is still in flight and the second still queued.
  const settled = await Promise.race([
    outcome,
    new Promise((resolve) => setTimeout(() => resolve('pending'), 50)),
  ]);
  answer();
  await Promise.all([first, second]);
  assert.ok(settled instanceof APIUserAbortError, String(settled));
  assert.equal(starts.length, 2, 'the aborted call never reached the API');
  assert.deepEqual(
    starts.map((t) => t - clock.start),
    [0, 1000],
    'the second call got the slot the third would have taken',
  );
});

test('one slow request in flight does not hold back a request whose slot frees a second after another answer', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter(2, clock);
  const slow = await limiter.acquire();
  const quick = await limiter.acquire();
  quick(); // answered at 0 s: its slot frees at 1 s, while the slow one is still in flight
  const grantedAt = await limiter.acquire().then((release) => {
    release();
    return clock.now() - clock.start;
  });
  slow();
  assert.equal(grantedAt, 1000);
});

test('a maxRequestsPerSecond below 1 spaces requests 1/rate seconds apart', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter(0.5, clock);
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const release = await limiter.acquire();
    starts.push(clock.now() - clock.start);
    release();
  }
  assert.deepEqual(starts, [0, 2000, 4000]);
});
