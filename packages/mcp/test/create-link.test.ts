// create_one_time_link: one link per call, personalised as the SDK does it, and nothing made on input it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpResponse, http as rest } from 'msw';
import { seedIds } from '@oncelink/mock-api';
import { API, KEY, call, connect, http, text, useFake } from './support.js';

const ada = { customer_name: 'Ada Lovelace', customer_email: 'ada@example.com' };

test('makes one personalised link on a Dynamic-rules master page: name, email and skip=1, as text and structured', async () => {
  const { mock } = useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_link', {
    master_page_id: seedIds.dynamicMasterPage,
    ...ada,
  });
  assert.equal(result.isError, undefined);
  const links = mock.control.links();
  assert.equal(links.length, 1);
  const url = new URL(text(result));
  assert.equal(url.origin + url.pathname, links[0]?.url);
  assert.equal(url.searchParams.get('name'), 'Ada Lovelace');
  assert.equal(url.searchParams.get('email'), 'ada@example.com');
  assert.equal(url.searchParams.get('skip'), '1');
  assert.deepEqual(result.structuredContent, {
    url: text(result),
    id: links[0]?.id,
    creation_time: links[0]?.creation_time,
    personalized: true,
    target: { type: 'master_page', id: seedIds.dynamicMasterPage },
  });
});

test('show_booking_form keeps the form (skip=0); no customer gives a plain link', async () => {
  useFake();
  const client = await connect();
  const shown = await call(client, 'create_one_time_link', {
    master_page_id: seedIds.dynamicMasterPage,
    ...ada,
    show_booking_form: true,
  });
  assert.equal(new URL(text(shown)).searchParams.get('skip'), '0');
  const plain = await call(client, 'create_one_time_link', { master_page_id: seedIds.dynamicMasterPage });
  assert.equal(new URL(text(plain)).search, '');
  assert.equal((plain.structuredContent as { personalized: boolean }).personalized, false);
});

test('on a booking calendar the customer goes in booking_form with hide_url_params: true, not in the URL', async () => {
  const { mock, sent } = useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_link', {
    booking_calendar_id: seedIds.publishedBookingCalendar,
    ...ada,
  });
  assert.equal(result.isError, undefined);
  assert.equal(mock.control.links().length, 1);
  assert.doesNotMatch(text(result), /Ada|ada%40|example/);
  const post = sent.find((s) => s.method === 'POST');
  assert.deepEqual(JSON.parse((await post?.body) ?? ''), {
    hide_url_params: true,
    booking_form: { name: 'Ada Lovelace', email: 'ada@example.com' },
  });
});

test("a Static-rules master page is refused in the help article's words, and no link is made", async () => {
  const { mock } = useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_link', {
    master_page_id: seedIds.staticMasterPage,
    ...ada,
  });
  assert.equal(result.isError, true);
  assert.match(
    text(result),
    /only available for Master pages using Rule-based assignment with Dynamic rules/,
  );
  assert.match(text(result), /ordinary booking link/);
  assert.match(text(result), /No link was made/);
  assert.equal(mock.control.links().length, 0);
});

test('an unpublished booking calendar is refused with what to do', async () => {
  useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_link', {
    booking_calendar_id: seedIds.unpublishedBookingCalendar,
  });
  assert.equal(result.isError, true);
  assert.match(text(result), /only published booking calendars/);
});

test('an unknown id is named, with the tool that finds the right one', async () => {
  useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_link', { master_page_id: 'MP-NOSUCHPAGE' });
  assert.equal(result.isError, true);
  assert.match(text(result), /no master page with id 'MP-NOSUCHPAGE'.*list_master_pages/);
});

for (const [why, args, words] of [
  [
    'a bad email',
    { ...ada, customer_email: 'ada(at)example' },
    /`customer_email` is not a valid email address/,
  ],
  ['an empty name', { ...ada, customer_name: '  ' }, /`customer_name` is empty/],
  [
    'a name over 100 characters',
    { ...ada, customer_name: 'A'.repeat(101) },
    /`customer_name` is 101 characters long/,
  ],
  [
    'a name without an email',
    { customer_name: 'Ada Lovelace' },
    /Give both customer_name and customer_email.*customer_email is missing/,
  ],
  ['both a page and a calendar', { booking_calendar_id: seedIds.publishedBookingCalendar }, /not both/],
  ['a misspelt field', { customer_mail: 'ada@example.com' }, /Unknown field 'customer_mail'/],
] as const) {
  test(`${why} is refused in plain words and nothing is made`, async () => {
    const { mock, sent } = useFake();
    const client = await connect();
    const result = await call(client, 'create_one_time_link', {
      master_page_id: seedIds.dynamicMasterPage,
      ...args,
    });
    assert.equal(result.isError, true);
    assert.match(text(result), words);
    assert.doesNotMatch(text(result), /\n\s+at /, 'no stack trace');
    assert.equal(mock.control.links().length, 0);
    assert.equal(sent.length, 0, 'OnceHub was not asked');
  });
}

