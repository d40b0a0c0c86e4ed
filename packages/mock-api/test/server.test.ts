// The fake over real HTTP: API under /v2, hosted pages at link URLs, control routes only when asked.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { DEMO_API_KEY, createMockServer, seedIds, type MockServer } from '../src/index.js';
import { raceForms } from './race.js';

const api = (server: MockServer, method: string, path: string, body?: unknown) =>
  fetch(`${server.apiBaseURL}${path}`, {
    method,
    headers: {
      'API-Key': DEMO_API_KEY,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const firstSlot = (html: string): string => /name="start_time" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe('mock server', () => {
  let server: MockServer;
  before(async () => {
    server = await createMockServer();
  });
  after(() => server.close());

  it('listens on 127.0.0.1 and serves the API under /v2 with the demo key', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(server.apiBaseURL, `${server.url}/v2`);
    const res = await api(server, 'GET', '/master-pages');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { data: { url: string }[] };
    assert.ok(body.data[0]?.url.startsWith(server.url), 'page links point at this server');
    assert.equal((await fetch(`${server.apiBaseURL}/master-pages`)).status, 401);
  });

  it('books exactly once when 50 bookings race through one link', async () => {
    const link = (await (
      await api(server, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).json()) as { id: string; url: string };
    assert.ok(link.url.startsWith(`${server.url}/.`));
    const page = await fetch(link.url);
    assert.equal(page.status, 200);
    const slot = firstSlot(await page.text());
    assert.ok(slot, 'the page offers a slot');
    const before = server.control.bookings().length;

    const answers = await raceForms(
      link.url,
      Array.from(
        { length: 50 },
        (_, i) =>
          new URLSearchParams({ start_time: slot, name: `Racer ${i}`, email: `racer${i}@example.com` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((s) => s === 200).length, 1, `one success, got ${JSON.stringify(statuses)}`);
    assert.equal(statuses.filter((s) => s === 404).length, 49, '49 refusals');
    const refusals = new Set(answers.filter((a) => a.status === 404).map((a) => a.text));
    assert.equal(refusals.size, 1, 'every refusal is the same neutral page');
    assert.equal(server.control.bookings().length, before + 1, 'exactly one booking');
    const state = server.control.links().find((l) => l.id === link.id);
    assert.equal(state?.state, 'used');
    const listed = (await (
      await api(server, 'GET', `/bookings?master_page=${seedIds.dynamicMasterPage}&limit=100`)
    ).json()) as { data: { id: string }[] };
    assert.ok(
      listed.data.some((b) => b.id === state?.booking_id),
      'the booking appears in GET /bookings',
    );
  });

  it('does not serve control routes unless asked', async () => {
    assert.equal((await fetch(`${server.url}/__control/links`)).status, 404);
  });

  it('drops the connection for dropNext', async () => {
    server.control.dropNext();
    await assert.rejects(api(server, 'GET', '/master-pages'));
    assert.equal((await api(server, 'GET', '/master-pages')).status, 200);
  });
});

describe('mock server with control routes', () => {
  let server: MockServer;
  before(async () => {
    server = await createMockServer({ control: true, seed: 'demo' });
  });
  beforeEach(() => server.control.reset());
  after(() => server.close());

  it('switches a rule type and lists links over HTTP, JSON only', async () => {
    await api(server, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`);
    const links = (await (await fetch(`${server.url}/__control/links`)).json()) as { state: string }[];
    assert.deepEqual(
      links.map((l) => l.state),
      ['active'],
    );
    const form = await fetch(`${server.url}/__control/master-pages/${seedIds.dynamicMasterPage}/rule-type`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'rule_type=static',
    });
    assert.equal(form.status, 415, 'a cross-site form cannot drive the fake');
    const res = await fetch(`${server.url}/__control/master-pages/${seedIds.dynamicMasterPage}/rule-type`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rule_type: 'static' }),
    });
    assert.equal(res.status, 200);
    assert.deepEqual(
      server.control.links().map((l) => l.state),
      ['invalidated'],
    );
    const pages = (await (await fetch(`${server.url}/__control/master-pages`)).json()) as {
      id: string;
      rule_type: string;
    }[];
    assert.equal(pages.find((p) => p.id === seedIds.dynamicMasterPage)?.rule_type, 'static');
  });

  it('moves time, injects faults and resets over HTTP', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}/__control${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const link = (await (
      await api(server, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).json()) as { url: string };
    assert.ok(link.url, 'a link was made');
    assert.equal((await post('/reset', {})).status, 200);
    assert.equal(server.control.links().length, 0);
    const fresh = (await (
      await api(server, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).json()) as { url: string };
    const moved = await post('/time', { advance_ms: 91 * 86_400_000 });
    assert.equal(moved.status, 200);
    assert.equal((await fetch(fresh.url)).status, 404, 'expired after 91 days');
    assert.equal((await post('/faults', { fail_next: 1, status: 502 })).status, 200);
    assert.equal((await api(server, 'GET', '/master-pages')).status, 502);
    const bad = await post('/master-pages/MP-NOPE/rule-type', { rule_type: 'static' });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { message: string }).message, /No such master page/);
    await post('/reset', {});
  });

  it("drives a booking's later life over HTTP: reassign, complete, no-show, and the customer's side", async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}/__control${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          id: string;
          status: string;
          owner: string;
          message: string;
          starting_time: string;
        },
      };
    };
    const link = (await (
      await api(server, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).json()) as { url: string };
    const b = server.control.bookThroughLink(link.url, { name: 'Ada', email: 'ada@example.com' });
    const moved = await post(`/bookings/${b.id}/reschedule-as-customer`, {});
    assert.equal(moved.status, 200);
    assert.equal(moved.body.status, 'rescheduled');
    assert.notEqual(moved.body.starting_time, b.starting_time);
    const ownerless = await post(`/bookings/${b.id}/reassign`, {});
    assert.equal(ownerless.status, 400, 'owner is required');
    assert.match(ownerless.body.message, /owner must be the id of a user/);
    assert.equal(
      (await post(`/bookings/${b.id}/reassign`, { owner: seedIds.cohost })).body.owner,
      seedIds.cohost,
    );
    const early = await post(`/bookings/${b.id}/complete`, {});
    assert.equal(early.status, 400);
    assert.match(early.body.message, /can be completed only after that/);
    await post('/time', { advance_ms: 61 * 86_400_000 });
    assert.equal((await post(`/bookings/${b.id}/complete`, {})).body.status, 'completed');
    assert.equal((await post(`/bookings/${b.id}/no-show`, {})).body.status, 'no_show');
    const other = server.control.bookThroughLink(
      (
        (await (
          await api(server, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
        ).json()) as { url: string }
      ).url,
      { name: 'Grace', email: 'grace@example.com' },
    );
    const numeric = await post(`/bookings/${other.id}/cancel-as-customer`, { reason: 7 });
    assert.equal(numeric.status, 400);
    assert.match(numeric.body.message, /reason must be a string/);
    assert.equal(
      server.control.bookings().find((x) => x.id === other.id)?.status,
      'scheduled',
      'the refused cancel changed nothing',
    );
    const canceled = await post(`/bookings/${other.id}/cancel-as-customer`, { reason: 'No longer needed' });
    assert.equal(canceled.body.status, 'canceled');
  });

  it('serves the booking page with its stylesheet and strict headers over real HTTP', async () => {
    const link = (await (
      await api(server, 'POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).json()) as { url: string };
    const page = await fetch(
      `${link.url}?name=${encodeURIComponent('<b>Bo</b>')}&email=bo%40example.com&skip=1`,
    );
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'self'/);
    const html = await page.text();
    assert.match(html, /<link rel="stylesheet" href="\/assets\/booking-page.css">/);
    const css = await fetch(`${server.url}/assets/booking-page.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    const slot = firstSlot(html);
    const done = await fetch(
      `${link.url}?name=${encodeURIComponent('<b>Bo</b>')}&email=bo%40example.com&skip=1`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ start_time: slot }).toString(),
      },
    );
    assert.equal(done.status, 200);
    const confirmation = await done.text();
    assert.ok(
      confirmation.includes('Thank you, &lt;b&gt;Bo&lt;/b&gt;.'),
      'the confirmation escapes the name',
    );
  });

  it('stops cleanly: close() resolves and the port refuses connections', async () => {
    const other = await createMockServer();
    await other.close();
    await assert.rejects(fetch(`${other.apiBaseURL}/test`));
  });
});
