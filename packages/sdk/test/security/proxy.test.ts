// Security suite for @oncelink/sdk/proxy: only allow-listed routes pass, bodies are capped, and the key never comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { OnceLinkError } from '../../src/index.js';
import { createProxyHandler } from '../../src/proxy/index.js';
import {
  API,
  KEY,
  linkFixture,
  list,
  masterPageFixture,
  redirectElsewhere,
  reply,
  server,
} from '../support.js';

const site = 'https://crm.example.com';
const mount = `${site}/api/oncehub`;
const proxy = createProxyHandler({ apiKey: KEY });

/** Every request that reaches the API, so a test can say "nothing got through". */
function upstream(): Request[] {
  const seen: Request[] = [];
  server.use(
    http.get(`${API}/master-pages`, ({ request }) => {
      seen.push(request);
      return reply(list([masterPageFixture()]));
    }),
    http.post(`${API}/master-pages/:id/one-time-links`, ({ request }) => {
      seen.push(request);
      return reply(linkFixture());
    }),
    http.post(`${API}/booking-calendars/:id/one-time-links`, ({ request }) => {
      seen.push(request);
      return reply(linkFixture());
    }),
  );
  return seen;
}

async function assertNoKey(response: Response): Promise<string> {
  const text = await response.text();
  assert.ok(!text.includes(KEY), 'the key is not in the body');
  for (const [name, value] of response.headers)
    assert.ok(!value.includes(KEY), `the key is not in the ${name} header`);
  return text;
}

/** Requests that must answer 403 and never reach the API. */
const forbidden: ReadonlyArray<{ case: string; method: string; path: string }> = [
  { case: 'a PUT on an allowed path', method: 'PUT', path: '/master-pages' },
  { case: 'a PATCH on an allowed path', method: 'PATCH', path: '/master-pages/MP-1/one-time-links' },
  { case: 'a DELETE on an allowed path', method: 'DELETE', path: '/master-pages' },
  { case: 'an OPTIONS request', method: 'OPTIONS', path: '/master-pages' },
  { case: 'a HEAD request', method: 'HEAD', path: '/master-pages' },
  {
    case: 'a GET of a route that only allows POST',
    method: 'GET',
    path: '/master-pages/MP-1/one-time-links',
  },
  { case: 'a route outside the list (bookings, with personal data)', method: 'GET', path: '/bookings' },
  { case: 'webhook creation', method: 'POST', path: '/webhooks' },
  { case: 'the key check endpoint', method: 'GET', path: '/test' },
  { case: "'..' climbing out of the id", method: 'POST', path: '/master-pages/../webhooks/one-time-links' },
  { case: "an encoded '..' as the id", method: 'POST', path: '/master-pages/%2e%2E/one-time-links' },
  {
    case: 'an encoded slash in the id',
    method: 'POST',
    path: '/master-pages/MP-1%2F..%2F..%2Fwebhooks/one-time-links',
  },
  {
    case: 'an encoded backslash in the id',
    method: 'POST',
    path: '/master-pages/MP-1%5C..%5Cwebhooks/one-time-links',
  },
  {
    case: 'a double-encoded slash in the id',
    method: 'POST',
    path: '/master-pages/MP-1%252F..%252Fwebhooks/one-time-links',
  },
  {
    case: 'a control character in the id',
    method: 'POST',
    path: '/master-pages/MP-1%0D%0AAPI-Key:x/one-time-links',
  },
  { case: 'an encoded ? in a literal segment', method: 'GET', path: '/master-pages%3Flimit=100' },
  { case: 'an encoded slash joining two segments', method: 'GET', path: '/bookings%2Fmaster-pages' },
  { case: 'an empty id', method: 'POST', path: '/master-pages//one-time-links' },
];

for (const row of forbidden) {
  test(`the proxy answers 403 to ${row.case} and nothing reaches the API`, async () => {
    const seen = upstream();
    const response = await proxy(
      new Request(`${mount}${row.path}`, {
        method: row.method,
        headers: { 'API-Key': 'key_from_the_browser' },
        ...(['POST', 'PUT', 'PATCH'].includes(row.method) ? { body: '{}' } : {}),
      }),
    );
    assert.equal(response.status, 403);
    assert.equal(seen.length, 0);
    if (row.method !== 'HEAD') assert.match(await assertNoKey(response), /allow list/);
  });
}

test('the query string is passed as a query only: it cannot change the path or add headers', async () => {
  const seen = upstream();
  const response = await proxy(
    new Request(`${mount}/master-pages?limit=5&x=/../webhooks&y=%0D%0AAPI-Key:%20stolen#frag`),
  );
  assert.equal(response.status, 200);
  const sent = new URL(seen[0]?.url ?? '');
  assert.equal(sent.pathname, '/v2/master-pages');
  assert.equal(sent.searchParams.get('x'), '/../webhooks');
  assert.equal(sent.searchParams.get('y'), '\r\nAPI-Key: stolen');
  assert.equal(seen[0]?.headers.get('api-key'), KEY);
});