test('show_booking_form on a booking calendar is refused rather than silently ignored', async () => {
  const { mock } = useFake();
  const client = await connect();
  const result = await call(client, 'create_one_time_link', {
    booking_calendar_id: seedIds.publishedBookingCalendar,
    ...ada,
    show_booking_form: true,
  });
  assert.equal(result.isError, true);
  assert.match(text(result), /master pages only/);
  assert.equal(mock.control.links().length, 0);
});

test('a refused key (401) says which setting to check, and never shows the key', async () => {
  useFake();
  const wrongKey = 'ol_live_wrong_key_1234567890';
  const client = await connect({ apiKey: wrongKey });
  const result = await call(client, 'create_one_time_link', { master_page_id: seedIds.dynamicMasterPage });
  assert.equal(result.isError, true);
  assert.match(text(result), /OnceHub refused the API key\. Check ONCEHUB_API_KEY/);
  assert.ok(!JSON.stringify(result).includes(wrongKey));
});

test('rate limited (429 after the retries) says to wait, and no link is made', async () => {
  const { mock } = useFake();
  mock.control.failNext(1, 429);
  const client = await connect({ apiKey: KEY, clientOptions: { maxRetries: 0 } });
  const result = await call(client, 'create_one_time_link', { master_page_id: seedIds.dynamicMasterPage });
  assert.equal(result.isError, true);
  assert.match(text(result), /rate limiting this account.*Wait a few seconds/);
  assert.equal(mock.control.links().length, 0);
});

test("a single 429 is absorbed by the SDK's retry and the link is made", async () => {
  const { mock } = useFake();
  mock.control.failNext(1, 429);
  const client = await connect();
  const result = await call(client, 'create_one_time_link', { master_page_id: seedIds.dynamicMasterPage });
  assert.equal(result.isError, undefined);
  assert.equal(mock.control.links().length, 1);
});

test('a 5xx on creation says a link may or may not exist, rather than promising none', async () => {
  const { mock } = useFake();
  mock.control.failNext(1, 503);
  const client = await connect();
  const result = await call(client, 'create_one_time_link', { master_page_id: seedIds.dynamicMasterPage });
  assert.equal(result.isError, true);
  assert.match(text(result), /problem on its side.*may or may not have been made/);
});

test('an API error that echoes the key reaches the model with the key scrubbed', async () => {
  useFake();
  http.use(
    rest.post(`${API}/master-pages/:id/one-time-links`, () =>
      HttpResponse.json(
        { type: 'invalid_request_error', message: `Key ${KEY} is not allowed here.` },
        { status: 400 },
      ),
    ),
  );
  const client = await connect();
  const result = await call(client, 'create_one_time_link', { master_page_id: seedIds.dynamicMasterPage });
  assert.equal(result.isError, true);
  assert.ok(!JSON.stringify(result).includes(KEY));
  assert.match(text(result), /Key \[redacted\] is not allowed/);
});

test('a link URL that is not http(s) is not handed on', async () => {
  useFake({ linkBaseURL: 'javascript:alert(1)//' });
  const client = await connect();
  const result = await call(client, 'create_one_time_link', { master_page_id: seedIds.dynamicMasterPage });
  assert.equal(result.isError, true);
  assert.doesNotMatch(JSON.stringify(result), /javascript:/);
  assert.match(text(result), /not an http\(s\) URL/);
});

test('with no key configured, every tool says how to set ONCEHUB_API_KEY (or --mock)', async () => {
  const { sent } = useFake();
  const client = await connect({});
  for (const name of ['list_master_pages', 'create_one_time_link'] as const) {
    const result = await call(
      client,
      name,
      name === 'create_one_time_link' ? { master_page_id: seedIds.dynamicMasterPage } : {},
    );
    assert.equal(result.isError, true);
    assert.match(text(result), /Set ONCEHUB_API_KEY.*--mock/);
  }
  assert.equal(sent.length, 0);
});

test('a key that cannot be sent (a line break read from a file) is named as a setting, without its value', async () => {
  const { sent } = useFake();
  const client = await connect({ apiKey: 'ol_live_secret_from_file\n' });
  const result = await call(client, 'list_master_pages');
  assert.equal(result.isError, true);
  assert.match(text(result), /ONCEHUB_API_KEY.*no line breaks/);
  assert.ok(!text(result).includes('ol_live_secret_from_file'));
  assert.equal(sent.length, 0);
});
