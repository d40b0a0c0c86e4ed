// Abort and timeout: the caller's signal gives APIUserAbortError, a slow answer gives APIConnectionTimeoutError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http } from 'msw';
import { APIConnectionTimeoutError, APIUserAbortError } from '../src/index.js';
import { API, client, linkFixture, list, reply, server } from './support.js';

test('aborting a call in flight rejects with APIUserAbortError', async () => {
  server.use(
    http.get(`${API}/master-pages`, async () => {
      await delay('infinite');
      return reply(list([]));
    }),
  );
  const controller = new AbortController();
  const pending = client()
    .client.masterPages.list(undefined, { signal: controller.signal })
    .then(
      () => 'resolved',
      (e: unknown) => e,
    );
  setImmediate(() => controller.abort());
  assert.ok((await pending) instanceof APIUserAbortError);
});

test('an already aborted signal sends nothing', async () => {
  let calls = 0;
  server.use(
    http.post(`${API}/master-pages/MP-1/one-time-links`, () => {
      calls++;
      return reply(linkFixture());
    }),
  );
  await assert.rejects(
    () => client().client.masterPages.createOneTimeLink('MP-1', { signal: AbortSignal.abort() }),
    APIUserAbortError,
  );
  assert.equal(calls, 0);
});

test('aborting while waiting to retry stops the retries', async () => {
  let calls = 0;
  const controller = new AbortController();
  server.use(
    http.get(`${API}/master-pages`, () => {
      calls++;
      controller.abort();
      return reply({ type: 'rate_limit_error', message: 'Slow down.' }, { status: 429 });
    }),
  );
  await assert.rejects(
    () => client().client.masterPages.list(undefined, { signal: controller.signal }),
    APIUserAbortError,
  );
  assert.equal(calls, 1);
});

test('no answer within the per-call timeout rejects with APIConnectionTimeoutError (POST: not retried)', async () => {
  let calls = 0;
  server.use(
    http.post(`${API}/master-pages/MP-1/one-time-links`, async () => {
      calls++;
      await delay('infinite');
      return reply(linkFixture());
    }),
  );
  const error = await client()
    .client.masterPages.createOneTimeLink('MP-1', { timeout: 20 })
    .catch((e: unknown) => e);
  assert.ok(error instanceof APIConnectionTimeoutError);
  assert.match(error.message, /timed out after 20 ms/);
  assert.equal(calls, 1);
});

test('a GET that times out is retried, each attempt with its own timeout', async () => {
  let calls = 0;
  server.use(
    http.get(`${API}/master-pages`, async () => {
      if (calls++ === 0) await delay('infinite');
      return reply(list([]));
    }),
  );
  const page = await client({ timeout: 20 }).client.masterPages.list();
  assert.deepEqual(page, list([]));
  assert.equal(calls, 2);
});

test('a custom fetch that ignores the signal cannot hold a call past its abort or its timeout', async () => {
  // A fetch that never settles, whatever its signal says (some wrappers and polyfills behave so).
  const deaf = () => new Promise<Response>(() => undefined);
  const controller = new AbortController();
  const pending = client({ fetch: deaf, maxRetries: 0 })
    .client.masterPages.retrieve('MP-1', { signal: controller.signal })
    .catch((e: unknown) => e);
  setTimeout(() => controller.abort(), 20);
  assert.ok((await pending) instanceof APIUserAbortError);
  const timedOut = await client({ fetch: deaf, maxRetries: 0, timeout: 50 })
    .client.masterPages.retrieve('MP-1')
    .catch((e: unknown) => e);
  assert.ok(timedOut instanceof APIConnectionTimeoutError, String(timedOut));
});
