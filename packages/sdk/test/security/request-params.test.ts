// Security suite for the SDK's request parameters: bad ids, options, headers and bodies are refused before anything is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { OnceLink, OnceLinkError, type RequestOptions } from '../../src/index.js';
import { API, KEY, client, linkFixture, list, masterPageFixture, reply, server } from '../support.js';

/** Counts requests msw sees while `fn` runs: a refused call must send nothing. */
async function requestsDuring(fn: () => Promise<unknown>): Promise<{ count: number; outcome: unknown }> {
  let count = 0;
  const onStart = () => count++;
  server.events.on('request:start', onStart);
  try {
    const outcome = await fn().then(
      (value) => ({ value }),
      (error: unknown) => error,
    );
    return { count, outcome };
  } finally {
    server.events.removeListener('request:start', onStart);
  }
}

const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;

type Call = (c: OnceLink) => Promise<unknown>;
const bad = (value: unknown) => value as string;
const badOptions = (value: unknown) => value as RequestOptions;

const refusedCalls: ReadonlyArray<{ case: string; call: Call; field: RegExp }> = [
  { case: 'an empty master page id', call: (c) => c.masterPages.retrieve(''), field: /id/ },
  { case: "a '..' master page id", call: (c) => c.masterPages.retrieve('..'), field: /id/ },
  { case: "a '.' master page id", call: (c) => c.masterPages.retrieve('.'), field: /id/ },
  { case: 'a numeric master page id', call: (c) => c.masterPages.retrieve(bad(42)), field: /id/ },
  { case: 'an undefined master page id', call: (c) => c.masterPages.retrieve(bad(undefined)), field: /id/ },
  {
    case: 'an empty id when creating a one-time link',
    call: (c) => c.masterPages.createOneTimeLink(''),
    field: /id/,
  },
  {
    case: "a '..' booking calendar id when creating a link",
    call: (c) => c.bookingCalendars.createOneTimeLink('..'),
    field: /id/,
  },
  { case: 'an empty booking id to cancel', call: (c) => c.bookings.cancel(''), field: /id/ },
  { case: "a '.' webhook id to delete", call: (c) => c.webhooks.delete('.'), field: /id/ },
  {
    case: 'a body that cannot be JSON (circular)',
    call: (c) => c.bookingCalendars.createOneTimeLink('BKC-1', bad(circular) as never),
    field: /body/,
  },
  {
    case: 'a body that cannot be JSON (a bigint)',
    call: (c) => c.bookings.cancel('BKNG-1', { cancellation_reason: bad(10n) }),
    field: /body/,
  },
  {
    case: 'a header value with a line break (header injection)',
    call: (c) => c.masterPages.list(undefined, { headers: { 'X-Trace': 'a\r\nAPI-Key: stolen' } }),
    field: /X-Trace/,
  },
  {
    case: 'a header name that is not a token',
    call: (c) => c.masterPages.list(undefined, { headers: { 'X Trace': 'a' } }),
    field: /X Trace/,
  },
  {
    case: 'a negative per-call timeout',
    call: (c) => c.masterPages.list(undefined, { timeout: -1 }),
    field: /timeout/,
  },
  {
    case: 'a per-call timeout over 2^31 - 1 ms (a timer would fire at once)',
    call: (c) => c.masterPages.list(undefined, { timeout: 2 ** 31 }),
    field: /timeout must be at most 2147483647 ms/,
  },
  {
    case: 'a NaN per-call maxRetries',
    call: (c) => c.masterPages.list(undefined, { maxRetries: NaN }),
    field: /maxRetries/,
  },
  {
    case: 'a per-call timeout that is a string',
    call: (c) => c.masterPages.list(undefined, badOptions({ timeout: '1000' })),
    field: /timeout/,
  },
];

