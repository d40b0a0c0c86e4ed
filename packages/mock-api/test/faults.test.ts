// Fault injection, the account rate limit, reset, and instances that share nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { DEMO_API_KEY, createMockApi, seedIds } from '../src/index.js';
import { RateLimiter, limitTime } from '../src/handlers/rate-limit.js';
import { BASE, MONDAY, call, useMockApi, type ErrorShape } from './support.js';

describe('fault injection', () => {
  const mock = useMockApi({ now: () => MONDAY });

  it('failNext answers the status with the matching error type, then recovers, changing nothing', async () => {
    mock().control.failNext(2, 503);
    for (let i = 0; i < 2; i++) {
      const res = await call<ErrorShape>('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`);
      assert.equal(res.status, 503);
      assert.equal(res.body.type, 'api_error');
      assert.match(res.headers.get('request-id') ?? '', /^req_/);
    }
    assert.equal(mock().control.links().length, 0, 'a failed request made no link');
    assert.equal(
      (await call('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)).status,
      200,
    );
    mock().control.failNext(1, 429);
    const limited = await call<ErrorShape>('GET', '/master-pages');
    assert.equal(limited.body.type, 'rate_limit_error');
    assert.equal(limited.headers.get('retry-after'), '1');
  });

  it('malformNext answers 200 with a body whose id is not a string', async () => {
    mock().control.malformNext();
    const res = await call<{ data: { id: unknown }[] }>('GET', '/master-pages');
    assert.equal(res.status, 200);
    assert.equal(typeof res.body.data[0]?.id, 'number');
    mock().control.malformNext();
    const link = await call<{ id: unknown }>(
      'POST',
      `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`,
    );
    assert.equal(typeof link.body.id, 'number');
    assert.equal(mock().control.links().length, 0);
  });

  it('dropNext fails the request as a network error', async () => {
    mock().control.dropNext(1);
    await assert.rejects(call('GET', '/master-pages'), TypeError);
    assert.equal((await call('GET', '/master-pages')).status, 200);
  });

  it('setLatency delays every answer', async () => {
    mock().control.setLatency(120);
    const t0 = performance.now();
    await call('GET', '/test');
    assert.ok(performance.now() - t0 >= 110);
    mock().control.setLatency(0);
  });

  // Straight to the handlers, no sockets: a request has arrived and is held once the microtasks
  // its handling starts with have run, which any timer waits out.
  const held = (api: ReturnType<typeof createMockApi>, method: string, path: string) =>
    getResponse(
      api.handlers,
      new Request(`${BASE}${path}`, { method, headers: { 'API-Key': DEMO_API_KEY } }),
    );
  const arrived = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('a fault goes to the next request to arrive, not to one that arrived earlier and is still held by latency', async () => {
    const api = createMockApi({ now: () => MONDAY });
    api.control.setLatency(200);
    const early = held(api, 'GET', '/master-pages');
    await arrived();
    api.control.failNext(1, 503);
    assert.equal((await early)?.status, 200, 'the request already held by latency was answered as usual');
    api.control.setLatency(0);
    assert.equal(
      (await held(api, 'GET', '/master-pages'))?.status,
      503,
      'the next request to arrive took the fault',
    );
  });

  it('reset() drops the requests still held by latency as network errors: nothing of theirs lands in the fresh state', async () => {
    const api = createMockApi({ now: () => MONDAY });
    api.control.setLatency(60_000);
    const early = held(api, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`);
    await arrived();
    api.control.reset();
    assert.equal(
      (await early)?.type,
      'error',
      'a network error, answered at the reset rather than after the latency',
    );
    assert.equal(api.control.links().length, 0);
  });

  it('refuses nonsense fault arguments', () => {
    const { control } = mock();
    assert.throws(() => control.failNext(1, 200), RangeError);
    assert.throws(() => control.failNext(0, 500), RangeError);
    assert.throws(() => control.setLatency(-1), RangeError);
    assert.throws(() => control.setRuleType('MP-NOPE', 'static'), /No such master page/);
  });

  it('reset forgets links, bookings, faults and time travel', async () => {
    const { control } = mock();
    await call('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`);
    control.setRuleType(seedIds.dynamicMasterPage, 'static');
    control.failNext(3, 500);
    control.advanceTime(1000);
    control.reset();
    assert.equal(control.links().length, 0);
    assert.equal(control.now().getTime(), MONDAY);
    assert.equal(
      (await call('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)).status,
      200,
      'Dynamic again and no queued failures',
    );
  });

  it('two instances share nothing', () => {
    const a = createMockApi({ now: () => MONDAY });
    const b = createMockApi({ now: () => MONDAY });
    a.control.setRuleType(seedIds.dynamicMasterPage, 'static');
    a.control.advanceTime(5000);
    assert.equal(b.control.now().getTime(), MONDAY);
    assert.equal(b.control.links().length, 0);
  });
});

describe('rate limit', () => {
  let now = MONDAY;
  const mock = useMockApi({ now: () => now, rateLimit: true });

  it('allows 5 requests per second, then 429 rate_limit_error with Retry-After', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await call('GET', '/test')).status, 200);
    const res = await call<ErrorShape>('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`);
    assert.equal(res.status, 429);
    assert.equal(res.body.type, 'rate_limit_error');
    assert.equal(res.headers.get('retry-after'), '1');
    assert.equal(mock().control.links().length, 0, 'a limited request did nothing');
    now += 1000;
    assert.equal((await call('GET', '/test')).status, 200, 'a second later it answers again');
  });

  it('is the account limit: every key of the fake counts against the same 5 per second', async () => {
    const shared = createMockApi({ now: () => MONDAY, rateLimit: true, apiKeys: ['key_one', 'key_two'] });
    const get = (key: string) =>
      getResponse(shared.handlers, new Request(`${BASE}/test`, { headers: { 'API-Key': key } }));
    for (let i = 0; i < 3; i++) assert.equal((await get('key_one'))?.status, 200);
    for (let i = 0; i < 2; i++) assert.equal((await get('key_two'))?.status, 200);
    assert.equal((await get('key_two'))?.status, 429, 'the sixth request of the account in the second');
    assert.equal((await get('key_one'))?.status, 429);
  });

  it('lets real seconds pass when the clock stands still, so a 429 always clears', () => {
    let real = 0;
    let fake = MONDAY;
    const time = limitTime(
      () => fake,
      () => real,
    );
    const limiter = new RateLimiter(5, 1000, time);
    for (let i = 0; i < 5; i++) assert.equal(limiter.hit('account'), undefined);
    assert.equal(limiter.hit('account'), 1, 'over the limit: retry after 1 second');
    real += 1000;
    assert.equal(limiter.hit('account'), undefined, 'a real second later, with the fake clock frozen');
    fake += 60_000;
    for (let i = 0; i < 5; i++)
      assert.equal(limiter.hit('account'), undefined, 'a jump of the clock moves the window as far');
    fake -= 3_600_000;
    assert.equal(limiter.hit('account'), 1, 'the clock going back does not reopen the window');
  });

  it('is off by default', async () => {
    const plain = createMockApi({ now: () => MONDAY });
    for (let i = 0; i < 20; i++) {
      const res = await getResponse(
        plain.handlers,
        new Request(`${BASE}/test`, { headers: { 'API-Key': DEMO_API_KEY } }),
      );
      assert.equal(res?.status, 200);
    }
  });
});

describe('behind a proxy (requireApiKey: false)', () => {
  it('answers without an API-Key, as the browser sees the API through the proxy', async () => {
    const proxied = createMockApi({ baseURL: 'https://app.example/api/oncehub', requireApiKey: false });
    const res = await getResponse(
      proxied.handlers,
      new Request('https://app.example/api/oncehub/master-pages'),
    );
    assert.equal(res?.status, 200);
    const strict = createMockApi({ baseURL: 'https://app.example/api/oncehub' });
    const refused = await getResponse(
      strict.handlers,
      new Request('https://app.example/api/oncehub/master-pages'),
    );
    assert.equal(refused?.status, 401);
  });
});
