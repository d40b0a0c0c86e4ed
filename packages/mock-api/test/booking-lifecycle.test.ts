// A booking's later life: the customer's cancel and reschedule pages, completion, no-show and
// reassignment, each with its webhook event.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { WebhookVerificationError, verifyWebhook } from '@oncelink/sdk';
import { seed, seedIds, type Fixtures, type WebhookRequest } from '../src/index.js';
import { MONDAY, call, useMockApi, type ErrorShape, postForm, slotsIn } from './support.js';

interface Booking {
  id: string;
  status: string;
  owner: string;
  starting_time: string;
  rescheduled_booking_id: string | null;
  cancel_url: string;
  reschedule_url: string;
  form_submission: { name: string; email: string; company: string | null };
  cancel_reschedule_information: {
    reason: string | null;
    actioned_by: string;
    user_id: string | null;
  } | null;
}

const received: WebhookRequest[] = [];

const NINE = '2026-11-23T09:00:00Z';
const TEN = '2026-11-23T10:00:00Z';

// Bookings the lifecycle tests need beside the ones they make: on a page that no longer takes
// bookings, on an unpublished calendar, and one still waiting for the host's approval.
const later = {
  status: 'scheduled' as const,
  creationTime: '2026-11-20T08:00:00Z',
  startingTime: '2026-11-25T10:00:00Z',
  email: 'x@example.com',
};
const fixtures: Fixtures = {
  ...seed,
  bookings: [
    {
      ...later,
      id: 'BKNG-INACTIVEPAGE1',
      masterPage: seedIds.inactiveMasterPage,
      name: 'On an inactive page',
    },
    {
      ...later,
      id: 'BKNG-UNPUBLISHED01',
      bookingCalendar: seedIds.unpublishedBookingCalendar,
      name: 'On an unpublished calendar',
    },
    {
      ...later,
      id: 'BKNG-REQUESTED0001',
      masterPage: seedIds.dynamicMasterPage,
      status: 'requested',
      name: 'Awaiting approval',
    },
  ],
};

