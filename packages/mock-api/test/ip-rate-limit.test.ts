// The per-address limit (200 requests per 5 minutes per IP): opt-in, counted per client address over HTTP, one address in msw.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { getResponse } from 'msw';
import { DEMO_API_KEY, createMockApi, createMockServer, seedIds, type MockServer } from '../src/index.js';
import { BASE, MONDAY, type ErrorShape } from './support.js';

const get = (mock: ReturnType<typeof createMockApi>, path = '/test', key = DEMO_API_KEY) =>
  getResponse(mock.handlers, new Request(`${BASE}${path}`, { headers: { 'API-Key': key } }));

describe('per-IP rate limit in msw (every request from one address)', () => {
  it('allows `requests` per window, then 429 rate_limit_error naming the IP limit, with Retry-After', async () => {
    let now = MONDAY;
    const mock = createMockApi({
      now: () => now,
      rateLimit: { perSecond: 1000, perIp: { requests: 3, windowSeconds: 300 } },
    });
    for (let i = 0; i < 3; i++) assert.equal((await get(mock))?.status, 200);
    now += 60_000;
    const limited = await getResponse(
      mock.handlers,
      new Request(`${BASE}/master-pages/${seedIds.dynamicMasterPage}/one-time-links`, {
        method: 'POST',
        headers: { 'API-Key': DEMO_API_KEY },
      }),
    );
    assert.equal(limited?.status, 429);
    const body = (await limited?.json()) as ErrorShape;
    assert.equal(body.type, 'rate_limit_error');
    assert.match(
      body.message,
      /from this IP address: the limit is 3 per 5 minutes\. Retry after 240 seconds\./,
    );
    assert.equal(limited?.headers.get('retry-after'), '240');
    assert.equal(mock.control.links().length, 0, 'a limited request did nothing');
    now += 240_000;
    assert.equal((await get(mock))?.status, 200, 'five minutes after the first request it answers again');
  });

  it('counts requests with a bad key too, and control.reset() forgets the counts', async () => {
    const mock = createMockApi({ now: () => MONDAY, rateLimit: { perIp: { requests: 2 } } });
    assert.equal((await get(mock, '/test', 'wrong-key'))?.status, 401);
    assert.equal((await get(mock))?.status, 200);
    assert.equal((await get(mock))?.status, 429);
    mock.control.reset();
    assert.equal((await get(mock))?.status, 200);
  });

  it('perIp: true is the real limit, 200 per 5 minutes', async () => {
    let now = MONDAY;
    const mock = createMockApi({ now: () => now, rateLimit: { perIp: true } });
    for (let i = 0; i < 200; i++) {
      assert.equal((await get(mock))?.status, 200, `request ${i + 1}`);
      now += 250; // 4 per second: under the account limit
    }
    const limited = await get(mock);
    assert.equal(limited?.status, 429);
    assert.match(((await limited?.json()) as ErrorShape).message, /200 per 5 minutes/);
  });

  it('is off with rateLimit: true, which keeps only the account limit', async () => {
    let now = MONDAY;
    const mock = createMockApi({ now: () => now, rateLimit: true });
    for (let i = 0; i < 250; i++) {
      assert.equal((await get(mock))?.status, 200, `request ${i + 1}`);
      now += 250;
    }
  });

  it('refuses limits that are not whole positive numbers', () => {
    assert.throws(
      () => createMockApi({ rateLimit: { perIp: { requests: 0 } } }),
      /`rateLimit.perIp.requests` must be a positive whole number of requests, got 0/,
    );
    assert.throws(
      () => createMockApi({ rateLimit: { perIp: { windowSeconds: 0.5 } } }),
      /`rateLimit.perIp.windowSeconds` must be a whole number of seconds of at least 1, got 0.5/,
    );
    assert.throws(
      () => createMockApi({ rateLimit: { perSecond: 0 } }),
      /createMockApi: `rateLimit.perSecond` must be a positive whole number/,
    );
  });
});

/** A GET over real HTTP from a chosen local address (all of 127.0.0.0/8 is loopback). */
function getFrom(url: string, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress, headers: { 'API-Key': DEMO_API_KEY } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('per-IP rate limit over HTTP (createMockServer)', () => {
  let server: MockServer;
  before(async () => {
    server = await createMockServer({ rateLimit: { perSecond: 1000, perIp: { requests: 2 } } });
  });
  after(() => server.close());

  it('counts each client address apart', async () => {
    const url = `${server.apiBaseURL}/test`;
    assert.equal(await getFrom(url, '127.0.0.1'), 200);
    assert.equal(await getFrom(url, '127.0.0.1'), 200);
    assert.equal(await getFrom(url, '127.0.0.1'), 429);
    assert.equal(await getFrom(url, '127.0.0.2'), 200, 'another address has its own count');
  });
});
