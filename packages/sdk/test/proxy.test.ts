// @oncelink/sdk/proxy: forwards only allowed routes, under any mount prefix, adding the key server-side and never echoing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, passthrough } from 'msw';
import { createProxyHandler } from '../src/proxy/index.js';
import { API, KEY, linkFixture, reply, server, useFake } from './support.js';

const proxy = createProxyHandler({ apiKey: KEY });
const site = 'https://crm.example.com';

for (const prefix of ['', '/api/oncehub', '/deeply/nested/mount']) {
  test(`under the prefix '${prefix || '(none)'}' GET .../master-pages means GET /master-pages, query passed through`, async () => {
    const { sent } = useFake();
    const response = await proxy(new Request(`${site}${prefix}/master-pages?limit=2&after=MP-DYNAMIC0001`));
    assert.equal(response.status, 200);
    assert.equal(sent[0]?.url.href, `${API}/master-pages?limit=2&after=MP-DYNAMIC0001`);
    const page = (await response.json()) as { object: string; data: { id: string }[]; has_more: boolean };
    assert.deepEqual(
      [page.object, page.data.map((p) => p.id), page.has_more],
      ['list', ['MP-STATIC00001', 'MP-NORULES0001'], true],
    );
    assert.match(response.headers.get('request-id') ?? '', /^req_[0-9a-f]{16}$/);
  });
}

test('GET .../master-pages/:id and .../booking-calendars/:id are allowed by default: an element reads its page by id', async () => {
  const { sent } = useFake();
  const page = await proxy(new Request(`${site}/api/oncehub/master-pages/MP-DYNAMIC0001`));
  const calendar = await proxy(new Request(`${site}/api/oncehub/booking-calendars/BKC-PUBLISHED01`));
  assert.deepEqual([page.status, calendar.status], [200, 200]);
  assert.deepEqual(
    sent.map((r) => r.url.href),
    [`${API}/master-pages/MP-DYNAMIC0001`, `${API}/booking-calendars/BKC-PUBLISHED01`],
  );
  assert.equal(((await page.json()) as { id: string }).id, 'MP-DYNAMIC0001');
  assert.equal((await proxy(new Request(`${site}/api/oncehub/master-pages/MP-NOPE`))).status, 404);
});

test('the key is added server-side and any key the browser sent is dropped, with its cookies', async () => {
  const { sent } = useFake();
  await proxy(
    new Request(`${site}/api/oncehub/master-pages`, {
      headers: { 'API-Key': 'key_from_the_browser', Cookie: 'session=secret', Authorization: 'Bearer x' },
    }),
  );
  assert.equal(sent[0]?.headers.get('api-key'), KEY);
  assert.equal(sent[0]?.headers.get('cookie'), null);
  assert.equal(sent[0]?.headers.get('authorization'), null);
});

test("the upstream's Link header (URLs past the proxy) does not come back through it", async () => {
  const { sent } = useFake();
  const response = await proxy(new Request(`${site}/api/oncehub/master-pages?limit=1`));
  assert.equal(sent.length, 1);
  assert.equal(response.headers.get('link'), null, 'the fake sent rel="next"; the proxy dropped it');
});

