// client.bookingCalendars: list, retrieve, time slots, schedule and one-time links, with their bodies and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { BadRequestError, NotFoundError } from '../src/index.js';
import { API, bookingCalendarFixture, client, linkFixture, list, reply, server } from './support.js';

test('bookingCalendars.list passes the host filter and resolves to the page', async () => {
  let search = '';
  server.use(
    http.get(`${API}/booking-calendars`, ({ request }) => {
      search = new URL(request.url).search;
      return reply(list([bookingCalendarFixture()]));
    }),
  );
  const page = await client().client.bookingCalendars.list({ host: 'USR-1' });
  assert.equal(search, '?host=USR-1');
  assert.equal(page.data[0]?.published, true);
});

test('bookingCalendars.retrieve resolves to the calendar; an unknown id is a NotFoundError with param id', async () => {
  server.use(
    http.get(`${API}/booking-calendars/:id`, ({ params }) =>
      params.id === 'BKC-1234'
        ? reply(bookingCalendarFixture())
        : reply({ type: 'invalid_request_error', message: `No such booking calendar: '${String(params.id)}'`, param: 'id' }, { status: 404 }),
    ),
  );
  const { client: c } = client();
  assert.equal((await c.bookingCalendars.retrieve('BKC-1234')).duration_minutes, 30);
  await assert.rejects(() => c.bookingCalendars.retrieve('BKC-0'), (e: unknown) => e instanceof NotFoundError && e.param === 'id');
});

test('bookingCalendars.timeSlots sends the window and resolves to the array of slots', async () => {
  let search = '';
  server.use(
    http.get(`${API}/booking-calendars/BKC-1234/time-slots`, ({ request }) => {
      search = new URL(request.url).search;
      return reply([{ start_time: '2026-01-05T09:00:00Z', locations: [{ type: 'zoom', value: null, id: 'LOC-1' }] }]);
    }),
  );
  const slots = await client().client.bookingCalendars.timeSlots('BKC-1234', {
    start_time: '2026-01-05T00:00:00Z',
    end_time: '2026-01-06T00:00:00Z',
  });
  assert.equal(search, '?start_time=2026-01-05T00%3A00%3A00Z&end_time=2026-01-06T00%3A00%3A00Z');
  assert.equal(slots[0]?.locations?.[0]?.id, 'LOC-1');
});

test('bookingCalendars.schedule posts the booking form and resolves to the new booking id', async () => {
  let body: unknown;
  server.use(
    http.post(`${API}/booking-calendars/BKC-1234/schedule`, async ({ request }) => {
      body = await request.json();
      return reply({ id: 'BKNG-9' });
    }),
  );
  const input = {
    start_time: '2026-01-05T09:00:00Z',
    guest_time_zone: 'Europe/London',
    booking_form: { name: 'Ada Lovelace', email: 'ada@example.com' },
  };
  assert.deepEqual(await client().client.bookingCalendars.schedule('BKC-1234', input), { id: 'BKNG-9' });
  assert.deepEqual(body, input);
});

test('bookingCalendars.createOneTimeLink sends the personalisation in the body, not the URL', async () => {
  let body: unknown;
  let search = '';
  server.use(
    http.post(`${API}/booking-calendars/BKC-1234/one-time-links`, async ({ request }) => {
      body = await request.json();
      search = new URL(request.url).search;
      return reply(linkFixture('QUHVEKLPD93M'));
    }),
  );
  const params = { hide_url_params: true, booking_form: { name: 'Ada', email: 'ada@example.com' } };
  const link = await client().client.bookingCalendars.createOneTimeLink('BKC-1234', params);
  assert.equal(link.id, 'QUHVEKLPD93M');
  assert.deepEqual(body, params);
  assert.equal(search, '');
});

test('bookingCalendars.createOneTimeLink on an unpublished calendar is a BadRequestError', async () => {
  const message = "This booking calendar does not allow creation of one time links: 'BKC-1234'";
  server.use(
    http.post(`${API}/booking-calendars/BKC-1234/one-time-links`, () =>
      reply({ type: 'invalid_request_error', message, param: 'id' }, { status: 400 }),
    ),
  );
  await assert.rejects(() => client().client.bookingCalendars.createOneTimeLink('BKC-1234'), {
    name: 'BadRequestError',
    message,
    param: 'id',
    constructor: BadRequestError,
  });
});