for (const row of refusedCalls) {
  test(`the SDK refuses ${row.case} with an OnceLinkError naming it, and sends nothing`, async () => {
    const { client: c } = client();
    const { count, outcome } = await requestsDuring(() => row.call(c));
    assert.ok(outcome instanceof OnceLinkError, `expected an OnceLinkError, got ${String(outcome)}`);
    assert.equal(outcome.constructor, OnceLinkError, `a usage error, not ${outcome.name}`);
    assert.match(outcome.message, row.field);
    assert.ok(!outcome.message.includes(KEY));
    assert.equal(count, 0, 'nothing reached the network');
  });
}

const refusedOptions: ReadonlyArray<{ case: string; options: Record<string, unknown>; field: RegExp }> = [
  { case: 'an empty apiKey', options: { apiKey: '' }, field: /apiKey/ },
  { case: 'an apiKey that is a number', options: { apiKey: 12345 }, field: /apiKey/ },
  { case: 'a negative timeout', options: { timeout: -5 }, field: /timeout/ },
  {
    case: 'a timeout over 2^31 - 1 ms (a timer would fire at once)',
    options: { timeout: 1e10 },
    field: /timeout must be at most 2147483647 ms/,
  },
  {
    case: 'an apiKey that cannot be a header (a trailing line break)',
    options: { apiKey: `${KEY}\n` },
    field: /apiKey must be .* sent as a header/,
  },
  {
    case: 'an apiKey with a character beyond Latin-1',
    options: { apiKey: `${KEY}\u2028x` },
    field: /apiKey must be .* sent as a header/,
  },
  { case: 'an infinite maxRetries', options: { maxRetries: Infinity }, field: /maxRetries/ },
  { case: 'zero requests per second', options: { maxRequestsPerSecond: 0 }, field: /maxRequestsPerSecond/ },
  {
    case: 'a default header value with a line break',
    options: { defaultHeaders: { 'X-A': 'b\nc' } },
    field: /X-A/,
  },
];

for (const row of refusedOptions) {
  test(`new OnceLink refuses ${row.case}, naming it`, () => {
    assert.throws(
      () => new OnceLink({ apiKey: KEY, ...row.options } as never),
      (e: unknown) => e instanceof OnceLinkError && row.field.test(e.message) && !e.message.includes(KEY),
    );
  });
}

/** Ids and query values that try to change the route: they are encoded and stay one parameter. */
const hostileIds = [
  'MP-1/../../webhooks',
  'MP-1%2F..%2Fwebhooks',
  'MP-1?expand=owner',
  'MP-1#frag',
  'MP-1\\..\\webhooks',
  '../..',
];

for (const id of hostileIds) {
  test(`the id ${JSON.stringify(id)} cannot change the route: it is sent as one encoded path segment`, async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${API}/master-pages/:id`, ({ request, params }) => {
        seen.push(request.url);
        return reply(masterPageFixture(String(params.id)));
      }),
    );
    const page = await client().client.masterPages.retrieve(id);
    assert.equal(seen.length, 1);
    const sent = new URL(seen[0] ?? '');
    assert.equal(sent.pathname, `/v2/master-pages/${encodeURIComponent(id)}`);
    assert.equal(sent.search, '');
    assert.equal(page.id, id);
  });
}

test('a list parameter carrying query syntax stays one parameter (no query injection)', async () => {
  const seen: URL[] = [];
  server.use(
    http.get(`${API}/master-pages`, ({ request }) => {
      seen.push(new URL(request.url));
      return reply(list([masterPageFixture()]));
    }),
  );
  await client().client.masterPages.list({ after: 'MP-1&limit=100&before=MP-9' });
  assert.deepEqual([...(seen[0]?.searchParams.keys() ?? [])], ['after']);
  assert.equal(seen[0]?.searchParams.get('after'), 'MP-1&limit=100&before=MP-9');
});

test("a per-call API-Key header cannot replace the client's key", async () => {
  const keys: Array<string | null> = [];
  server.use(
    http.post(`${API}/master-pages/:id/one-time-links`, ({ request }) => {
      keys.push(request.headers.get('api-key'));
      return reply(linkFixture());
    }),
  );
  await client().client.masterPages.createOneTimeLink('MP-1', {
    headers: { 'api-key': 'other', 'API-KEY': 'other2' },
  });
  assert.deepEqual(keys, [KEY]);
});
