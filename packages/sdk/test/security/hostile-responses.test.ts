// Security suite: what a compromised or broken API can send the SDK (huge bodies, odd URLs, HTML, prototype keys).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import {
  InternalServerError,
  OnceLinkError,
  ResponseValidationError,
  personalizeLink,
} from '../../src/index.js';
import { API, KEY, client, list, masterPageFixture, redirectElsewhere, reply, server } from '../support.js';

const MB = 1024 * 1024;

/** A streamed JSON list of `bytes` bytes, counting what the client pulled from it. */
function hugeList(bytes: number, headers: Record<string, string> = {}, status = 200) {
  const pulled = { bytes: 0 };
  const filler = new TextEncoder().encode(`${JSON.stringify(masterPageFixture())},`.padEnd(1024, ' '));
  server.use(
    http.get(`${API}/master-pages`, () => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"object":"list","has_more":false,"data":['));
        },
        pull(controller) {
          if (pulled.bytes >= bytes) {
            controller.enqueue(new TextEncoder().encode(`${JSON.stringify(masterPageFixture())}]}`));
            return controller.close();
          }
          pulled.bytes += filler.length;
          controller.enqueue(filler);
        },
      });
      return new HttpResponse(stream, {
        status,
        headers: { 'content-type': 'application/json', 'request-id': 'req_huge', ...headers },
      });
    }),
  );
  return pulled;
}

test('a 10 MB answer is refused with a ResponseValidationError after reading at most the cap (memory stays bounded)', async () => {
  const pulled = hugeList(10 * MB);
  const error = await client()
    .client.masterPages.list()
    .catch((e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError, `got ${String(error)}`);
  assert.match(error.message, /GET \/master-pages: the API answered more than \d+ bytes/);
  assert.equal(error.requestId, 'req_huge');
  assert.ok(pulled.bytes <= 6 * MB, `read ${pulled.bytes} bytes`);
});

test('a declared Content-Length over the cap is refused before reading the body', async () => {
  const pulled = hugeList(10 * MB, { 'content-length': String(10 * MB) });
  const error = await client()
    .client.masterPages.list()
    .catch((e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError, `got ${String(error)}`);
  assert.ok(pulled.bytes <= 64 * 1024, `read ${pulled.bytes} bytes`);
});

test('a 10 MB error body is capped too, and the status still decides the error', async () => {
  const pulled = hugeList(10 * MB, {}, 500);
  const error = await client()
    .client.masterPages.list(undefined, { maxRetries: 0 })
    .catch((e: unknown) => e);
  assert.ok(error instanceof InternalServerError, `got ${String(error)}`);
  assert.ok(pulled.bytes <= 6 * MB, `read ${pulled.bytes} bytes`);
});

test('a large but reasonable page (1 MB) is still read in full', async () => {
  hugeList(1 * MB);
  const page = await client().client.masterPages.list();
  assert.ok(page.data.length > 1000);
});

test('a javascript: or data: URL in a link is kept as data by the SDK but refused by personalizeLink, naming `url`', async () => {
  for (const hostile of [
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'JaVaScRiPt:alert(1)',
  ]) {
    server.use(
      http.post(`${API}/master-pages/:id/one-time-links`, () =>
        reply({ id: 'X', url: hostile, creation_time: null }),
      ),
    );
    const link = await client().client.masterPages.createOneTimeLink('MP-1');
    assert.equal(link.url, hostile);
    assert.throws(
      () => personalizeLink(link.url, { name: 'Ada', email: 'ada@example.com' }),
      (e: unknown) => e instanceof OnceLinkError && /`url` must be an http\(s\) URL/.test(e.message),
    );
  }
});

test('HTML in a page name comes back as the same inert string, not decoded or altered', async () => {
  const name = '<img src=x onerror=alert(1)>&lt;b&gt;';
  server.use(http.get(`${API}/master-pages`, () => reply(list([masterPageFixture('MP-1', { name })]))));
  const page = await client().client.masterPages.list();
  assert.equal(page.data[0]?.name, name);
});

test('a __proto__ key in an answer does not pollute Object.prototype or change the object type', async () => {
  server.use(
    http.get(
      `${API}/master-pages/:id`,
      () =>
        new HttpResponse(
          `{"object":"master_page","id":"MP-1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
          {
            headers: { 'content-type': 'application/json' },
          },
        ),
    ),
  );
  const page = await client().client.masterPages.retrieve('MP-1');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(page), Object.prototype);
  assert.equal((page as Record<string, unknown>).polluted, undefined);
});

test('JSON nested 100,000 deep is a ResponseValidationError, not a crash', async () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  server.use(
    http.get(
      `${API}/master-pages/:id`,
      () => new HttpResponse(deep, { headers: { 'content-type': 'application/json' } }),
    ),
  );
  await assert.rejects(() => client().client.masterPages.retrieve('MP-1'), ResponseValidationError);
});

test('a body that is not JSON on a 200 is a ResponseValidationError saying what came', async () => {
  server.use(
    http.get(`${API}/master-pages/:id`, () => HttpResponse.text('<html><body>Gateway login</body></html>')),
  );
  const error = await client()
    .client.masterPages.retrieve('MP-1')
    .catch((e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError);
  assert.match(error.message, /expected object, got string/);
});

test('a redirect to another host is not followed: the key never leaves baseURL and the error says why', async () => {
  const elsewhere = redirectElsewhere(302);
  const { client: c, clock } = client();
  const error: unknown = await c.masterPages.list().catch((e: unknown) => e);
  assert.deepEqual(elsewhere, [], 'the request (and the key) reached the other host');
  assert.ok(error instanceof OnceLinkError, String(error));
  assert.match(error.message, /GET \/master-pages: the API answered a redirect \(302\); not followed/);
  assert.ok(!error.message.includes(KEY));
  assert.deepEqual(clock.sleeps, [], 'a redirect is not retried');
});
