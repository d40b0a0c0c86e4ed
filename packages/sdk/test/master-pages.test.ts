// client.masterPages: every method's happy path, what goes on the wire, and what comes back typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { API, KEY, client, linkFixture, list, masterPageFixture, reply, server } from './support.js';

test('masterPages.list sends the key and the cursor params and resolves to the page as sent', async () => {
  let seen: Request | undefined;
  server.use(
    http.get(`${API}/master-pages`, ({ request }) => {
      seen = request;
      return reply(list([masterPageFixture()], true));
    }),
  );
  const page = await client().client.masterPages.list({ limit: 1, after: 'MP-0' });
  assert.equal(seen?.headers.get('api-key'), KEY);
  assert.equal(new URL(seen?.url ?? '').search, '?limit=1&after=MP-0');
  assert.deepEqual(page, list([masterPageFixture()], true));
});

test('masterPages.retrieve keeps fields the SDK does not know and accepts null for documented ones', async () => {
  server.use(
    http.get(`${API}/master-pages/MP-1`, () => reply(masterPageFixture('MP-1', { label: null, brand_new_field: { x: 1 } }))),
  );
  const page = await client().client.masterPages.retrieve('MP-1');
  assert.equal(page.label, null);
  assert.deepEqual(page.brand_new_field, { x: 1 });
});

test('masterPages.createOneTimeLink posts with no body and resolves to the link', async () => {
  let body: string | undefined;
  server.use(
    http.post(`${API}/master-pages/MP-1/one-time-links`, async ({ request }) => {
      body = await request.text();
      return reply(linkFixture());
    }),
  );
  const link = await client().client.masterPages.createOneTimeLink('MP-1');
  assert.deepEqual(link, linkFixture());
  assert.equal(body, '');
});

test('path parameters are URL-encoded, so an id cannot reach another route', async () => {
  let pathname: string | undefined;
  server.use(
    http.get(`${API}/master-pages/:id`, ({ request }) => {
      pathname = new URL(request.url).pathname;
      return reply(masterPageFixture('a/b?c'));
    }),
  );
  await client().client.masterPages.retrieve('a/b?c');
  assert.equal(pathname, '/v2/master-pages/a%2Fb%3Fc');
});

test('an empty or dot-segment id is refused before any request', async () => {
  const { client: c } = client();
  await assert.rejects(() => c.masterPages.retrieve(''), /Expected an id \(a non-empty string\)/);
  await assert.rejects(() => c.masterPages.createOneTimeLink('..'), /Expected an id/);
});

test('per-call headers are sent, and a per-call API-Key header cannot replace the client key', async () => {
  let seen: Headers | undefined;
  server.use(
    http.get(`${API}/master-pages/MP-1`, ({ request }) => {
      seen = request.headers;
      return reply(masterPageFixture('MP-1'));
    }),
  );
  const { client: c } = client({ defaultHeaders: { 'X-Default': 'd' } });
  await c.masterPages.retrieve('MP-1', { headers: { 'X-Trace': 't', 'api-key': 'other' } });
  assert.equal(seen?.get('x-trace'), 't');
  assert.equal(seen?.get('x-default'), 'd');
  assert.equal(seen?.get('api-key'), KEY);
});
