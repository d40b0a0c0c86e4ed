// Reliability suite: the client's limiter counts a request until its answer is in, as the server may count it that late.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiter } from '../../src/internal/rate-limiter.js';
import { FakeClock } from '../fake-clock.js';

test('a slow request holds its slot until a second after its answer, not a second after it started', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter(1, clock);
  const release = await limiter.acquire();
  let grantedAt: number | undefined;
  const next = limiter.acquire().then((r) => {
    grantedAt = clock.now() - clock.start;
    return r;
  });
  // The first request takes 1.5 s: the server may have counted it at any point until then.
  await new Promise((resolve) => setImmediate(resolve));
  clock.time += 1500;
  assert.equal(grantedAt, undefined, 'nothing granted while the only slot is in flight');
  release();
  (await next)();
  assert.equal(grantedAt, 2500);
});

test('aborting while waiting for a request in flight rejects with the reason and frees the queue', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter(1, clock);
  const release = await limiter.acquire();
  const controller = new AbortController();
  const waiting = limiter.acquire(controller.signal);
  controller.abort(new Error('user left'));
  await assert.rejects(waiting, /user left/);
  release();
  const after = await limiter.acquire();
  assert.equal(clock.now() - clock.start, 1000);
  after();
});
