// Lists: awaiting gives one page; `for await` walks every item across pages following `after`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { API, client, list, masterPageFixture, reply, server } from './support.js';

const ids = ['MP-1', 'MP-2', 'MP-3', 'MP-4', 'MP-5'];

function serveThreePages(seen: string[]) {
  server.use(
    http.get(`${API}/master-pages`, ({ request }) => {
      const url = new URL(request.url);
      seen.push(url.search);
      const after = url.searchParams.get('after');
      const start = after ? ids.indexOf(after) + 1 : 0;
      const data = ids.slice(start, start + 2).map((id) => masterPageFixture(id));
      return reply(list(data, start + 2 < ids.length));
    }),
  );
}

test('for await walks three pages, following after from the last id, and stops when has_more is false', async () => {
  const seen: string[] = [];
  serveThreePages(seen);
  const got: string[] = [];
  for await (const page of client().client.masterPages.list({ limit: 2 })) got.push(page.id);
  assert.deepEqual(got, ids);
  assert.deepEqual(seen, ['?limit=2', '?limit=2&after=MP-2', '?limit=2&after=MP-4']);
});

test('awaiting a list makes one request and resolves to that page only', async () => {
  const seen: string[] = [];
  serveThreePages(seen);
  const page = await client().client.masterPages.list({ limit: 2 });
  assert.deepEqual(
    page.data.map((p) => p.id),
    ['MP-1', 'MP-2'],
  );
  assert.equal(page.has_more, true);
  assert.equal(seen.length, 1);
});

test('a list is lazy: nothing is requested until it is awaited or iterated', async () => {
  const seen: string[] = [];
  serveThreePages(seen);
  const pending = client().client.masterPages.list();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(seen.length, 0);
  await pending;
  assert.equal(seen.length, 1);
});

test('iteration stops with an error instead of looping when the API repeats a page', async () => {
  server.use(http.get(`${API}/master-pages`, () => reply(list([masterPageFixture('MP-1')], true))));
  const got: string[] = [];
  await assert.rejects(async () => {
    for await (const page of client().client.masterPages.list()) got.push(page.id);
  }, /same page twice/);
  assert.deepEqual(got, ['MP-1', 'MP-1']);
});

test('a failing page rejects the iteration with the API error', async () => {
  server.use(
    http.get(`${API}/master-pages`, ({ request }) =>
      new URL(request.url).searchParams.has('after')
        ? reply({ type: 'invalid_request_error', message: 'Bad cursor.', param: 'after' }, { status: 400 })
        : reply(list([masterPageFixture('MP-1')], true)),
    ),
  );
  await assert.rejects(async () => {
    for await (const _ of client().client.masterPages.list());
  }, { name: 'BadRequestError', param: 'after' });
});
