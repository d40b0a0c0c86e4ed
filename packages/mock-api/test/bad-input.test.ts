// Bad input to every endpoint gets the API's error shape, names what was wrong, and changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockApi, seedIds } from '../src/index.js';
import { MONDAY, call, useMockApi, type ErrorShape } from './support.js';

const MP = seedIds.dynamicMasterPage;
const BKC = seedIds.publishedBookingCalendar;
const BK = 'BKNG-SEED000000001';
const long = (n: number) => 'x'.repeat(n);
const slot = '2026-11-23T09:00:00Z';
const form = { name: 'Ada', email: 'ada@example.com' };

type Case = [
  method: string,
  path: string,
  input: { body?: unknown; rawBody?: string },
  status: number,
  param?: string,
];

const cases: Case[] = [
  // Lists: limit, cursors, unknown and repeated parameters.
  ['GET', '/master-pages?limit=abc', {}, 400, 'limit'],
  ['GET', '/master-pages?limit=0', {}, 400, 'limit'],
  ['GET', '/master-pages?limit=1.5', {}, 400, 'limit'],
  ['GET', `/master-pages?after=${MP}&before=${MP}`, {}, 400, 'before'],
  ['GET', '/master-pages?after=MP-NOPE', {}, 400, 'after'],
  ['GET', '/master-pages?before=MP-NOPE', {}, 400, 'before'],
  ['GET', '/master-pages?sort=name', {}, 400, 'sort'],
  ['GET', '/master-pages?limit=1&limit=2', {}, 400, 'limit'],
  ['GET', `/master-pages?after=${long(600)}`, {}, 400, 'after'],
  ['GET', '/master-pages/MP-NOPE', {}, 404, 'id'],
  ['POST', '/master-pages/MP-NOPE/one-time-links', {}, 404, 'id'],
  ['POST', `/master-pages/${MP}/one-time-links`, { rawBody: '{"oops' }, 400],
  ['POST', `/master-pages/${MP}/one-time-links`, { body: { name: 'x' } }, 400, 'name'],
  ['GET', `/booking-calendars?host=${long(501)}`, {}, 400, 'host'],
  ['GET', '/booking-calendars/BKC-NOPE', {}, 404, 'id'],
  ['GET', `/booking-calendars/${BKC}/time-slots?start_time=soon`, {}, 400, 'start_time'],
  [
    'GET',
    `/booking-calendars/${BKC}/time-slots?start_time=2026-11-24T00:00:00Z&end_time=2026-11-23T00:00:00Z`,
    {},
    400,
    'end_time',
  ],
  ['GET', '/booking-calendars/BKC-NOPE/time-slots', {}, 404, 'id'],
  // Scheduling.
  ['POST', `/booking-calendars/${BKC}/schedule`, { rawBody: 'start_time=now' }, 400],
  ['POST', `/booking-calendars/${BKC}/schedule`, { body: [slot] }, 400],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: 123, booking_form: form } },
    400,
    'start_time',
  ],
  ['POST', `/booking-calendars/${BKC}/schedule`, { body: { start_time: slot } }, 400, 'booking_form'],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: slot, booking_form: 'Ada' } },
    400,
    'booking_form',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: slot, booking_form: { ...form, name: long(101) } } },
    400,
    'booking_form.name',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: slot, booking_form: { ...form, email: 'ada' } } },
    400,
    'booking_form.email',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: slot, booking_form: { ...form, name: '  ' } } },
    400,
    'booking_form.name',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: slot, guest_time_zone: 'Mars/Olympus', booking_form: form } },
    400,
    'guest_time_zone',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: slot, booking_form: form, coupon: 'FREE' } },
    400,
    'coupon',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: slot, booking_form: form, location: 5 } },
    400,
    'location',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/schedule`,
    { body: { start_time: '2026-11-23T09:10:00Z', booking_form: form } },
    400,
    'start_time',
  ],
  [
    'POST',
    `/booking-calendars/${seedIds.unpublishedBookingCalendar}/schedule`,
    { body: { start_time: slot, booking_form: form } },
    400,
    'id',
  ],
  [
    'POST',
    '/booking-calendars/BKC-NOPE/schedule',
    { body: { start_time: slot, booking_form: form } },
    404,
    'id',
  ],
  // Booking-calendar links.
  ['POST', `/booking-calendars/${BKC}/one-time-links`, { rawBody: '{' }, 400],
  [
    'POST',
    `/booking-calendars/${BKC}/one-time-links`,
    { body: { hide_url_params: 'yes' } },
    400,
    'hide_url_params',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/one-time-links`,
    { body: { booking_form: { email: 'nope' } } },
    400,
    'booking_form.email',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/one-time-links`,
    { body: { booking_form: { interests: ['a', 7] } } },
    400,
    'booking_form.interests[1]',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/one-time-links`,
    { body: { booking_form: { notes_extra: long(501) } } },
    400,
    'booking_form.notes_extra',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/one-time-links`,
    { body: { booking_form: { '<b>': 'x' } } },
    400,
    'booking_form.<b>',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/one-time-links`,
    { body: { utm_params: { source: 5 } } },
    400,
    'utm_params.source',
  ],
  [
    'POST',
    `/booking-calendars/${BKC}/one-time-links`,
    { body: { utm_params: { referrer: 'x' } } },
    400,
    'utm_params.referrer',
  ],
  ['POST', `/booking-calendars/${BKC}/one-time-links`, { body: { expires: '2027-01-01' } }, 400, 'expires'],
  ['POST', `/booking-calendars/${seedIds.unpublishedBookingCalendar}/one-time-links`, {}, 400, 'id'],
  ['POST', '/booking-calendars/BKC-NOPE/one-time-links', {}, 404, 'id'],
  // Bookings.
  ['GET', '/bookings?status=lost', {}, 400, 'status'],
  ['GET', '/bookings?creation_time.gt=yesterday', {}, 400, 'creation_time.gt'],
  ['GET', '/bookings?starting_time.lt=2026-13-45', {}, 400, 'starting_time.lt'],
  ['GET', '/bookings?expand=password', {}, 400, 'expand'],
  ['GET', '/bookings?limit=101', {}, 400, 'limit'],
  ['GET', '/bookings?before=BKNG-NOPE', {}, 400, 'before'],
  ['GET', '/bookings?masterpage=MP-1', {}, 400, 'masterpage'],
  ['GET', '/bookings/BKNG-NOPE', {}, 404, 'id'],
  ['GET', `/bookings/${BK}?expand=everything`, {}, 400, 'expand'],
  ['POST', `/bookings/${BK}/cancel`, { rawBody: 'reason' }, 400],
  ['POST', `/bookings/${BK}/cancel`, { body: { cancellation_reason: 5 } }, 400, 'cancellation_reason'],
  [
    'POST',
    `/bookings/${BK}/cancel`,
    { body: { cancellation_reason: long(1001) } },
    400,
    'cancellation_reason',
  ],
  [
    'POST',
    `/bookings/${BK}/cancel`,
    { body: { send_cancellation_email: 'no' } },
    400,
    'send_cancellation_email',
  ],
  ['POST', `/bookings/${BK}/cancel`, { body: { reason: 'x' } }, 400, 'reason'],
  ['POST', '/bookings/BKNG-NOPE/cancel', {}, 404, 'id'],
  [
    'POST',
    `/bookings/${BK}/request-reschedule`,
    { body: { reschedule_reason: ['x'] } },
    400,
    'reschedule_reason',
  ],
  ['POST', `/bookings/${BK}/request-reschedule`, { rawBody: '[1,' }, 400],
  ['POST', '/bookings/BKNG-NOPE/request-reschedule', {}, 404, 'id'],
  // Webhooks.
  ['POST', '/webhooks', { rawBody: 'url=https://x' }, 400],
  ['POST', '/webhooks', {}, 400, 'url'],
  [
    'POST',
    '/webhooks',
    { body: { url: `https://a.example/${long(2000)}`, name: 'n', events: ['booking.scheduled'] } },
    400,
    'url',
  ],
  [
    'POST',
    '/webhooks',
    { body: { url: 'https://a.example', name: 'n', events: 'booking.scheduled' } },
    400,
    'events',
  ],
  [
    'POST',
    '/webhooks',
    { body: { url: 'https://a.example', name: 7, events: ['booking.scheduled'] } },
    400,
    'name',
  ],
  [
    'POST',
    '/webhooks',
    { body: { url: 'https://a.example', name: 'n', events: ['booking.scheduled'], secret: 'mine' } },
    400,
    'secret',
  ],
  ['GET', '/webhooks?limit=-1', {}, 400, 'limit'],
  ['GET', '/webhooks/WHK-NOPE', {}, 404, 'id'],
  ['DELETE', '/webhooks/WHK-NOPE', {}, 404, 'id'],
];