test('POST one-time-links forwards the body to the API, which makes the link', async () => {
  const { mock, sent } = useFake();
  const body = { hide_url_params: true, booking_form: { name: 'Ada', email: 'ada@example.com' } };
  const response = await proxy(
    new Request(`${site}/api/oncehub/booking-calendars/BKC-PUBLISHED01/one-time-links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'API-Key': 'key_from_the_browser' },
      body: JSON.stringify(body),
    }),
  );
  assert.equal(response.status, 200);
  assert.deepEqual(JSON.parse((await sent[0]?.body) ?? ''), body);
  assert.deepEqual(
    mock.control.links().map((l) => l.id),
    [((await response.json()) as { id: string }).id],
  );
});

test('POST one-time-links re-encodes the id', async () => {
  // An id with a space that the API then echoes back: a shape the fake does not produce, hand-written.
  const seen: Request[] = [];
  server.use(
    http.post(`${API}/booking-calendars/:id/one-time-links`, async ({ request }) => {
      seen.push(request);
      return reply({ ...linkFixture(), echoed: await request.json() });
    }),
  );
  const body = { hide_url_params: true, booking_form: { name: 'Ada', email: 'ada@example.com' } };
  const response = await proxy(
    new Request(`${site}/api/oncehub/booking-calendars/BKC%201/one-time-links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  assert.equal(response.status, 200);
  assert.equal(seen[0]?.url, `${API}/booking-calendars/BKC%201/one-time-links`);
  assert.deepEqual(((await response.json()) as { echoed: unknown }).echoed, body);
});

for (const [method, route] of [
  ['GET', '/api/oncehub/bookings'],
  ['GET', '/api/oncehub/webhooks'],
  ['POST', '/api/oncehub/webhooks'],
  ['DELETE', '/api/oncehub/webhooks/WHK-1'],
  ['GET', '/api/oncehub/bookings/BK-1'],
  ['POST', '/api/oncehub/master-pages'],
  ['GET', '/api/oncehub/test'],
  ['POST', '/api/oncehub/master-pages/../one-time-links'],
  ['POST', '/api/oncehub/master-pages/%2E%2E/one-time-links'],
] as const) {
  test(`${method} ${route} is not allowed: 403, never reaches the API, never echoes the key`, async () => {
    // No upstream handler: a request reaching the API would fail the test (onUnhandledRequest: 'error').
    const response = await proxy(
      new Request(`${site}${route}`, {
        method,
        headers: { 'API-Key': 'key_from_the_browser' },
        ...(method === 'POST' ? { body: '{}' } : {}),
      }),
    );
    assert.equal(response.status, 403);
    const text = await response.text();
    assert.ok(!text.includes(KEY) && !text.includes('key_from_the_browser'));
    assert.match(JSON.parse(text).message, /allow list/);
    for (const [, value] of response.headers) assert.ok(!value.includes(KEY));
  });
}

test('a custom allow list opens exactly the routes it names', async () => {
  useFake();
  const custom = createProxyHandler({ apiKey: KEY, allow: ['GET /bookings/:id'] });
  assert.equal((await custom(new Request(`${site}/x/bookings/BKNG-SEED000000001`))).status, 200);
  assert.equal((await custom(new Request(`${site}/x/master-pages`))).status, 403);
});

test('an API error is passed back as it is, status and body, without the key', async () => {
  useFake();
  const response = await proxy(new Request(`${site}/p/master-pages/MP-9/one-time-links`, { method: 'POST' }));
  assert.equal(response.status, 404);
  assert.equal(((await response.json()) as { param: string }).param, 'id');
});

test('an unreachable API answers 502 and says so', async () => {
  useFake().mock.control.dropNext();
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  try {
    const response = await proxy(new Request(`${site}/master-pages`));
    assert.equal(response.status, 502);
  } finally {
    console.error = original;
  }
  assert.equal(errors.length, 1);
  assert.ok(!String(errors[0]).includes(KEY));
});

test('a browser that hangs up while the API is answering is not logged as a failure to reach the API', async () => {
  useFake().mock.control.setLatency(3_000);
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  const browser = new AbortController();
  try {
    const answer = proxy(new Request(`${site}/master-pages`, { signal: browser.signal }));
    setTimeout(() => browser.abort(), 50);
    const response = await answer;
    assert.equal(response.status, 499);
  } finally {
    console.error = original;
  }
  assert.deepEqual(errors, []);
});

test('an API that does not answer within `timeout` gets a 504, long before it would have answered', async () => {
  useFake().mock.control.setLatency(3_000);
  const slowProxy = createProxyHandler({ apiKey: KEY, timeout: 50 });
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  const started = performance.now();
  try {
    const response = await slowProxy(new Request(`${site}/master-pages`));
    assert.equal(response.status, 504);
    assert.match(((await response.json()) as { message: string }).message, /did not answer in time/);
  } finally {
    console.error = original;
  }
  // The fake would have answered after 3 s; the proxy gave up at its 50 ms (the margin is for a busy machine).
  assert.ok(performance.now() - started < 2_500, `took ${performance.now() - started} ms`);
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /within 50 ms/);
  assert.ok(!String(errors[0]).includes(KEY));
});

test(
  'the timeout also ends an answer whose body stalls half-way (a real upstream that stops sending)',
  { timeout: 10_000 },
  async () => {
    // A real local server, which msw lets through: only a real socket can stall mid-body.
    server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
    const stalling = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"object":"list","data":[');
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    const { port } = stalling.address() as AddressInfo;
    try {
      // 500 ms: room for the headers on a loaded machine (a 504 would test something else), and
      // still far below the test's own 10 s, which a body that never ends would reach.
      const stalled = createProxyHandler({
        apiKey: KEY,
        baseURL: `http://127.0.0.1:${port}/v2`,
        timeout: 500,
      });
      const started = performance.now();
      const response = await stalled(new Request(`${site}/master-pages`));
      assert.equal(response.status, 200, 'the headers came in time');
      await assert.rejects(response.text());
      assert.ok(performance.now() - started < 4_000, `took ${performance.now() - started} ms`);
    } finally {
      stalling.closeAllConnections();
      await new Promise((resolve) => stalling.close(resolve));
    }
  },
);

test('refuses a baseURL that is not an absolute http(s) URL when it is made, not at the first request', () => {
  for (const baseURL of ['nope', '/v2', 'ftp://api.example/v2']) {
    assert.throws(
      () => createProxyHandler({ apiKey: KEY, baseURL }),
      /createProxyHandler: `baseURL` must be an absolute http\(s\) URL/,
      baseURL,
    );
  }
});

test('refuses a timeout that is not a positive number of milliseconds', () => {
  for (const timeout of [0, -1, Number.NaN, Infinity, '5000' as unknown as number, 2 ** 31, 1e10]) {
    assert.throws(
      () => createProxyHandler({ apiKey: KEY, timeout }),
      /`timeout` must be a finite number of milliseconds above 0/,
    );
  }
});

test('refuses to be created with an allow entry it cannot read, even without a key', () => {
  assert.throws(
    () => createProxyHandler({ apiKey: KEY, allow: ['master-pages'] }),
    /not of the form 'METHOD \/path\/:id'/,
  );
  assert.throws(
    () => createProxyHandler({ apiKey: undefined, allow: ['master-pages'] }),
    /not of the form 'METHOD \/path\/:id'/,
  );
  assert.throws(() => createProxyHandler({ apiKey: '', timeout: -1 }), /`timeout` must be a finite number/);
});

test('is made without a key (a build with no secrets), then answers each request 500 naming ONCEHUB_API_KEY, logging it once', async () => {
  for (const apiKey of [undefined, '', null as unknown as undefined]) {
    const { sent } = useFake();
    const keyless = createProxyHandler({ apiKey });
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    const responses: Response[] = [];
    try {
      responses.push(await keyless(new Request(`${site}/api/oncehub/master-pages`)));
      responses.push(
        await keyless(
          new Request(`${site}/api/oncehub/master-pages/MP-DYNAMIC0001/one-time-links`, { method: 'POST' }),
        ),
      );
    } finally {
      console.error = original;
    }
    for (const response of responses) {
      assert.equal(response.status, 500);
      const body = (await response.json()) as { type: string; message: string };
      assert.equal(body.type, 'api_error');
      assert.match(body.message, /set the ONCEHUB_API_KEY environment variable/);
    }
    assert.equal(sent.length, 0, 'nothing reached the API');
    assert.equal(logged.length, 1, 'one server-side line, not one per request');
    assert.match(logged[0] ?? '', /^oncelink proxy: .*ONCEHUB_API_KEY/);
  }
});
