// Security suite for the fake over real HTTP: huge bodies, bad keys, traversal, prototype keys; each refused, nothing changed.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { DEMO_API_KEY, createMockServer, seedIds, type MockServer } from '../../src/index.js';
import '../no-bugs.js';

const MB = 1024 * 1024;

/** What came back for a huge body: the status and the Request-Id header, or 'reset' if the server hung up first. */
let lastRequestId: string | undefined;

/** POSTs `bytes` bytes in 64 KiB chunks without a Content-Length; resolves to the status, or 'reset' if the server hung up first. */
function postHuge(url: string, bytes: number, contentType: string): Promise<number | 'reset'> {
  lastRequestId = undefined;
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'API-Key': DEMO_API_KEY },
    });
    req.on('response', (res) => {
      res.resume();
      const id = res.headers['request-id'];
      lastRequestId = typeof id === 'string' ? id : undefined;
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve('reset'));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('the fake over HTTP, under hostile input', () => {
  let server: MockServer;
  const api = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.key !== null) headers.set('API-Key', init.key ?? DEMO_API_KEY);
    return fetch(`${server.apiBaseURL}${path}`, { ...init, headers });
  };
  const state = () => JSON.stringify({ links: server.control.links(), bookings: server.control.bookings() });

  before(async () => {
    server = await createMockServer();
  });
  after(() => server.close());

  it('a 10 MB JSON body is refused (400 with a Request-Id, as the API answers, or a hang-up) without making a link, and the server keeps serving', async () => {
    const before = state();
    const outcome = await postHuge(
      `${server.apiBaseURL}/booking-calendars/${seedIds.publishedBookingCalendar}/one-time-links`,
      10 * MB,
      'application/json',
    );
    assert.ok(outcome === 400 || outcome === 'reset', `answered ${outcome}`);
    if (outcome === 400) assert.match(lastRequestId ?? '', /^req_[0-9a-f]{16}$/);
    assert.equal(state(), before);
    assert.equal((await api('/master-pages')).status, 200);
  });

  it('a 10 MB form posted to a hosted booking page is refused and does not use the link', async () => {
    const link = (await (
      await api(`/master-pages/${seedIds.dynamicMasterPage}/one-time-links`, { method: 'POST' })
    ).json()) as { url: string };
    const outcome = await postHuge(link.url, 10 * MB, 'application/x-www-form-urlencoded');
    assert.ok(outcome === 413 || outcome === 'reset', `answered ${outcome}`);
    assert.equal(server.control.links().at(-1)?.state, 'active');
  });

  for (const [label, init] of [
    ['no API key', { key: null }],
    ['a wrong API key', { key: 'ol_test_guess' }],
    ['the key under another header name (X-Api-Key)', { key: null, headers: { 'X-Api-Key': DEMO_API_KEY } }],
  ] as const) {
    it(`${label}: 401 authentication_error, no data, and the sent key is not echoed`, async () => {
      const res = await api('/master-pages', init);
      assert.equal(res.status, 401);
      const body = await res.text();
      assert.equal((JSON.parse(body) as { type: string }).type, 'authentication_error');
      assert.ok(!body.includes(seedIds.dynamicMasterPage), 'no data leaks');
      assert.ok(!body.includes('ol_test_guess') && !body.includes(DEMO_API_KEY), 'no key echoed');
    });
  }

  it('the API root itself, without a slash, answers like any unknown route: a JSON 404 with a Request-Id', async () => {
    const res = await fetch(server.apiBaseURL);
    assert.equal(res.status, 404);
    assert.match(res.headers.get('request-id') ?? '', /^req_/);
    assert.equal(((await res.json()) as { type: string }).type, 'invalid_request_error');
  });

  it('a key in the query string is not accepted (keys belong in the API-Key header only)', async () => {
    const res = await api(`/master-pages?api_key=${DEMO_API_KEY}`, { key: null });
    assert.equal(res.status, 401);
  });

  // Dot segments ('..', '%2e%2e') are resolved by the URL parser on both sides, as every HTTP
  // stack does, into an ordinary route the key may use anyway; encoded slashes must stay inside an id.
  for (const path of [
    `/master-pages/..%2F..%2Fwebhooks`,
    `/master-pages/${seedIds.dynamicMasterPage}%2F..%2F..%2Fbookings`,
    `/bookings%2F..%2Fwebhooks`,
  ]) {
    it(`the path ${path} never reaches another resource`, async () => {
      const res = await api(path);
      const body = await res.text();
      assert.ok(res.status === 404 || res.status === 400, `answered ${res.status}`);
      assert.ok(!body.includes('"object":"list"'), 'no list came back');
      assert.ok(!body.includes('BKNG-'), 'no booking leaked');
    });
  }

  it('prototype keys in a JSON body are refused and pollute nothing', async () => {
    const before = state();
    const res = await api(`/booking-calendars/${seedIds.publishedBookingCalendar}/one-time-links`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    });
    assert.equal(res.status, 400);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(state(), before);
  });

  it('JSON nested 30,000 deep is a 400, and the server keeps serving', async () => {
    const res = await api(`/booking-calendars/${seedIds.publishedBookingCalendar}/one-time-links`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"booking_form":${'['.repeat(30_000)}${']'.repeat(30_000)}}`,
    });
    assert.equal(res.status, 400);
    assert.equal((await api('/master-pages')).status, 200);
  });

  it('a method the API does not have changes nothing', async () => {
    const before = state();
    for (const method of ['PUT', 'PATCH']) {
      const res = await api(`/master-pages/${seedIds.dynamicMasterPage}/one-time-links`, {
        method,
        body: '{}',
      });
      assert.ok(res.status >= 400 && res.status < 500, `${method} answered ${res.status}`);
    }
    assert.equal(state(), before);
  });
});

describe('the fake over HTTP, with malformed %-escapes in the path', () => {
  let server: MockServer;
  before(async () => {
    server = await createMockServer();
  });
  after(() => server.close());

  it('answers 404 (the API error under /v2, the neutral page elsewhere), never a 500', async () => {
    const api = await fetch(`${server.apiBaseURL}/master-pages/%ZZ`, {
      headers: { 'API-Key': DEMO_API_KEY },
    });
    assert.equal(api.status, 404);
    assert.match(api.headers.get('request-id') ?? '', /^req_/);
    assert.equal(((await api.json()) as { type: string }).type, 'invalid_request_error');
    for (const path of ['/.%ZZ', '/cancel/%ZZ', '/reschedule/%E0%A4%A']) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.match(await res.text(), /not available/i, path);
    }
  });
});