describe('bad input', () => {
  const mock = useMockApi({ now: () => MONDAY });

  const snapshot = async () =>
    JSON.stringify({
      links: mock().control.links(),
      bookings: mock().control.bookings(),
      webhooks: (await call('GET', '/webhooks?limit=100')).body,
    });

  it(`answers ${cases.length} bad requests with the API's error shape and changes nothing`, async () => {
    await call('POST', '/webhooks', {
      body: { url: 'https://crm.example.com/h', name: 'existing', events: ['booking.scheduled'] },
    });
    await call('POST', `/master-pages/${MP}/one-time-links`);
    const before = await snapshot();
    for (const [method, path, input, status, param] of cases) {
      const label = `${method} ${path.slice(0, 80)} ${JSON.stringify(input).slice(0, 80)}`;
      const res = await call<ErrorShape>(method, path, input);
      assert.equal(res.status, status, label);
      assert.equal(res.body.type, 'invalid_request_error', label);
      assert.ok(typeof res.body.message === 'string' && res.body.message.length > 10, label);
      assert.deepEqual(
        Object.keys(res.body).filter((k) => !['type', 'message', 'param'].includes(k)),
        [],
        label,
      );
      if (param !== undefined) assert.equal(res.body.param, param, label);
      assert.match(res.headers.get('request-id') ?? '', /^req_/, label);
    }
    assert.equal(await snapshot(), before, 'no bad request changed any state');
  });

  it('refuses an oversized JSON body', async () => {
    const res = await call<ErrorShape>('POST', '/webhooks', {
      rawBody: JSON.stringify({ url: 'https://a.example', name: long(70_000), events: [] }),
    });
    assert.equal(res.status, 400);
    assert.match(res.body.message, /larger than/);
  });
});

describe('bad options', () => {
  it('createMockApi refuses an API root it could never answer under, and negative retry delays, naming the option', () => {
    for (const baseURL of ['nope', 'ftp://api.example/v2', 'https://']) {
      assert.throws(
        () => createMockApi({ baseURL }),
        /createMockApi: `baseURL` must be an absolute http\(s\) URL/,
        baseURL,
      );
    }
    assert.doesNotThrow(() => createMockApi({ baseURL: '/api/oncehub' }));
    for (const retryDelays of [[-1], [Number.NaN], [1000, Infinity]]) {
      assert.throws(
        () => createMockApi({ webhooks: { retryDelays } }),
        /`webhooks.retryDelays` must be a list of milliseconds/,
      );
    }
  });
});
