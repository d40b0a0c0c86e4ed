// Booking calendars (slots, schedule) and bookings (filters, expand, cancel, request-reschedule).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seed, seedIds } from '../src/index.js';
import { MONDAY, call, useMockApi, type ErrorShape } from './support.js';

interface Booking {
  id: string;
  object: string;
  status: string;
  master_page: string | { id: string; object: string } | null;
  booking_calendar: string | { id: string } | null;
  owner: string | { id: string; object: string };
  starting_time: string;
  creation_time: string;
  form_submission: { name: string; email: string };
  cancel_reschedule_information: { reason: string | null; actioned_by: string } | null;
}
interface List<T> {
  data: T[];
  has_more: boolean;
}

const BKC = seedIds.publishedBookingCalendar;

describe('booking calendars', () => {
  const mock = useMockApi({ now: () => MONDAY });

  it('lists calendars and filters by host', async () => {
    const all = await call<List<{ id: string; host: string }>>('GET', '/booking-calendars');
    assert.deepEqual(
      all.body.data.map((c) => c.id),
      [seedIds.publishedBookingCalendar, seedIds.unpublishedBookingCalendar],
    );
    const mine = await call<List<{ id: string }>>('GET', `/booking-calendars?host=${seedIds.cohost}`);
    assert.deepEqual(
      mine.body.data.map((c) => c.id),
      [seedIds.unpublishedBookingCalendar],
    );
    const one = await call<{ published: boolean; duration_minutes: number }>(
      'GET',
      `/booking-calendars/${BKC}`,
    );
    assert.equal(one.body.published, true);
    assert.equal(one.body.duration_minutes, 30);
  });

  it('answers open time slots with locations, at most 30 days apart', async () => {
    const res = await call<{ start_time: string; locations: { type: string }[] }[]>(
      'GET',
      `/booking-calendars/${BKC}/time-slots?start_time=2026-11-23T00:00:00Z&end_time=2026-11-24T00:00:00Z`,
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.length, 16, '09:00 to 17:00 in 30-minute steps');
    assert.equal(res.body[0]?.start_time, '2026-11-23T09:00:00Z');
    assert.ok(res.body[0]?.locations.length);
    const far = await call<ErrorShape>(
      'GET',
      `/booking-calendars/${BKC}/time-slots?start_time=2026-11-23T00:00:00Z&end_time=2026-12-24T00:00:00Z`,
    );
    assert.equal(far.status, 400);
    assert.equal(far.body.param, 'end_time');
    const bad = await call<ErrorShape>('GET', `/booking-calendars/${BKC}/time-slots?start_time=tomorrow`);
    assert.equal(bad.body.param, 'start_time');
  });

  it('schedules into an open slot, which then is no longer offered', async () => {
    const res = await call<{ id: string }>('POST', `/booking-calendars/${BKC}/schedule`, {
      body: {
        start_time: '2026-11-23T09:30:00Z',
        guest_time_zone: 'Europe/Paris',
        booking_form: { name: 'Lin', email: 'lin@example.com' },
      },
    });
    assert.equal(res.status, 200);
    assert.match(res.body.id, /^BKNG-/);
    const b = await call<Booking>('GET', `/bookings/${res.body.id}`);
    assert.equal(b.body.booking_calendar, BKC);
    assert.equal(b.body.starting_time, '2026-11-23T09:30:00Z');
    const slots = await call<{ start_time: string }[]>(
      'GET',
      `/booking-calendars/${BKC}/time-slots?start_time=2026-11-23T00:00:00Z&end_time=2026-11-24T00:00:00Z`,
    );
    assert.ok(!slots.body.some((s) => s.start_time === '2026-11-23T09:30:00Z'));
    const twice = await call<ErrorShape>('POST', `/booking-calendars/${BKC}/schedule`, {
      body: { start_time: '2026-11-23T09:30:00Z', booking_form: { name: 'Other', email: 'o@example.com' } },
    });
    assert.equal(twice.status, 400);
    assert.equal(twice.body.param, 'start_time');
    assert.equal(mock().control.bookings().length, seed.bookings.length + 1);
  });

  it('refuses scheduling on an unpublished calendar and without name or email', async () => {
    const unpublished = await call<ErrorShape>(
      'POST',
      `/booking-calendars/${seedIds.unpublishedBookingCalendar}/schedule`,
      {
        body: { start_time: '2026-11-23T09:00:00Z', booking_form: { name: 'A', email: 'a@example.com' } },
      },
    );
    assert.equal(unpublished.status, 400);
    const noEmail = await call<ErrorShape>('POST', `/booking-calendars/${BKC}/schedule`, {
      body: { start_time: '2026-11-23T09:00:00Z', booking_form: { name: 'A' } },
    });
    assert.deepEqual(noEmail.body, {
      type: 'invalid_request_error',
      message: "Missing required parameter: 'booking_form.email'.",
      param: 'booking_form.email',
    });
  });
});

