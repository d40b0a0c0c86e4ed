// Client options: defaults, bad values refused up front, and a custom fetch and baseURL honoured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { DEFAULT_BASE_URL, OnceLink, OnceLinkCore, OnceLinkError, MasterPages } from '../src/index.js';
import { client, list, masterPageFixture, reply, server } from './support.js';

test('defaults: the real API, 2 retries, a 30 s timeout', () => {
  const c = new OnceLink({ apiKey: 'k' });
  assert.equal(c.baseURL, DEFAULT_BASE_URL);
  assert.equal(c.maxRetries, 2);
  assert.equal(c.timeout, 30_000);
});

test('bad option values are refused when the client is made, naming the option', () => {
  assert.throws(() => new OnceLink({ apiKey: '' }), /apiKey must be a non-empty string/);
  assert.throws(() => new OnceLink({ maxRetries: -1 }), /maxRetries must be/);
  assert.throws(
    () => new OnceLink({ timeout: Number.NaN }),
    (e: unknown) => e instanceof OnceLinkError && /timeout/.test(e.message),
  );
  // In Node a relative baseURL has nothing to resolve against; it would fail later as a "connection" error.
  assert.throws(() => new OnceLink({ baseURL: '/api/oncehub' }), /baseURL must be an absolute http\(s\) URL/);
  assert.throws(() => new OnceLink({ baseURL: 'ftp://api.example.com' }), /baseURL must be/);
});

test('no apiKey for the API itself is refused when the client is made, saying what to pass', () => {
  const missing = (e: unknown) =>
    e instanceof OnceLinkError && /No apiKey, and baseURL is the OnceHub API itself/.test(e.message);
  assert.throws(() => new OnceLink(), missing);
  assert.throws(() => new OnceLink({ apiKey: undefined }), missing, 'an unset environment variable');
  assert.throws(
    () => new OnceLinkCore({ baseURL: `${DEFAULT_BASE_URL}/` }),
    missing,
    'however the URL is written',
  );
  assert.ok(new OnceLink({ baseURL: 'https://crm.example.com/api/oncehub' }), 'a proxy adds the key itself');
});

test('a proxy baseURL (trailing slash or not) and no key: requests go to the proxy without an API-Key', async () => {
  let seen: Request | undefined;
  server.use(
    http.get('https://crm.example.com/api/oncehub/master-pages', ({ request }) => {
      seen = request;
      return reply(list([masterPageFixture()]));
    }),
  );
  const c = new OnceLink({ baseURL: 'https://crm.example.com/api/oncehub/' });
  await c.masterPages.list();
  assert.equal(seen?.headers.get('api-key'), null);
});

test('a custom fetch is used for every request', async () => {
  const urls: string[] = [];
  server.use(http.get('https://api.oncehub.com/v2/master-pages', () => reply(list([]))));
  const { client: c } = client({
    fetch: (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    },
  });
  await c.masterPages.list();
  assert.deepEqual(urls, ['https://api.oncehub.com/v2/master-pages']);
});

test('OnceLinkCore with only the resources a bundle needs works like the full client', async () => {
  server.use(http.get('https://api.oncehub.com/v2/master-pages', () => reply(list([masterPageFixture()]))));
  const core = new OnceLinkCore({ apiKey: 'k' });
  const pages = new MasterPages(core);
  assert.equal((await pages.list()).data[0]?.id, 'MP-73E6RHFU77');
});
