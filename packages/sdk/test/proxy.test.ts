// @oncelink/sdk/proxy: forwards only allowed routes, under any mount prefix, adding the key server-side and never echoing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createProxyHandler } from '../src/proxy/index.js';
import { API, KEY, linkFixture, list, masterPageFixture, reply, server } from './support.js';

const proxy = createProxyHandler({ apiKey: KEY });
const site = 'https://crm.example.com';

function upstream(seen: Request[]) {
  server.use(
    http.get(`${API}/master-pages`, ({ request }) => {
      seen.push(request);
      return reply(list([masterPageFixture()]), { headers: { Link: `<${API}/master-pages?after=MP-1>; rel="next"` } });
    }),
    http.post(`${API}/master-pages/:id/one-time-links`, ({ request }) => {
      seen.push(request);
      return reply(linkFixture());
    }),
    http.post(`${API}/booking-calendars/:id/one-time-links`, async ({ request }) => {
      seen.push(request);
      return reply({ ...linkFixture(), echoed: await request.json() });
    }),
  );
}

for (const prefix of ['', '/api/oncehub', '/deeply/nested/mount']) {
  test(`under the prefix '${prefix || '(none)'}' GET .../master-pages means GET /master-pages, query passed through`, async () => {
    const seen: Request[] = [];
    upstream(seen);
    const response = await proxy(new Request(`${site}${prefix}/master-pages?limit=5&after=MP-0`));
    assert.equal(response.status, 200);
    assert.equal(seen[0]?.url, `${API}/master-pages?limit=5&after=MP-0`);
    assert.deepEqual(await response.json(), list([masterPageFixture()]));
    assert.equal(response.headers.get('request-id'), 'req_0123456789abcdef');
  });
}

test('the key is added server-side and any key the browser sent is dropped, with its cookies', async () => {
  const seen: Request[] = [];
  upstream(seen);
  await proxy(
    new Request(`${site}/api/oncehub/master-pages`, {
      headers: { 'API-Key': 'key_from_the_browser', Cookie: 'session=secret', Authorization: 'Bearer x' },
    }),
  );
  assert.equal(seen[0]?.headers.get('api-key'), KEY);
  assert.equal(seen[0]?.headers.get('cookie'), null);
  assert.equal(seen[0]?.headers.get('authorization'), null);
});

test("the upstream's Link header (URLs past the proxy) does not come back through it", async () => {
  upstream([]);
  const response = await proxy(new Request(`${site}/api/oncehub/master-pages`));
  assert.equal(response.headers.get('link'), null);
});

test('POST one-time-links forwards the body and re-encodes the id', async () => {
  const seen: Request[] = [];
  upstream(seen);
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
  ['GET', '/api/oncehub/master-pages/MP-1'],
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
  server.use(http.get(`${API}/bookings/:id`, ({ params }) => reply({ object: 'booking', id: params.id })));
  const custom = createProxyHandler({ apiKey: KEY, allow: ['GET /bookings/:id'] });
  assert.equal((await custom(new Request(`${site}/x/bookings/BKNG-1`))).status, 200);
  assert.equal((await custom(new Request(`${site}/x/master-pages`))).status, 403);
});

test('an API error is passed back as it is, status and body, without the key', async () => {
  server.use(
    http.post(`${API}/master-pages/:id/one-time-links`, () =>
      reply({ type: 'invalid_request_error', message: "No such master page: 'MP-9'", param: 'id' }, { status: 404 }),
    ),
  );
  const response = await proxy(new Request(`${site}/p/master-pages/MP-9/one-time-links`, { method: 'POST' }));
  assert.equal(response.status, 404);
  assert.equal(((await response.json()) as { param: string }).param, 'id');
});

test('an unreachable API answers 502 and says so', async () => {
  server.use(http.get(`${API}/master-pages`, () => HttpResponse.error()));
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

test('refuses to be created without a key, or with an allow entry it cannot read', () => {
  assert.throws(() => createProxyHandler({ apiKey: '' }), /`apiKey` is required/);
  assert.throws(() => createProxyHandler({ apiKey: KEY, allow: ['master-pages'] }), /not of the form 'METHOD \/path\/:id'/);
});
