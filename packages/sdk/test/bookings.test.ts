// client.bookings: list with filters and expand, retrieve, cancel and request-reschedule resolving to the updated booking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { ConflictError } from '../src/index.js';
import { API, bookingFixture, client, list, masterPageFixture, reply, server } from './support.js';

test('bookings.list sends filters with dotted names and a comma-joined expand', async () => {
  let search = '';
  server.use(
    http.get(`${API}/bookings`, ({ request }) => {
      search = decodeURIComponent(new URL(request.url).search);
      return reply(list([bookingFixture()]));
    }),
  );
  const page = await client().client.bookings.list({
    status: 'scheduled',
    'creation_time.gt': '2026-01-01T00:00:00Z',
    expand: ['master_page', 'owner'],
  });
  assert.equal(search, '?status=scheduled&creation_time.gt=2026-01-01T00:00:00Z&expand=master_page,owner');
  assert.equal(page.data[0]?.status, 'scheduled');
});

test('bookings.retrieve models an expandable field as an id or the whole object', async () => {
  server.use(
    http.get(`${API}/bookings/BKNG-1`, ({ request }) =>
      reply(
        new URL(request.url).searchParams.get('expand') === 'master_page'
          ? bookingFixture('BKNG-1', { master_page: masterPageFixture('MP-1') })
          : bookingFixture('BKNG-1'),
      ),
    ),
  );
  const { client: c } = client();
  assert.equal((await c.bookings.retrieve('BKNG-1')).master_page, 'MP-73E6RHFU77');
  const expanded = await c.bookings.retrieve('BKNG-1', { expand: ['master_page'] });
  assert.ok(typeof expanded.master_page === 'object' && expanded.master_page?.name === 'Sales demo');
});

test('bookings.cancel posts the reason and resolves to the updated booking', async () => {
  let body: unknown;
  server.use(
    http.post(`${API}/bookings/BKNG-1/cancel`, async ({ request }) => {
      body = await request.json();
      return reply(bookingFixture('BKNG-1', { status: 'canceled' }));
    }),
  );
  const updated = await client().client.bookings.cancel('BKNG-1', { cancellation_reason: 'Double booked', send_cancellation_email: false });
  assert.equal(updated.status, 'canceled');
  assert.deepEqual(body, { cancellation_reason: 'Double booked', send_cancellation_email: false });
});

test('bookings.cancel on a booking that cannot be cancelled is a ConflictError', async () => {
  server.use(
    http.post(`${API}/bookings/BKNG-1/cancel`, () =>
      reply({ type: 'invalid_request_error', message: 'This booking cannot be canceled.' }, { status: 409 }),
    ),
  );
  await assert.rejects(() => client().client.bookings.cancel('BKNG-1'), ConflictError);
});

test('bookings.requestReschedule posts the reason and resolves to the updated booking', async () => {
  let body: unknown;
  server.use(
    http.post(`${API}/bookings/BKNG-1/request-reschedule`, async ({ request }) => {
      body = await request.json();
      return reply(bookingFixture('BKNG-1', { status: 'canceled', cancel_reschedule_information: { reason: 'Travel', actioned_by: 'user' } }));
    }),
  );
  const updated = await client().client.bookings.requestReschedule('BKNG-1', { reschedule_reason: 'Travel' });
  assert.equal(updated.cancel_reschedule_information?.actioned_by, 'user');
  assert.deepEqual(body, { reschedule_reason: 'Travel' });
});

test('a status the API adds later still parses', async () => {
  server.use(http.get(`${API}/bookings/BKNG-1`, () => reply(bookingFixture('BKNG-1', { status: 'pending_payment' }))));
  assert.equal((await client().client.bookings.retrieve('BKNG-1')).status, 'pending_payment');
});