for (const name of ['API-Key', 'api-key', 'Api-Key']) {
  test(`a browser-sent ${name} header is dropped; the server's key is the only one sent`, async () => {
    const seen = upstream();
    await proxy(
      new Request(`${mount}/master-pages/MP-1/one-time-links`, {
        method: 'POST',
        headers: { [name]: 'key_from_the_browser' },
      }),
    );
    assert.equal(seen[0]?.headers.get('api-key'), KEY);
  });
}

test('a body over the cap is refused with 413 without reading it all (memory stays bounded)', async () => {
  const seen = upstream();
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      // Bounded so a proxy that reads everything still finishes (and fails the assertion below).
      if (pulled >= 16 * 1024 * 1024) return controller.close();
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const response = await proxy(
    new Request(`${mount}/booking-calendars/BKC-1/one-time-links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit),
  );
  assert.equal(response.status, 413);
  assert.match(await assertNoKey(response), /over \d+ bytes/);
  assert.ok(pulled <= 256 * 1024, `read ${pulled} bytes of a body it refused`);
  assert.equal(seen.length, 0);
});

test('a Content-Length over the cap is refused before the body is read', async () => {
  const seen = upstream();
  const response = await proxy(
    new Request(`${mount}/booking-calendars/BKC-1/one-time-links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) },
      body: '{}',
    }),
  );
  assert.equal(response.status, 413);
  assert.equal(seen.length, 0);
});

test('a body just under the cap is forwarded whole', async () => {
  const seen = upstream();
  const body = JSON.stringify({ booking_form: { note: 'n'.repeat(60 * 1024) } });
  const response = await proxy(
    new Request(`${mount}/booking-calendars/BKC-1/one-time-links`, { method: 'POST', body }),
  );
  assert.equal(response.status, 200);
  assert.equal(await seen[0]?.text(), body);
});

test('an upstream answer that echoes the key in headers does not carry it back (only allow-listed headers pass)', async () => {
  server.use(
    http.get(`${API}/master-pages`, () =>
      HttpResponse.json(list([]), {
        headers: { 'X-Debug-Api-Key': KEY, 'Set-Cookie': 'upstream=1', 'Request-Id': 'req_1' },
      }),
    ),
  );
  const response = await proxy(new Request(`${mount}/master-pages`));
  await assertNoKey(response);
  assert.equal(response.headers.get('set-cookie'), null);
  assert.equal(response.headers.get('request-id'), 'req_1');
});

test('when the API cannot be reached, neither the 502 nor the log line holds the key', async () => {
  server.use(http.post(`${API}/master-pages/:id/one-time-links`, () => HttpResponse.error()));
  const logged: string[] = [];
  const original = { error: console.error, warn: console.warn, log: console.log };
  console.error =
    console.warn =
    console.log =
      (...args: unknown[]) => logged.push(args.map(String).join(' '));
  let response: Response;
  try {
    response = await proxy(new Request(`${mount}/master-pages/MP-1/one-time-links`, { method: 'POST' }));
  } finally {
    Object.assign(console, original);
  }
  assert.equal(response.status, 502);
  await assertNoKey(response);
  assert.ok(logged.length > 0, 'the operator is told');
  for (const line of logged) assert.ok(!line.includes(KEY), `no key in the log: ${line}`);
});

test('an upstream redirect is answered 502 and never followed, so the key reaches no other host', async () => {
  const elsewhere = redirectElsewhere(307);
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  let response: Response;
  try {
    response = await proxy(new Request(`${mount}/master-pages`));
  } finally {
    console.error = original;
  }
  assert.deepEqual(elsewhere, [], 'the request (and the key) reached the other host');
  assert.equal(response.status, 502);
  assert.equal(response.headers.get('location'), null);
  assert.match(((await response.json()) as { message: string }).message, /redirect/);
  assert.match(logged.join('\n'), /answered a redirect \(307\)/);
});

test('an apiKey that cannot be sent as a header is refused at creation, without echoing the key', () => {
  for (const apiKey of [`${KEY}\n`, `sk_live\r\nX-Evil: 1`, `${KEY}\u0000`, `${KEY}\u200B`]) {
    assert.throws(
      () => createProxyHandler({ apiKey }),
      (e: unknown) =>
        e instanceof OnceLinkError &&
        /apiKey must be .* sent as a header/.test(e.message) &&
        !e.message.includes('sk_live') &&
        !e.message.includes(KEY),
    );
  }
});
