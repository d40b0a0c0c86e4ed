// One-time links: who may have one, what they look like, expiry, and invalidation by a rule switch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LINK_LIFETIME_MS, seedIds } from '../src/index.js';
import { MONDAY, call, useMockApi, type ErrorShape } from './support.js';

interface Link {
  id: string;
  url: string;
  creation_time: string;
}

const mpLink = (id: string) => call<Link & ErrorShape>('POST', `/master-pages/${id}/one-time-links`);
const bcLink = (id: string, body?: unknown) =>
  call<Link & ErrorShape>(
    'POST',
    `/booking-calendars/${id}/one-time-links`,
    body === undefined ? {} : { body },
  );

describe('one-time links', () => {
  let now = MONDAY;
  const mock = useMockApi({ now: () => now });

  it('creates a link for a Dynamic-rules master page', async () => {
    const res = await mpLink(seedIds.dynamicMasterPage);
    assert.equal(res.status, 200);
    assert.equal(res.body.url, `https://go.oncehub.com/.${res.body.id}`);
    assert.equal(res.body.creation_time, '2026-11-23T08:00:00Z');
    assert.deepEqual(Object.keys(res.body).sort(), ['creation_time', 'id', 'url']);
    const [link] = mock().control.links();
    assert.equal(link?.state, 'active');
    assert.deepEqual(link?.target, { type: 'master_page', id: seedIds.dynamicMasterPage });
  });

  it('draws ids from a cryptographic source with at least 128 bits and never repeats one', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) ids.add((await mpLink(seedIds.dynamicMasterPage)).body.id);
    assert.equal(ids.size, 200);
    for (const id of ids) {
      // 26 characters of a 32-letter alphabet = 130 bits.
      assert.match(id, /^[0-9A-HJKMNP-TV-Z]{26}$/);
    }
    const chars = new Set([...ids].join(''));
    assert.equal(chars.size, 32, 'every letter of the alphabet is used');
  });

  it('refuses master pages without Dynamic rules with the documented 400', async () => {
    for (const id of [seedIds.staticMasterPage, seedIds.noRulesMasterPage]) {
      const res = await mpLink(id);
      assert.equal(res.status, 400, id);
      assert.deepEqual(res.body, {
        type: 'invalid_request_error',
        message: `This master page does not allow creation of one time links: '${id}'`,
        param: 'id',
      });
    }
    assert.equal(mock().control.links().length, 0, 'a refusal makes no link');
  });

  it('makes links on an inactive Dynamic page, which open the neutral unavailable page while it takes no bookings', async () => {
    const res = await mpLink(seedIds.inactiveMasterPage);
    assert.equal(res.status, 200);
    assert.equal(mock().control.links().length, 1);
    const page = await fetch(res.body.url);
    assert.equal(page.status, 404);
    assert.doesNotMatch(await page.text(), /<form/);
  });

  it('refuses a deleted master page with "is deleted" and an unknown one with 404', async () => {
    const deleted = await mpLink(seedIds.deletedMasterPage);
    assert.equal(deleted.status, 400);
    assert.equal(deleted.body.message, `This master page is deleted: '${seedIds.deletedMasterPage}'`);
    const unknown = await mpLink('MP-NOSUCHPAGE');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.message, "No such master page: 'MP-NOSUCHPAGE'");
  });

  it('creates booking-calendar links only for published calendars', async () => {
    const ok = await bcLink(seedIds.publishedBookingCalendar);
    assert.equal(ok.status, 200);
    // On the host the API uses for calendars' links, not the master pages' one, and served there.
    assert.match(ok.body.url, /^https:\/\/oncehub\.com\/\.[0-9A-Z]+$/);
    assert.match(
      (await mpLink(seedIds.dynamicMasterPage)).body.url,
      /^https:\/\/go\.oncehub\.com\/\.[0-9A-Z]+$/,
    );
    const page = await fetch(ok.body.url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<form/);
    const no = await bcLink(seedIds.unpublishedBookingCalendar);
    assert.equal(no.status, 400);
    assert.equal(
      no.body.message,
      `This booking calendar does not allow creation of one time links: '${seedIds.unpublishedBookingCalendar}'`,
    );
    assert.equal(no.body.param, 'id');
    assert.equal((await bcLink('BKC-NOPE')).status, 404);
  });

  it('puts booking_form in the URL unless hide_url_params is true', async () => {
    const body = {
      booking_form: { name: 'Ada Lovelace', email: 'ada@example.com' },
      utm_params: { source: 'crm' },
    };
    const visible = await bcLink(seedIds.publishedBookingCalendar, body);
    const url = new URL(visible.body.url);
    assert.equal(url.searchParams.get('name'), 'Ada Lovelace');
    assert.equal(url.searchParams.get('email'), 'ada@example.com');
    assert.equal(url.searchParams.get('utm_source'), 'crm');
    const hidden = await bcLink(seedIds.publishedBookingCalendar, { ...body, hide_url_params: true });
    assert.equal(new URL(hidden.body.url).search, '', 'no name or email in a hidden-params URL');
  });

  it('expires unused links after 90 days on the injected clock', async () => {
    const res = await mpLink(seedIds.dynamicMasterPage);
    now = MONDAY + LINK_LIFETIME_MS - 1;
    assert.equal(mock().control.links()[0]?.state, 'active');
    now = MONDAY + LINK_LIFETIME_MS;
    assert.equal(mock().control.links()[0]?.state, 'expired');
    const page = await fetch(res.body.url);
    assert.equal(page.status, 404);
    now = MONDAY;
  });

  it('switching Dynamic to Static stops every link for good; its bookings can be cancelled, not rescheduled', async () => {
    const { control } = mock();
    const used = (await mpLink(seedIds.dynamicMasterPage)).body;
    const unused = (await mpLink(seedIds.dynamicMasterPage)).body;
    const booking = control.bookThroughLink(used.url, { name: 'Grace Hopper', email: 'grace@example.com' });
    control.setRuleType(seedIds.dynamicMasterPage, 'static');
    assert.deepEqual(
      control.links().map((l) => l.state),
      ['used', 'invalidated'],
    );
    assert.equal((await mpLink(seedIds.dynamicMasterPage)).status, 400, 'no new links on a Static page');
    control.setRuleType(seedIds.dynamicMasterPage, 'dynamic');
    assert.equal(control.links()[1]?.state, 'invalidated', 'switching back does not revive old links');
    assert.equal((await fetch(unused.url)).status, 404);

    const reschedule = await call<ErrorShape>('POST', `/bookings/${booking.id}/request-reschedule`, {
      body: { reschedule_reason: 'x' },
    });
    assert.equal(reschedule.status, 400);
    assert.equal(reschedule.body.type, 'invalid_request_error');
    assert.equal(reschedule.body.param, 'id');
    assert.equal(
      control.bookings().find((b) => b.id === booking.id)?.status,
      'scheduled',
      'the refusal changed nothing',
    );
    const cancel = await call<{ status: string }>('POST', `/bookings/${booking.id}/cancel`, {
      body: { cancellation_reason: 'No longer needed' },
    });
    assert.equal(cancel.status, 200);
    assert.equal(cancel.body.status, 'canceled');

    const fresh = (await mpLink(seedIds.dynamicMasterPage)).body;
    assert.equal((await fetch(fresh.url)).status, 200, 'links made after switching back work');
  });

  it('keeps every instance separate', async () => {
    await mpLink(seedIds.dynamicMasterPage);
    const { createMockApi } = await import('../src/index.js');
    assert.equal(createMockApi().control.links().length, 0);
    assert.equal(mock().control.links().length, 1);
  });
});