describe('booking lifecycle', () => {
  const mock = useMockApi({
    now: () => MONDAY,
    fixtures,
    webhooks: {
      retryDelays: [],
      sender: async (req) => {
        received.push(req);
        return { status: 200 };
      },
    },
  });

  const EVERY_EVENT = [
    'scheduled',
    'rescheduled',
    'reassigned',
    'canceled_then_rescheduled',
    'canceled_reschedule_requested',
    'canceled',
    'completed',
    'no_show',
  ];
  let secret = '';
  beforeEach(async () => {
    received.length = 0;
    const hook = await call<{ secret: string }>('POST', '/webhooks', {
      body: {
        url: 'https://crm.example.com/hooks',
        name: 'everything',
        events: EVERY_EVENT.map((e) => `booking.${e}`),
      },
    });
    assert.equal(hook.status, 200, 'a subscription may ask for all eight booking events');
    secret = hook.body.secret;
  });

  /** Books through a fresh one-time link at `start`. */
  async function booked(start = NINE, name = 'Ada Lovelace'): Promise<Booking> {
    const link = (
      await call<{ url: string }>('POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`)
    ).body;
    return mock().control.bookThroughLink(link.url, {
      name,
      email: 'ada@example.com',
      start_time: start,
    }) as unknown as Booking;
  }

  /** The events sent so far, in the order they happened (deliveries may arrive in any order). */
  const eventsSent = () =>
    mock()
      .control.webhookDeliveries()
      .map((d) => JSON.parse(d.body) as { type: string; data: Booking });
  const current = async (id: string) => (await call<Booking>('GET', `/bookings/${id}`)).body;

  it('the customer moves a booking through its reschedule_url: same id, status rescheduled, booking.rescheduled', async () => {
    const b = await booked();
    const pageRes = await fetch(b.reschedule_url);
    assert.equal(pageRes.status, 200);
    const html = await pageRes.text();
    assert.match(html, /Pick a new time for your booking/);
    assert.ok(!slotsIn(html).includes(NINE), 'its own time is not offered');
    assert.ok(slotsIn(html).includes(TEN));

    const done = await postForm(b.reschedule_url, { start_time: TEN });
    assert.equal(done.status, 200);
    const movedHtml = await done.text();
    assert.match(movedHtml, /Your booking is moved/);
    assert.ok(
      movedHtml.includes(`<a href="${b.cancel_url}">cancel this booking</a>`),
      'it can still be cancelled from here',
    );
    const now = await current(b.id);
    assert.equal(now.status, 'rescheduled');
    assert.equal(now.starting_time, TEN);
    assert.deepEqual(now.cancel_reschedule_information, {
      reason: null,
      actioned_by: 'customer',
      user_id: null,
    });
    // The old time is free again: another customer can take it.
    await booked(NINE, 'Grace Hopper');
    await mock().control.settled();
    const sent = eventsSent();
    assert.deepEqual(
      sent.map((e) => e.type),
      ['booking.scheduled', 'booking.rescheduled', 'booking.scheduled'],
    );
    assert.equal(sent[1]?.data.id, b.id);
    assert.equal(sent[1]?.data.starting_time, TEN);
  });

  it('a taken, never offered or missing time shows the page again with the error, changing nothing', async () => {
    const b = await booked();
    await booked(TEN, 'Grace Hopper');
    const before = await current(b.id);
    const eventsBefore = eventsSent().length;
    const taken = await postForm(`${b.reschedule_url}?iana_time_zone=Asia%2FTokyo`, { start_time: TEN });
    assert.equal(taken.status, 409);
    assert.match(await taken.text(), /That time is no longer available/);
    for (const start_time of ['2020-01-01T00:00:00Z', '2026-11-23T03:00:00Z', '1']) {
      const never = await postForm(b.reschedule_url, { start_time });
      assert.equal(never.status, 400, `${start_time} was never a time on offer`);
      assert.match(await never.text(), /Pick one of the times below/);
    }
    const missing = await postForm(b.reschedule_url, {});
    assert.equal(missing.status, 400);
    assert.deepEqual(await current(b.id), before, 'the booking is exactly as it was');
    await mock().control.settled();
    assert.equal(eventsSent().length, eventsBefore, 'and no event was sent');
    assert.throws(
      () => mock().control.rescheduleAsCustomer(b.id, { start_time: TEN, time_zone: 'Asia/Tokyo' }),
      /This time slot is not available/,
    );
    assert.deepEqual(await current(b.id), before);
  });

  it('does not move a booking whose page no longer takes bookings, nor one from an unpublished calendar', async () => {
    for (const id of ['BKNG-INACTIVEPAGE1', 'BKNG-UNPUBLISHED01']) {
      const before = await current(id);
      assert.equal((await fetch(before.reschedule_url)).status, 410, id);
      assert.equal((await postForm(before.reschedule_url, { start_time: TEN })).status, 410, id);
      assert.throws(
        () => mock().control.rescheduleAsCustomer(id, { start_time: TEN }),
        /no longer takes bookings, so it can be cancelled but not moved/,
      );
      assert.deepEqual(await current(id), before, `${id} is unchanged`);
      assert.equal(mock().control.cancelAsCustomer(id).status, 'canceled', `${id} can still be cancelled`);
    }
  });

  it('keeps a booking that awaits approval requested when the customer moves it', async () => {
    const moved = mock().control.rescheduleAsCustomer('BKNG-REQUESTED0001', { start_time: TEN });
    assert.equal(moved.status, 'requested');
    assert.equal(moved.starting_time, TEN);
  });

  it('refuses control calls with a bad time zone or an overlong reason, changing nothing', async () => {
    const b = await booked();
    const before = await current(b.id);
    assert.throws(
      () => mock().control.rescheduleAsCustomer(b.id, { start_time: TEN, time_zone: 'Mars/Olympus' }),
      /time_zone must be an IANA time zone/,
    );
    assert.throws(() => mock().control.cancelAsCustomer(b.id, 'x'.repeat(501)), /at most 500 characters/);
    assert.deepEqual(await current(b.id), before);
  });

  it('after the host asks to reschedule, the customer books anew: the new booking names the old one', async () => {
    const b = await booked();
    assert.equal(
      (
        await call('POST', `/bookings/${b.id}/request-reschedule`, {
          body: { reschedule_reason: 'Travelling' },
        })
      ).status,
      200,
    );
    const html = await (await fetch(b.reschedule_url)).text();
    assert.match(html, /asked you to pick another time/);
    assert.ok(slotsIn(html).includes(NINE), 'its old time is free again');

    const done = await postForm(b.reschedule_url, { start_time: TEN });
    assert.equal(done.status, 200);
    const replacement = mock()
      .control.bookings()
      .find((x) => x.rescheduled_booking_id === b.id);
    assert.ok(replacement, 'a new booking names the old one');
    assert.ok(
      (await done.text()).includes(`<a href="${replacement.reschedule_url ?? '-'}">`),
      'the page links to the new booking',
    );
    assert.notEqual(replacement.id, b.id);
    assert.equal(replacement.status, 'scheduled');
    assert.equal(replacement.starting_time, TEN);
    assert.equal(replacement.form_submission?.name, 'Ada Lovelace');
    assert.equal((await current(b.id)).status, 'canceled', 'the old one stays cancelled');
    await mock().control.settled();
    const sent = eventsSent();
    assert.deepEqual(
      sent.map((e) => e.type),
      ['booking.scheduled', 'booking.canceled_reschedule_requested', 'booking.canceled_then_rescheduled'],
    );
    assert.equal(sent[2]?.data.id, replacement.id);
    assert.equal(sent[2]?.data.rescheduled_booking_id, b.id);
    assert.equal((await fetch(b.reschedule_url)).status, 410, 'only once');
    assert.throws(() => mock().control.rescheduleAsCustomer(b.id), /already rescheduled/);
  });

  it('the customer cancels through cancel_url; afterwards neither page changes anything', async () => {
    const b = await booked();
    const pageRes = await fetch(b.cancel_url);
    assert.equal(pageRes.status, 200);
    assert.match(await pageRes.text(), /Cancel your booking/);

    const tooLong = await postForm(b.cancel_url, { reason: 'x'.repeat(501) });
    assert.equal(tooLong.status, 400);
    assert.match(await tooLong.text(), /at most 500 characters/);
    assert.equal((await current(b.id)).status, 'scheduled', 'a refused form changes nothing');

    const done = await postForm(b.cancel_url, { reason: 'Found another time' });
    assert.equal(done.status, 200);
    assert.match(await done.text(), /Your booking is cancelled/);
    const now = await current(b.id);
    assert.equal(now.status, 'canceled');
    assert.deepEqual(now.cancel_reschedule_information, {
      reason: 'Found another time',
      actioned_by: 'customer',
      user_id: null,
    });
    await mock().control.settled();
    assert.deepEqual(
      eventsSent().map((e) => e.type),
      ['booking.scheduled', 'booking.canceled'],
    );

    const again = await fetch(b.cancel_url);
    assert.equal(again.status, 410);
    const unknown = await fetch(b.cancel_url.replace(b.id, 'BKNG-NOPE'));
    assert.equal(unknown.status, 404);
    assert.equal(await unknown.text(), await again.text(), 'the page does not say which');
    assert.equal((await fetch(b.reschedule_url)).status, 410);
    assert.equal((await postForm(b.reschedule_url, { start_time: TEN })).status, 410);
  });

  it('a booking made through a link that stopped working can be cancelled but not moved', async () => {
    const b = await booked();
    mock().control.setRuleType(seedIds.dynamicMasterPage, 'static');
    assert.equal((await fetch(b.reschedule_url)).status, 410);
    assert.throws(
      () => mock().control.rescheduleAsCustomer(b.id, { start_time: TEN }),
      /cancelled but not rescheduled/,
    );
    assert.equal((await current(b.id)).starting_time, NINE);
    assert.equal((await postForm(b.cancel_url, {})).status, 200);
    assert.equal((await current(b.id)).status, 'canceled');
  });

  it('completes a booking only after it ends, and marks a no-show only after it starts', async () => {
    const b = await booked();
    const control = mock().control;
    assert.throws(() => control.markNoShow(b.id), /only after that \(move the clock with advanceTime\)/);
    control.advanceTime(70 * 60_000); // 09:10: the 09:00-09:30 meeting is under way
    assert.throws(() => control.completeBooking(b.id), /ends at 2026-11-23T09:30:00Z/);
    control.advanceTime(20 * 60_000); // 09:30: it has just ended
    assert.equal(control.now().toISOString(), '2026-11-23T09:30:00.000Z');
    const done = control.completeBooking(b.id);
    assert.equal(done.status, 'completed');
    assert.throws(() => control.completeBooking(b.id), /status is 'completed'/);
    assert.equal(control.markNoShow(b.id).status, 'no_show');
    assert.throws(() => control.markNoShow(b.id), /status is 'no_show'/);
    assert.throws(() => control.reassignBooking(b.id, seedIds.cohost), /status is 'no_show'/);
    await control.settled();
    assert.deepEqual(
      eventsSent().map((e) => e.type),
      ['booking.scheduled', 'booking.completed', 'booking.no_show'],
    );
    // Signed on the fake's clock (fixed, then moved): verified against that clock, not the wall's.
    const completed = received.find((r) => r.body.includes('"booking.completed"'));
    assert.ok(completed);
    const verify = (receivedAt?: Date) =>
      verifyWebhook({
        payload: completed.body,
        header: completed.headers['Oncehub-Signature'],
        secret,
        ...(receivedAt ? { receivedAt } : {}),
      });
    assert.equal((await verify(control.now())).type, 'booking.completed');
    await assert.rejects(verify(), WebhookVerificationError, 'against the wall clock it is weeks old');
    assert.equal((await current(b.id)).status, 'no_show');

    const early = await booked('2026-11-23T11:00:00Z', 'Grace Hopper');
    assert.throws(() => control.completeBooking(early.id), /ends at 2026-11-23T11:30:00Z/);
    assert.equal((await current(early.id)).status, 'scheduled', 'a refused change changes nothing');
    control.advanceTime(100 * 60_000); // 11:10: under way, so a no-show can be marked
    assert.equal(control.markNoShow(early.id).status, 'no_show');
  });

  it('reassigns an active booking to another user; refuses unknown users and the same owner', async () => {
    const b = await booked();
    const control = mock().control;
    assert.notEqual(b.owner, seedIds.cohost);
    assert.throws(
      () => control.reassignBooking(b.id, 'USR-NOPE'),
      new RegExp(`No such user: 'USR-NOPE'. Use one of .*${seedIds.cohost}`),
    );
    assert.throws(() => control.reassignBooking(b.id, b.owner), /already owned/);
    assert.equal(control.reassignBooking(b.id, seedIds.cohost).owner, seedIds.cohost);
    const mine = await call<{ data: Booking[] }>('GET', `/bookings?owner=${seedIds.cohost}`);
    assert.ok(
      mine.body.data.some((x) => x.id === b.id),
      'listed under its new owner',
    );
    await control.settled();
    const sent = eventsSent();
    assert.deepEqual(
      sent.map((e) => e.type),
      ['booking.scheduled', 'booking.reassigned'],
    );
    assert.equal(sent[1]?.data.owner, seedIds.cohost);
  });

  it('shows what it shows as text, under the strict CSP', async () => {
    const b = await booked(NINE, '<img src=x onerror=alert(1)>');
    for (const url of [b.cancel_url, b.reschedule_url]) {
      const res = await fetch(url);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const html = await res.text();
      assert.ok(html.includes('Booked by &lt;img src=x onerror=alert(1)&gt;.'), url);
      assert.ok(!html.includes('<img'), url);
    }
  });

  it('names an unknown booking on the control object as the API does', async () => {
    assert.throws(() => mock().control.completeBooking('BKNG-NOPE'), /No such booking: 'BKNG-NOPE'/);
    const res = await call<ErrorShape>('GET', '/bookings/BKNG-NOPE');
    assert.equal(res.status, 404);
  });
});
