// client.bookings: list with filters and expand, retrieve, cancel and request-reschedule resolving to the updated booking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { BadRequestError, ConflictError } from '../src/index.js';
import { API, bookingFixture, client, reply, server, useFake } from './support.js';

test('bookings.list sends filters with dotted names and a comma-joined expand', async () => {
  const { sent } = useFake();
  const page = await client().client.bookings.list({
    status: 'scheduled',
    'creation_time.gt': '2026-11-01T00:00:00Z',
    expand: ['master_page', 'owner'],
  });
  assert.equal(
    decodeURIComponent(sent[0]?.url.search ?? ''),
    '?status=scheduled&creation_time.gt=2026-11-01T00:00:00Z&expand=master_page,owner',
  );
  assert.deepEqual(
    page.data.map((b) => b.id),
    ['BKNG-SEED000000004', 'BKNG-SEED000000001'],
  );
  assert.ok(page.data.every((b) => b.status === 'scheduled' && typeof b.owner === 'object'));
});

test('bookings.retrieve models an expandable field as an id or the whole object', async () => {
  useFake();
  const { client: c } = client();
  assert.equal((await c.bookings.retrieve('BKNG-SEED000000001')).master_page, 'MP-DYNAMIC0001');
  const expanded = await c.bookings.retrieve('BKNG-SEED000000001', { expand: ['master_page'] });
  assert.ok(
    typeof expanded.master_page === 'object' && expanded.master_page?.name === 'Sales discovery call',
  );
});

test('bookings.cancel posts the reason and resolves to the updated booking', async () => {
  const { sent } = useFake();
  const updated = await client().client.bookings.cancel('BKNG-SEED000000001', {
    cancellation_reason: 'Double booked',
    send_cancellation_email: false,
  });
  assert.equal(updated.status, 'canceled');
  assert.equal(updated.cancel_reschedule_information?.reason, 'Double booked');
  assert.deepEqual(JSON.parse((await sent[0]?.body) ?? ''), {
    cancellation_reason: 'Double booked',
    send_cancellation_email: false,
  });
});

test('bookings.cancel on a booking that cannot be cancelled is a ConflictError', async () => {
  useFake();
  // BKNG-SEED000000002 is already canceled in the seed.
  await assert.rejects(() => client().client.bookings.cancel('BKNG-SEED000000002'), ConflictError);
});

test('bookings.requestReschedule posts the reason and resolves to the updated booking', async () => {
  const { sent } = useFake();
  const updated = await client().client.bookings.requestReschedule('BKNG-SEED000000001', {
    reschedule_reason: 'Travel',
  });
  assert.equal(updated.cancel_reschedule_information?.actioned_by, 'user');
  assert.deepEqual(JSON.parse((await sent[0]?.body) ?? ''), { reschedule_reason: 'Travel' });
});

test('bookings.requestReschedule on a booking made through a link that a rule switch killed is a BadRequestError', async () => {
  const { mock } = useFake();
  const { client: c } = client();
  const link = await c.masterPages.createOneTimeLink('MP-DYNAMIC0001');
  const booking = mock.control.bookThroughLink(link.url, { name: 'Ada', email: 'ada@example.com' });
  mock.control.setRuleType('MP-DYNAMIC0001', 'static');
  await assert.rejects(() => c.bookings.requestReschedule(booking.id), {
    constructor: BadRequestError,
    param: 'id',
  });
  assert.equal((await c.bookings.cancel(booking.id)).status, 'canceled', 'it can still be cancelled');
});

test('a status the API adds later still parses', async () => {
  // A status the fake never sends: hand-written.
  server.use(
    http.get(`${API}/bookings/BKNG-1`, () => reply(bookingFixture('BKNG-1', { status: 'pending_payment' }))),
  );
  assert.equal((await client().client.bookings.retrieve('BKNG-1')).status, 'pending_payment');
});
