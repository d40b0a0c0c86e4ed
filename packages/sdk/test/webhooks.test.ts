// client.webhooks: create, list, retrieve, delete, and client.test() checking the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthenticationError, ConflictError } from '../src/index.js';
import { client, useFake } from './support.js';

const input = {
  url: 'https://crm.example.com/hooks/oncehub',
  name: 'crm',
  events: ['booking.scheduled' as const],
};

test('webhooks.create posts the subscription and resolves to it with its secret', async () => {
  const { sent } = useFake();
  const hook = await client().client.webhooks.create(input);
  assert.match(hook.secret ?? '', /^[0-9a-f]{64}$/);
  assert.deepEqual([hook.url, hook.name, hook.events], [input.url, input.name, input.events]);
  assert.deepEqual(JSON.parse((await sent[0]?.body) ?? ''), input);
});

test('webhooks.create with a taken name is a ConflictError', async () => {
  useFake();
  const { client: c } = client();
  await c.webhooks.create(input);
  await assert.rejects(
    () => c.webhooks.create({ url: 'https://x.example', name: 'crm', events: ['booking.canceled'] }),
    (e: unknown) => e instanceof ConflictError && e.param === 'name',
  );
});

test('webhooks.list and webhooks.retrieve resolve to the subscriptions', async () => {
  useFake();
  const { client: c } = client();
  const first = await c.webhooks.create(input);
  const second = await c.webhooks.create({ ...input, name: 'billing' });
  assert.deepEqual(
    (await c.webhooks.list()).data.map((w) => w.id),
    [first.id, second.id],
  );
  assert.equal((await c.webhooks.retrieve(second.id)).name, 'billing');
});

test('webhooks.delete sends DELETE and resolves to the deleted marker', async () => {
  const { sent } = useFake();
  const { client: c } = client();
  const hook = await c.webhooks.create(input);
  assert.deepEqual(await c.webhooks.delete(hook.id), { id: hook.id, object: 'webhook', deleted: true });
  assert.equal(sent[1]?.method, 'DELETE');
  assert.equal((await c.webhooks.list()).data.length, 0);
});

test('a 5xx on DELETE is retried (deleting twice is harmless)', async () => {
  const { mock, sent } = useFake();
  const { client: c } = client();
  const hook = await c.webhooks.create(input);
  mock.control.failNext(1, 503);
  await c.webhooks.delete(hook.id);
  assert.deepEqual(
    sent.map((r) => r.method),
    ['POST', 'DELETE', 'DELETE'],
  );
});

test('client.test() resolves with a valid key and rejects with AuthenticationError otherwise', async () => {
  useFake();
  assert.equal(typeof (await client().client.test()), 'object');
  await assert.rejects(() => client({ apiKey: 'wrong' }).client.test(), AuthenticationError);
});
