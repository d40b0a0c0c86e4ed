// client.bookingCalendars: list, retrieve, time slots, schedule and one-time links, with their bodies and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BadRequestError, NotFoundError } from '../src/index.js';
import { client, useFake } from './support.js';

// A Monday at 08:00 UTC: the fake's slots open at 09:00 the same day.
const MONDAY = Date.parse('2026-01-05T08:00:00Z');

test('bookingCalendars.list passes the host filter and resolves to the page', async () => {
  const { sent } = useFake();
  const page = await client().client.bookingCalendars.list({ host: 'USR-HOST000001' });
  assert.equal(sent[0]?.url.search, '?host=USR-HOST000001');
  assert.deepEqual(
    page.data.map((c) => [c.id, c.published]),
    [['BKC-PUBLISHED01', true]],
  );
});

test('bookingCalendars.retrieve resolves to the calendar; an unknown id is a NotFoundError with param id', async () => {
  useFake();
  const { client: c } = client();
  assert.equal((await c.bookingCalendars.retrieve('BKC-PUBLISHED01')).duration_minutes, 30);
  await assert.rejects(
    () => c.bookingCalendars.retrieve('BKC-0'),
    (e: unknown) => e instanceof NotFoundError && e.param === 'id',
  );
});

test('bookingCalendars.timeSlots sends the window and resolves to the array of slots', async () => {
  const { sent } = useFake({ now: () => MONDAY });
  const slots = await client().client.bookingCalendars.timeSlots('BKC-PUBLISHED01', {
    start_time: '2026-01-05T00:00:00Z',
    end_time: '2026-01-06T00:00:00Z',
  });
  assert.equal(sent[0]?.url.search, '?start_time=2026-01-05T00%3A00%3A00Z&end_time=2026-01-06T00%3A00%3A00Z');
  assert.equal(slots.length, 16);
  assert.equal(slots[0]?.start_time, '2026-01-05T09:00:00Z');
  assert.equal(slots[0]?.locations?.[0]?.id, 'LOC-VIDEO');
});

test('bookingCalendars.schedule posts the booking form and resolves to the new booking id', async () => {
  const { mock, sent } = useFake({ now: () => MONDAY });
  const input = {
    start_time: '2026-01-05T09:00:00Z',
    guest_time_zone: 'Europe/London',
    booking_form: { name: 'Ada Lovelace', email: 'ada@example.com' },
  };
  const result = await client().client.bookingCalendars.schedule('BKC-PUBLISHED01', input);
  assert.deepEqual(JSON.parse((await sent[0]?.body) ?? ''), input);
  const booking = mock.control.bookings().find((b) => b.id === result.id);
  assert.equal(booking?.starting_time, input.start_time);
  assert.equal(booking?.form_submission?.email, 'ada@example.com');
});

test('bookingCalendars.createOneTimeLink sends the personalisation in the body, not the URL', async () => {
  const { mock, sent } = useFake();
  const params = { hide_url_params: true, booking_form: { name: 'Ada', email: 'ada@example.com' } };
  const link = await client().client.bookingCalendars.createOneTimeLink('BKC-PUBLISHED01', params);
  assert.deepEqual(JSON.parse((await sent[0]?.body) ?? ''), params);
  assert.equal(sent[0]?.url.search, '');
  assert.equal(new URL(link.url).search, '', 'hide_url_params: no name or email in the link');
  assert.deepEqual(
    mock.control.links().map((l) => l.id),
    [link.id],
  );
});

test('bookingCalendars.createOneTimeLink on an unpublished calendar is a BadRequestError', async () => {
  const { mock } = useFake();
  await assert.rejects(() => client().client.bookingCalendars.createOneTimeLink('BKC-UNPUBLISH01'), {
    name: 'BadRequestError',
    message: "This booking calendar does not allow creation of one time links: 'BKC-UNPUBLISH01'",
    param: 'id',
    constructor: BadRequestError,
  });
  assert.equal(mock.control.links().length, 0);
});
