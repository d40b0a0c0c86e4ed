// create_one_time_links: a personalised link per contact, paced by the SDK, progress on request, bad contacts set aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedIds } from '@oncelink/mock-api';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { KEY, call, connect, http, text, useFake } from './support.js';

type Out = {
  made: number;
  failed: number;
  results: { name: string; email: string; url: string | null; error: string | null }[];
};
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `Customer ${i + 1}`, email: `customer${i + 1}@example.com` }));

test('one personalised link per contact, in order; a bad contact gets an error and does not stop the others', async () => {
  const { mock, sent } = useFake();
  const client = await connect();
  const contacts = [
    people(1)[0],
    { name: 'No Email', email: 'not-an-email' },
    { name: '', email: 'x@example.com' },
    people(2)[1],
  ];
  const result = await call(client, 'create_one_time_links', {
    target: { master_page_id: seedIds.dynamicMasterPage },
    contacts,
  });
  assert.equal(result.isError, undefined);
  const out = result.structuredContent as Out;
  assert.equal(out.made, 2);
  assert.equal(out.failed, 2);
  assert.deepEqual(
    out.results.map((r) => r.name),
    contacts.map((c) => c?.name),
  );
  for (const i of [0, 3]) {
    const url = new URL(out.results[i]?.url ?? '');
    assert.equal(url.searchParams.get('email'), contacts[i]?.email);
    assert.equal(url.searchParams.get('skip'), '1');
  }
  assert.match(
    out.results[1]?.error ?? '',
    /`email` is not a valid email address.*No link was made for this contact/,
  );
  assert.match(out.results[2]?.error ?? '', /`name` is empty/);
  assert.equal(mock.control.links().length, 2, 'no link for the bad contacts');
  assert.equal(sent.filter((s) => s.method === 'POST').length, 2);
  assert.equal(
    new Set(out.results.flatMap((r) => (r.url ? [r.url] : []))).size,
    2,
    'every contact has a link of its own',
  );
  assert.match(text(result), /^Made 2 of 4 one-time links on master page MP-DYNAMIC0001\./);
});

test('sends progress notifications when the client asks for them, and stays within the rate limit', async () => {
  const { mock } = useFake({ rateLimit: true });
  const client = await connect();
  const progress: Progress[] = [];
  const started = Date.now();
  const result = await client.callTool(
    {
      name: 'create_one_time_links',
      arguments: { target: { master_page_id: seedIds.dynamicMasterPage }, contacts: people(12) },
    },
    undefined,
    { onprogress: (p) => progress.push(p) },
  );
  assert.equal((result.structuredContent as Out).made, 12);
  assert.equal(mock.control.links().length, 12);
  assert.deepEqual(
    progress.map((p) => p.progress),
    Array.from({ length: 12 }, (_, i) => i + 1),
  );
  assert.ok(progress.every((p) => p.total === 12));
  assert.equal(progress.at(-1)?.message, '12 of 12 links made');
  // 12 requests at 5 per second: the SDK's limiter spreads them over two seconds (a 429 retried would cost a second each).
  assert.ok(Date.now() - started >= 1900, 'paced by the limiter');
});

test('on a booking calendar each contact goes in its own booking_form', async () => {
  const { mock, sent } = useFake();
  const client = await connect();
  const contacts = people(3);
  const result = await call(client, 'create_one_time_links', {
    target: { booking_calendar_id: seedIds.publishedBookingCalendar },
    contacts,
  });
  assert.equal((result.structuredContent as Out).made, 3);
  assert.equal(mock.control.links().length, 3);
  const bodies = await Promise.all(
    sent.filter((s) => s.method === 'POST').map(async (s) => JSON.parse(await s.body)),
  );
  assert.deepEqual(
    bodies,
    contacts.map((c) => ({ hide_url_params: true, booking_form: c })),
  );
});

test('a page without Dynamic rules: every contact gets the reason, the result is an error, and nothing is made', async () => {
  const { mock } = useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_links', {
    target: { master_page_id: seedIds.staticMasterPage },
    contacts: people(3),
  });
  assert.equal(result.isError, true);
  const out = result.structuredContent as Out;
  assert.equal(out.made, 0);
  assert.ok(out.results.every((r) => /Rule-based assignment with Dynamic rules/.test(r.error ?? '')));
  assert.equal(mock.control.links().length, 0);
});

test('a failure part-way keeps the links made and gives the rest its reason', async () => {
  const { mock } = useFake();
  const client = await connect({ apiKey: KEY, clientOptions: { maxRetries: 0 } });
  // The calendar path goes one contact at a time: once two links are answered, the account is rate limited.
  let answered = 0;
  http.events.on('response:mocked', ({ request }) => {
    if (request.method === 'POST' && ++answered === 2) mock.control.failNext(1, 429);
  });
  const target = { booking_calendar_id: seedIds.publishedBookingCalendar };
  const out = (await call(client, 'create_one_time_links', { target, contacts: people(5) }))
    .structuredContent as Out;
  assert.equal(out.made, 2);
  assert.equal(mock.control.links().length, 2);
  assert.deepEqual(
    out.results.map((r) => r.url !== null),
    [true, true, false, false, false],
  );
  assert.match(out.results[2]?.error ?? '', /rate limiting/);
  assert.ok(
    out.results
      .slice(3)
      .every((r) => /^Not attempted, after an earlier failure: .*rate limiting/.test(r.error ?? '')),
  );
});

test('on a master page, links made before a failure still go out; every contact without one gets the reason', async () => {
  const { mock } = useFake();
  const client = await connect({ apiKey: KEY, clientOptions: { maxRetries: 0 } });
  let answered = 0;
  http.events.on('response:mocked', ({ request }) => {
    if (request.method === 'POST' && ++answered === 3) mock.control.failNext(1, 429);
  });
  const out = (
    await call(client, 'create_one_time_links', {
      target: { master_page_id: seedIds.dynamicMasterPage },
      contacts: people(12),
    })
  ).structuredContent as Out;
  assert.ok(out.made >= 3 && out.made < 12, `made ${out.made}`);
  assert.equal(mock.control.links().length, out.made, 'every link made is handed on');
  const ids = new Set(mock.control.links().map((l) => l.id));
  for (const r of out.results) {
    if (r.url) assert.ok(ids.has(new URL(r.url).pathname.slice(2)));
    else assert.match(r.error ?? '', /rate limiting/);
  }
});

test('more than 50 contacts are refused before anything is made', async () => {
  const { mock, sent } = useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_links', {
    target: { master_page_id: seedIds.dynamicMasterPage },
    contacts: people(51),
  });
  assert.equal(result.isError, true);
  assert.match(text(result), /At most 50 contacts per call: split the list/);
  assert.equal(mock.control.links().length, 0);
  assert.equal(sent.length, 0);
});

test('a target naming both a page and a calendar is refused before anything is made', async () => {
  const { mock } = useFake();
  const client = await connect();
  const target = {
    master_page_id: seedIds.dynamicMasterPage,
    booking_calendar_id: seedIds.publishedBookingCalendar,
  };
  const result = await call(client, 'create_one_time_links', { target, contacts: people(2) });
  assert.equal(result.isError, true);
  assert.match(text(result), /not both/);
  assert.equal(mock.control.links().length, 0);
});
