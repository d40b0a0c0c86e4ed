// Lists: awaiting gives one page; `for await` walks every item across pages following `after`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { OnceLinkError } from '../src/index.js';
import { emptySeed } from '../../mock-api/src/index.js';
import { API, client, list, masterPageFixture, reply, server, useFake, type Sent } from './support.js';

const ids = ['MP-1', 'MP-2', 'MP-3', 'MP-4', 'MP-5'];

/** The fake with exactly five master pages: three pages of two at limit=2. */
function serveThreePages(): Sent[] {
  const pages = ids.map((id) => ({
    id,
    name: id,
    label: id,
    slug: id,
    active: true,
    ruleType: 'dynamic' as const,
  }));
  return useFake({ fixtures: { ...emptySeed, masterPages: pages } }).sent;
}

const searches = (sent: Sent[]) => sent.map((r) => r.url.search);

test('for await walks three pages, following after from the last id, and stops when has_more is false', async () => {
  const sent = serveThreePages();
  const got: string[] = [];
  for await (const page of client().client.masterPages.list({ limit: 2 })) got.push(page.id);
  assert.deepEqual(got, ids);
  assert.deepEqual(searches(sent), ['?limit=2', '?limit=2&after=MP-2', '?limit=2&after=MP-4']);
});

test('awaiting a list makes one request and resolves to that page only', async () => {
  const sent = serveThreePages();
  const page = await client().client.masterPages.list({ limit: 2 });
  assert.deepEqual(
    page.data.map((p) => p.id),
    ['MP-1', 'MP-2'],
  );
  assert.equal(page.has_more, true);
  assert.equal(sent.length, 1);
});

test('a list is lazy: nothing is requested until it is awaited or iterated', async () => {
  const sent = serveThreePages();
  const pending = client().client.masterPages.list();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(sent.length, 0);
  await pending;
  assert.equal(sent.length, 1);
});

test('iteration stops with an error instead of looping when the API repeats a page', async () => {
  // A broken API the fake never imitates: hand-written.
  server.use(http.get(`${API}/master-pages`, () => reply(list([masterPageFixture('MP-1')], true))));
  const got: string[] = [];
  await assert.rejects(async () => {
    for await (const page of client().client.masterPages.list()) got.push(page.id);
  }, /same page twice/);
  assert.deepEqual(got, ['MP-1', 'MP-1']);
});

test('a failing page rejects the iteration with the API error', async () => {
  // A cursor the API stops accepting between two pages: hand-written.
  server.use(
    http.get(`${API}/master-pages`, ({ request }) =>
      new URL(request.url).searchParams.has('after')
        ? reply({ type: 'invalid_request_error', message: 'Bad cursor.', param: 'after' }, { status: 400 })
        : reply(list([masterPageFixture('MP-1')], true)),
    ),
  );
  await assert.rejects(
    async () => {
      for await (const _ of client().client.masterPages.list());
    },
    { name: 'BadRequestError', param: 'after' },
  );
});

test('iteration stops with an error when the API cycles between pages (A, B, A, ...)', async () => {
  // A broken API the fake never imitates: hand-written.
  server.use(
    http.get(`${API}/master-pages`, ({ request }) => {
      const after = new URL(request.url).searchParams.get('after');
      return reply(list([masterPageFixture(after === 'MP-A' ? 'MP-B' : 'MP-A')], true));
    }),
  );
  const got: string[] = [];
  await assert.rejects(
    async () => {
      for await (const page of client().client.masterPages.list()) {
        got.push(page.id);
        if (got.length > 10) return; // the bug: it would go on for ever
      }
    },
    (e: unknown) => e instanceof OnceLinkError && /same page twice \(after 'MP-A'\)/.test(e.message),
  );
  assert.deepEqual(got, ['MP-A', 'MP-B', 'MP-A']);
});

test('an empty page that says has_more: true is an error, not a silent end', async () => {
  // A broken API the fake never imitates: hand-written.
  server.use(
    http.get(`${API}/master-pages`, ({ request }) =>
      new URL(request.url).searchParams.has('after')
        ? reply(list([], true))
        : reply(list([masterPageFixture('MP-1')], true)),
    ),
  );
  const got: string[] = [];
  await assert.rejects(
    async () => {
      for await (const page of client().client.masterPages.list()) got.push(page.id);
    },
    (e: unknown) => e instanceof OnceLinkError && /has_more: true with an empty page/.test(e.message),
  );
  assert.deepEqual(got, ['MP-1']);
});

test('a list started with `before` can be awaited for its page, but iterating it is refused before any request', async () => {
  const sent = serveThreePages();
  const page = await client().client.masterPages.list({ before: 'MP-3', limit: 2 });
  assert.ok(page.data.every((p) => p.id !== 'MP-3'));
  assert.equal(sent.length, 1);
  await assert.rejects(
    async () => {
      for await (const _ of client().client.masterPages.list({ before: 'MP-3' }));
    },
    (e: unknown) => e instanceof OnceLinkError && /cannot start from `before`/.test(e.message),
  );
  assert.equal(sent.length, 1, 'nothing more was requested');
});