describe('bookings', () => {
  const mock = useMockApi({ now: () => MONDAY });

  it('lists newest first and filters by master_page, status, booking_calendar, host and time', async () => {
    const all = await call<List<Booking>>('GET', '/bookings');
    const created = all.body.data.map((b) => b.creation_time);
    assert.deepEqual(created, [...created].sort().reverse());
    const byPage = await call<List<Booking>>('GET', `/bookings?master_page=${seedIds.dynamicMasterPage}`);
    assert.deepEqual(byPage.body.data.map((b) => b.id).sort(), ['BKNG-SEED000000001', 'BKNG-SEED000000002']);
    const canceled = await call<List<Booking>>(
      'GET',
      `/bookings?master_page=${seedIds.dynamicMasterPage}&status=canceled`,
    );
    assert.deepEqual(
      canceled.body.data.map((b) => b.id),
      ['BKNG-SEED000000002'],
    );
    const byCalendar = await call<List<Booking>>('GET', `/bookings?booking_calendar=${BKC}`);
    assert.deepEqual(
      byCalendar.body.data.map((b) => b.id),
      ['BKNG-SEED000000004'],
    );
    const byHost = await call<List<Booking>>('GET', `/bookings?host=${seedIds.host}`);
    assert.deepEqual(
      byHost.body.data.map((b) => b.id),
      ['BKNG-SEED000000004'],
    );
    const late = await call<List<Booking>>(
      'GET',
      '/bookings?creation_time.gt=2026-11-03T00:00:00Z&starting_time.lt=2026-11-13T00:00:00Z',
    );
    assert.deepEqual(
      late.body.data.map((b) => b.id),
      ['BKNG-SEED000000002'],
    );
    const owner = await call<List<Booking>>('GET', `/bookings?owner=${seedIds.host}&limit=100`);
    assert.equal(owner.body.data.length, 4);
    const bad = await call<ErrorShape>('GET', '/bookings?status=lost');
    assert.equal(bad.body.param, 'status');
  });

  it('offers a next or previous Link only where the filter keeps something that way', async () => {
    const ids = (await call<List<Booking>>('GET', '/bookings?limit=100')).body.data.map((b) => b.id);
    // Newest first: 4 (scheduled), 2 (canceled), 1 (scheduled), 3 (completed).
    assert.deepEqual(ids, [
      'BKNG-SEED000000004',
      'BKNG-SEED000000002',
      'BKNG-SEED000000001',
      'BKNG-SEED000000003',
    ]);
    const before = await call<List<Booking>>('GET', `/bookings?status=canceled&before=${ids[3]}`);
    assert.deepEqual(
      before.body.data.map((b) => b.id),
      ['BKNG-SEED000000002'],
    );
    assert.equal(before.headers.get('link'), null, 'the only canceled booking: no page either way');
    const after = await call<List<Booking>>('GET', `/bookings?status=canceled&after=${ids[0]}`);
    assert.deepEqual(
      after.body.data.map((b) => b.id),
      ['BKNG-SEED000000002'],
    );
    assert.equal(after.headers.get('link'), null);
    const mine = await call<List<Booking>>(
      'GET',
      `/bookings?master_page=${seedIds.dynamicMasterPage}&limit=1`,
    );
    const next = /<([^>]+)>; rel="next"/.exec(mine.headers.get('link') ?? '')?.[1] ?? '';
    const second = await call<List<Booking>>(
      'GET',
      new URL(next).pathname.replace(/^\/v2/, '') + new URL(next).search,
    );
    assert.equal(second.body.data.length, 1, 'the next Link leads to the other booking of the page');
    assert.doesNotMatch(second.headers.get('link') ?? '', /rel="next"/);
    assert.match(second.headers.get('link') ?? '', /rel="previous"/);
  });

  it('expands references into objects when asked', async () => {
    const plain = await call<Booking>('GET', '/bookings/BKNG-SEED000000001');
    assert.equal(plain.body.master_page, seedIds.dynamicMasterPage);
    const expanded = await call<Booking>('GET', '/bookings/BKNG-SEED000000001?expand=master_page,owner');
    assert.deepEqual(
      typeof expanded.body.master_page === 'object' && expanded.body.master_page?.object,
      'master_page',
    );
    assert.equal(typeof expanded.body.owner === 'object' && expanded.body.owner.id, seedIds.host);
    const list = await call<List<Booking>>(
      'GET',
      `/bookings?expand=master_page&master_page=${seedIds.dynamicMasterPage}`,
    );
    assert.ok(list.body.data.every((b) => typeof b.master_page === 'object'));
    const bad = await call<ErrorShape>('GET', '/bookings/BKNG-SEED000000001?expand=secret');
    assert.equal(bad.body.param, 'expand');
  });

  it('cancels with a reason, answering the updated booking; a second cancel is a 409', async () => {
    const res = await call<Booking>('POST', '/bookings/BKNG-SEED000000001/cancel', {
      body: { cancellation_reason: 'Moved', send_cancellation_email: false },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.object, 'booking');
    assert.equal(res.body.status, 'canceled');
    assert.deepEqual(res.body.cancel_reschedule_information, {
      reason: 'Moved',
      actioned_by: 'user',
      user_id: seedIds.host,
    });
    const again = await call<ErrorShape>('POST', '/bookings/BKNG-SEED000000001/cancel');
    assert.equal(again.status, 409);
    assert.equal(again.body.type, 'invalid_request_error');
  });

  it('asks to reschedule an ordinary booking; refuses one that is over', async () => {
    const res = await call<Booking>('POST', '/bookings/BKNG-SEED000000004/request-reschedule', {
      body: { reschedule_reason: 'Clash' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'canceled');
    const done = await call<ErrorShape>('POST', '/bookings/BKNG-SEED000000003/request-reschedule');
    assert.equal(done.status, 409);
    assert.equal((await call('GET', '/bookings/BKNG-NOPE')).status, 404);
    assert.equal(
      mock()
        .control.bookings()
        .find((b) => b.id === 'BKNG-SEED000000003')?.status,
      'completed',
    );
  });
});
