// client.webhooks: create, list, retrieve, delete, and client.test() checking the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { AuthenticationError, ConflictError } from '../src/index.js';
import { API, KEY, client, list, reply, server, webhookFixture } from './support.js';

test('webhooks.create posts the subscription and resolves to it with its secret', async () => {
  let body: unknown;
  server.use(
    http.post(`${API}/webhooks`, async ({ request }) => {
      body = await request.json();
      return reply(webhookFixture());
    }),
  );
  const input = { url: 'https://crm.example.com/hooks/oncehub', name: 'crm', events: ['booking.scheduled' as const] };
  const hook = await client().client.webhooks.create(input);
  assert.equal(hook.secret, 'whsec_abc');
  assert.deepEqual(body, input);
});

test('webhooks.create with a taken name is a ConflictError', async () => {
  server.use(
    http.post(`${API}/webhooks`, () => reply({ type: 'invalid_request_error', message: 'Name taken.', param: 'name' }, { status: 409 })),
  );
  await assert.rejects(
    () => client().client.webhooks.create({ url: 'https://x.example', name: 'crm', events: ['booking.canceled'] }),
    (e: unknown) => e instanceof ConflictError && e.param === 'name',
  );
});

test('webhooks.list and webhooks.retrieve resolve to the subscriptions', async () => {
  server.use(
    http.get(`${API}/webhooks`, () => reply(list([webhookFixture('WHK-1'), webhookFixture('WHK-2')]))),
    http.get(`${API}/webhooks/WHK-2`, () => reply(webhookFixture('WHK-2'))),
  );
  const { client: c } = client();
  assert.deepEqual(
    (await c.webhooks.list()).data.map((w) => w.id),
    ['WHK-1', 'WHK-2'],
  );
  assert.equal((await c.webhooks.retrieve('WHK-2')).id, 'WHK-2');
});

test('webhooks.delete sends DELETE and resolves to the deleted marker', async () => {
  server.use(http.delete(`${API}/webhooks/WHK-1`, () => reply({ id: 'WHK-1', object: 'webhook', deleted: true })));
  assert.deepEqual(await client().client.webhooks.delete('WHK-1'), { id: 'WHK-1', object: 'webhook', deleted: true });
});

test('a 5xx on DELETE is retried (deleting twice is harmless)', async () => {
  let calls = 0;
  server.use(
    http.delete(`${API}/webhooks/WHK-1`, () =>
      calls++ === 0 ? reply({ type: 'api_error', message: 'Oops.' }, { status: 503 }) : reply({ id: 'WHK-1', object: 'webhook', deleted: true }),
    ),
  );
  await client().client.webhooks.delete('WHK-1');
  assert.equal(calls, 2);
});

test('client.test() resolves with a valid key and rejects with AuthenticationError otherwise', async () => {
  server.use(
    http.get(`${API}/test`, ({ request }) =>
      request.headers.get('api-key') === KEY
        ? reply({ status: 'ok' })
        : reply({ type: 'authentication_error', message: 'Invalid API key.' }, { status: 401 }),
    ),
  );
  assert.deepEqual(await client().client.test(), { status: 'ok' });
  await assert.rejects(() => client({ apiKey: 'wrong' }).client.test(), AuthenticationError);
});
