// client.masterPages: every method's happy path, what goes on the wire, and what comes back typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { BadRequestError, NotFoundError } from '../src/index.js';
import { API, KEY, client, masterPageFixture, reply, server, useFake } from './support.js';

test('masterPages.list sends the key and the cursor params and resolves to the page as sent', async () => {
  const { sent } = useFake();
  const page = await client().client.masterPages.list({ limit: 1, after: 'MP-DYNAMIC0001' });
  assert.equal(sent[0]?.headers.get('api-key'), KEY);
  assert.equal(sent[0]?.url.search, '?limit=1&after=MP-DYNAMIC0001');
  assert.deepEqual(page, {
    object: 'list',
    data: [
      {
        object: 'master_page',
        id: 'MP-STATIC00001',
        name: 'Support onboarding',
        label: 'Support: onboarding (Static rules)',
        url: 'https://go.oncehub.com/SupportOnboarding',
        active: true,
      },
    ],
    has_more: true,
  });
});

test('masterPages.retrieve keeps fields the SDK does not know and accepts null for documented ones', async () => {
  // A shape the fake never sends: hand-written.
  server.use(
    http.get(`${API}/master-pages/MP-1`, () =>
      reply(masterPageFixture('MP-1', { label: null, brand_new_field: { x: 1 } })),
    ),
  );
  const page = await client().client.masterPages.retrieve('MP-1');
  assert.equal(page.label, null);
  assert.deepEqual(page.brand_new_field, { x: 1 });
});

test('masterPages.createOneTimeLink posts with no body and resolves to the link the API made', async () => {
  const { mock, sent } = useFake();
  const link = await client().client.masterPages.createOneTimeLink('MP-DYNAMIC0001');
  assert.equal(await sent[0]?.body, '');
  assert.deepEqual(
    mock.control.links().map((l) => [l.id, l.url, l.creation_time]),
    [[link.id, link.url, link.creation_time]],
  );
});

test('masterPages.createOneTimeLink on a page without Dynamic rules is a BadRequestError with param id', async () => {
  useFake();
  await assert.rejects(() => client().client.masterPages.createOneTimeLink('MP-STATIC00001'), {
    constructor: BadRequestError,
    message: "This master page does not allow creation of one time links: 'MP-STATIC00001'",
    param: 'id',
  });
});

test('path parameters are URL-encoded, so an id cannot reach another route', async () => {
  const { sent } = useFake();
  await assert.rejects(() => client().client.masterPages.retrieve('a/b?c'), NotFoundError);
  assert.equal(sent[0]?.url.pathname, '/v2/master-pages/a%2Fb%3Fc');
});

test('an empty or dot-segment id is refused before any request', async () => {
  const { client: c } = client();
  await assert.rejects(() => c.masterPages.retrieve(''), /Expected an id \(a non-empty string\)/);
  await assert.rejects(() => c.masterPages.createOneTimeLink('..'), /Expected an id/);
});

test('per-call headers are sent, and a per-call API-Key header cannot replace the client key', async () => {
  const { sent } = useFake();
  const { client: c } = client({ defaultHeaders: { 'X-Default': 'd' } });
  await c.masterPages.retrieve('MP-DYNAMIC0001', { headers: { 'X-Trace': 't', 'api-key': 'other' } });
  const seen = sent[0]?.headers;
  assert.equal(seen?.get('x-trace'), 't');
  assert.equal(seen?.get('x-default'), 'd');
  assert.equal(seen?.get('api-key'), KEY);
});
