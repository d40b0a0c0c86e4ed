// The hosted booking page: what GET shows, what POST books, the one neutral refusal, escaping and CSP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { seedIds, type Fixtures, seed } from '../src/index.js';
import { MONDAY, call, useMockApi, postForm, slotsIn } from './support.js';

const newLink = async (path = `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`, body?: unknown) =>
  (await call<{ id: string; url: string }>('POST', path, body === undefined ? {} : { body })).body;

const hostile: Fixtures = {
  ...seed,
  masterPages: seed.masterPages.map((mp) =>
    mp.id === seedIds.dynamicMasterPage ? { ...mp, name: `<script>alert("x")</script> & 'co'` } : mp,
  ),
};

describe('hosted booking page', () => {
  const mock = useMockApi({ now: () => MONDAY, fixtures: hostile });

  it('shows the page name, open slots and a form, with a strict CSP and no caching', async () => {
    const link = await newLink();
    const res = await fetch(link.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const html = await res.text();
    assert.doesNotMatch(html, /<script|style=/, 'no inline script or style');
    const slots = slotsIn(html);
    assert.ok(slots.length > 0);
    assert.equal(slots[0], '2026-11-23T09:00:00Z', 'first slot: 09:00 UTC the same Monday');
    assert.match(html, /<input type="text" id="name" name="name"/);
    assert.match(html, /<input type="email" id="email" name="email"/);
  });

  it('escapes every value it shows: the page name and what the URL carries', async () => {
    const link = await newLink();
    const url = `${link.url}?name=${encodeURIComponent('<img src=x onerror=alert(1)>')}&email=a%22%3E%3Cb%3E@x.io&skip=0`;
    const html = await (await fetch(url)).text();
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;'));
    assert.ok(!html.includes('<script>'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('"><b>'));
  });

  it('skips the form when personalised with skip=1, a name and an email', async () => {
    const link = await newLink();
    const html = await (await fetch(`${link.url}?name=Ada%20Lovelace&email=ada%40example.com&skip=1`)).text();
    assert.doesNotMatch(html, /type="text"/);
    assert.match(html, /<input type="hidden" name="name" value="Ada Lovelace">/);
    assert.match(html, /Booking as <strong>Ada Lovelace<\/strong>/);
    const shown = await (await fetch(`${link.url}?name=Ada&email=ada%40example.com&skip=0`)).text();
    assert.match(shown, /type="text"/, 'skip=0 shows the form anyway');
    const bad = await (await fetch(`${link.url}?name=Ada&email=not-an-email&skip=1`)).text();
    assert.match(bad, /type="text"/, 'an invalid prefilled email shows the form');
  });

  it('books with start_time, name and email, confirms, and marks the link used', async () => {
    const link = await newLink();
    const slot = slotsIn(await (await fetch(link.url)).text())[2] ?? '';
    const res = await postForm(link.url, {
      start_time: slot,
      name: 'Grace Hopper',
      email: 'grace@example.com',
    });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /You are booked/);
    const [state] = mock().control.links();
    assert.equal(state?.state, 'used');
    const booking = mock()
      .control.bookings()
      .find((b) => b.id === state?.booking_id);
    assert.equal(booking?.starting_time, slot);
    assert.equal(booking?.master_page, seedIds.dynamicMasterPage);
    assert.deepEqual(
      [booking?.form_submission?.name, booking?.form_submission?.email],
      ['Grace Hopper', 'grace@example.com'],
    );
    const listed = await call<{ data: { id: string }[] }>(
      'GET',
      `/bookings?master_page=${seedIds.dynamicMasterPage}`,
    );
    assert.ok(listed.body.data.some((b) => b.id === booking?.id));
    assert.ok(
      html.includes(`<a href="${booking?.reschedule_url ?? '-'}">Pick another time</a>`),
      'the confirmation links to the reschedule page',
    );
    assert.ok(
      html.includes(`<a href="${booking?.cancel_url ?? '-'}">cancel this booking</a>`),
      'and to the cancel page',
    );
  });

  it('books a personalised link from the URL alone (no name or email in the form)', async () => {
    const link = await newLink();
    const url = `${link.url}?name=Ada%20Lovelace&email=ada%40example.com&skip=1`;
    const slot = slotsIn(await (await fetch(url)).text())[0] ?? '';
    assert.equal((await postForm(url, { start_time: slot })).status, 200);
    assert.equal(mock().control.bookings()[0]?.form_submission?.email, 'ada@example.com');
  });

  it("keeps the URL's mobile_phone on the booking (and ignores one over 50 characters)", async () => {
    const link = await newLink();
    const url = `${link.url}?name=Ada&email=ada%40example.com&mobile_phone=%2B15551234&skip=1`;
    const slot = slotsIn(await (await fetch(url)).text())[0] ?? '';
    assert.equal((await postForm(url, { start_time: slot })).status, 200);
    const phoneOf = (email: string) =>
      mock()
        .control.bookings()
        .find((b) => b.form_submission?.email === email)?.form_submission?.mobile_phone;
    assert.equal(phoneOf('ada@example.com'), '+15551234');
    const long = await newLink();
    const tooLong = `${long.url}?name=Bea&email=bea%40example.com&mobile_phone=${'1'.repeat(51)}&skip=1`;
    const next = slotsIn(await (await fetch(tooLong)).text())[0] ?? '';
    assert.equal((await postForm(tooLong, { start_time: next })).status, 200);
    assert.equal(phoneOf('bea@example.com'), null);
  });

  it('fills form_submission from a booking calendar link made with hide_url_params', async () => {
    const link = await newLink(`/booking-calendars/${seedIds.publishedBookingCalendar}/one-time-links`, {
      hide_url_params: true,
      booking_form: { name: 'Wei Chen', email: 'wei@example.net', company_size: '11-50' },
      utm_params: { source: 'crm' },
    });
    const html = await (await fetch(link.url)).text();
    assert.doesNotMatch(html, /type="text"/, 'answers given at creation skip the form');
    const slot = slotsIn(html)[0] ?? '';
    assert.equal((await postForm(link.url, { start_time: slot })).status, 200);
    const b = mock().control.bookings()[0];
    assert.equal(b?.booking_calendar, seedIds.publishedBookingCalendar);
    assert.equal(b?.form_submission?.name, 'Wei Chen');
    assert.deepEqual(b?.form_submission?.custom_fields, [{ name: 'company_size', value: '11-50' }]);
    assert.deepEqual(b?.utm_params, { source: 'crm' });
  });

  it('answers one identical neutral page with one status, 404, for used, invalidated and unknown links', async () => {
    const used = await newLink();
    mock().control.bookThroughLink(used.url, { name: 'A', email: 'a@example.com' });
    assert.equal((await fetch(used.url)).status, 404, 'used, while the page still takes bookings');
    const invalidated = await newLink();
    mock().control.setRuleType(seedIds.dynamicMasterPage, 'static');
    const unknown = used.url.replace(used.id, 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ');
    const pages = await Promise.all(
      [used.url, invalidated.url, unknown].map(async (u) => {
        const r = await fetch(u);
        return { status: r.status, text: await r.text() };
      }),
    );
    assert.deepEqual(
      pages.map((p) => p.status),
      [404, 404, 404],
      'the status does not tell which either',
    );
    assert.equal(new Set(pages.map((p) => p.text)).size, 1, 'the same page whatever the reason');
    const again = await postForm(used.url, {
      start_time: '2026-11-23T10:00:00Z',
      name: 'B',
      email: 'b@example.com',
    });
    assert.equal(again.status, 404);
    assert.equal(
      mock().control.bookings().length,
      seed.bookings.length + 1,
      'a refused booking changes nothing',
    );
  });

  it('opening a link any number of times does not use it (mail scanners open links)', async () => {
    const link = await newLink();
    for (let i = 0; i < 5; i++) assert.equal((await fetch(link.url)).status, 200);
    assert.equal(mock().control.links()[0]?.state, 'active');
  });

  it('refuses a bad form with the form again, its errors and values escaped, and does not use the link', async () => {
    const link = await newLink();
    const res = await postForm(link.url, { start_time: 'whenever', name: '', email: '"><b>@' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /Pick one of the times below/);
    assert.match(html, /Enter your name/);
    assert.match(html, /Enter an email address/);
    assert.ok(!html.includes('"><b>'));
    const never = await postForm(link.url, {
      start_time: '2026-11-23T03:00:00Z',
      name: 'A',
      email: 'a@example.com',
    });
    assert.equal(never.status, 400, 'a time the page never offered is a bad form');
    assert.match(await never.text(), /Pick one of the times below/);
    const other = await newLink();
    mock().control.bookThroughLink(other.url, {
      name: 'B',
      email: 'b@example.com',
      start_time: '2026-11-23T09:00:00Z',
    });
    const taken = await postForm(link.url, {
      start_time: '2026-11-23T09:00:00Z',
      name: 'A',
      email: 'a@example.com',
    });
    assert.equal(taken.status, 409, 'a time booked meanwhile is a conflict');
    assert.match(await taken.text(), /That time is no longer available/);
    assert.equal(mock().control.links()[0]?.state, 'active');
  });
});

describe('ordinary booking page links', () => {
  const mock = useMockApi({ now: () => MONDAY });

  it("serves a page's ordinary link, which books any number of times", async () => {
    const mp = await call<{ url: string }>('GET', `/master-pages/${seedIds.dynamicMasterPage}`);
    const html = await (await fetch(mp.body.url)).text();
    const [first, second] = slotsIn(html);
    for (const slot of [first, second]) {
      const res = await postForm(mp.body.url, {
        start_time: slot ?? '',
        name: 'Repeat',
        email: 'repeat@example.com',
      });
      assert.equal(res.status, 200);
    }
    assert.equal(
      mock()
        .control.bookings()
        .filter((b) => b.form_submission?.name === 'Repeat').length,
      2,
    );
    assert.equal(mock().control.links().length, 0, 'no one-time link involved');
    const unpublished = await call<{ url: string }>(
      'GET',
      `/booking-calendars/${seedIds.unpublishedBookingCalendar}`,
    );
    assert.equal(
      await getResponse(mock().handlers, new Request(unpublished.body.url)),
      undefined,
      'an unpublished calendar has no page',
    );
  });
});
