// verifyWebhook: accepts a correctly signed, fresh delivery and rejects bad signatures, stale or future timestamps and malformed headers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import {
  ResponseValidationError,
  WebhookVerificationError,
  isBookingEvent,
  verifyWebhook,
} from '../src/index.js';
import { bookingFixture } from './support.js';

const secret = 'whsec_test_secret';
const event = {
  id: 'EVNT-1',
  object: 'event',
  creation_time: '2026-01-01T10:00:00Z',
  type: 'booking.scheduled',
  api_version: 'v2',
  data: bookingFixture(),
};
// Spacing and key order as a sender might write them: the signature covers these bytes, not re-serialised JSON.
const payload = JSON.stringify(event, null, 1);
const now = () => Math.floor(Date.now() / 1000);

/** Signs independently of the SDK (node:crypto, not Web Crypto), as OnceHub does. */
function sign(body: string | Buffer, t = now(), key = secret): string {
  const mac = createHmac('sha256', key).update(`${t}.`).update(body).digest('hex');
  return `t=${t},s=${mac}`;
}

async function rejection(params: Parameters<typeof verifyWebhook>[0], message: RegExp) {
  const error = await verifyWebhook(params).catch((e: unknown) => e);
  assert.ok(
    error instanceof WebhookVerificationError,
    `expected WebhookVerificationError, got ${String(error)}`,
  );
  assert.match(error.message, message);
}

test('a correctly signed fresh delivery resolves to the typed event', async () => {
  const got = await verifyWebhook({ payload, header: sign(payload), secret });
  assert.equal(got.type, 'booking.scheduled');
  assert.ok(isBookingEvent(got), 'a booking event');
  assert.equal(got.data.id, 'BKNG-1');
});

test('the payload may be bytes, and non-ASCII bodies verify byte for byte', async () => {
  const body = JSON.stringify({ ...event, data: bookingFixture('BKNG-2', { subject: 'Café ☕ with Zoë' }) });
  const bytes = new TextEncoder().encode(body);
  const got = await verifyWebhook({ payload: bytes, header: sign(Buffer.from(bytes)), secret });
  assert.ok(isBookingEvent(got));
  assert.equal(got.data.subject, 'Café ☕ with Zoë');
});

test('a signature made with another secret is rejected', async () => {
  await rejection(
    { payload, header: sign(payload, now(), 'whsec_other'), secret },
    /signature does not match/,
  );
});

test('a body changed after signing is rejected, even only re-serialised', async () => {
  await rejection(
    { payload: JSON.stringify(event), header: sign(payload), secret },
    /signature does not match/,
  );
});

test('a signature one hex digit off is rejected', async () => {
  const header = sign(payload);
  const last = header.at(-1) === '0' ? '1' : '0';
  await rejection({ payload, header: header.slice(0, -1) + last, secret }, /signature does not match/);
});

test('a stale timestamp is rejected, even with a valid signature', async () => {
  const t = now() - 301;
  await rejection({ payload, header: sign(payload, t), secret }, /301 s old, over the 300 s tolerance/);
});

test('a timestamp too far in the future is rejected', async () => {
  const t = now() + 600;
  await rejection({ payload, header: sign(payload, t), secret }, /in the future/);
});

test('tolerance widens or narrows the window', async () => {
  const t = now() - 400;
  assert.equal(
    (await verifyWebhook({ payload, header: sign(payload, t), secret, tolerance: 500 })).id,
    'EVNT-1',
  );
  await rejection({ payload, header: sign(payload, now() - 10), secret, tolerance: 5 }, /tolerance/);
  await rejection({ payload, header: sign(payload), secret, tolerance: Number.NaN }, /`tolerance` must be/);
});

test('receivedAt sets the time the timestamp is judged against (a fake clock in tests)', async () => {
  // Signed 61 days ahead, as a fake API whose clock was moved forward signs it.
  const later = Date.now() + 61 * 86_400_000;
  const header = sign(payload, Math.floor(later / 1000));
  await rejection({ payload, header, secret }, /in the future/);
  assert.equal((await verifyWebhook({ payload, header, secret, receivedAt: later })).id, 'EVNT-1');
  assert.equal(
    (await verifyWebhook({ payload, header, secret, receivedAt: new Date(later + 200_000) })).id,
    'EVNT-1',
  );
  await rejection({ payload, header, secret, receivedAt: later + 301_000 }, /301 s old/);
  await rejection(
    { payload, header, secret, receivedAt: new Date('not a date') },
    /`receivedAt` must be a valid Date/,
  );
  await rejection({ payload, header, secret, receivedAt: Number.POSITIVE_INFINITY }, /`receivedAt` must be/);
});

test('malformed headers are rejected as malformed', async () => {
  const good = sign(payload);
  const mac = good.split('s=')[1] ?? '';
  for (const header of [
    undefined,
    null,
    '',
    'garbage',
    `s=${mac}`,
    `t=${now()}`,
    `t=abc,s=${mac}`,
    `t=${now()},s=xyz`,
    `t=${now()},s=${mac},v=1`,
    `t=${now()};s=${mac}`,
  ]) {
    await rejection({ payload, header, secret }, /header is missing or malformed/);
  }
});

test('an empty secret is refused, naming it', async () => {
  await rejection({ payload, header: sign(payload), secret: '' }, /`secret` is empty/);
});

test('a signed payload that is not an event raises ResponseValidationError naming the field', async () => {
  const body = JSON.stringify({ ...event, object: 'booking' });
  const error = await verifyWebhook({ payload: body, header: sign(body), secret }).catch((e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError);
  assert.match(error.message, /object: expected one of "event"/);
});

test('a correctly signed event of a type not about bookings resolves, its data kept as sent', async () => {
  const body = JSON.stringify({
    ...event,
    type: 'conversation.started',
    data: { object: 'conversation', id: 'CNV-1' },
  });
  const got = await verifyWebhook({ payload: body, header: sign(body), secret });
  assert.equal(got.type, 'conversation.started');
  assert.equal(isBookingEvent(got), false);
  assert.deepEqual(got.data, { object: 'conversation', id: 'CNV-1' });
  // A booking event still has its booking checked, a new booking type included.
  const broken = JSON.stringify({
    ...event,
    type: 'booking.approved',
    data: { object: 'conversation', id: 'CNV-1' },
  });
  const error = await verifyWebhook({ payload: broken, header: sign(broken), secret }).catch(
    (e: unknown) => e,
  );
  assert.ok(error instanceof ResponseValidationError);
});

test('the timestamp is signed as written in the header, a leading zero included', async () => {
  const t = `0${now()}`;
  const mac = createHmac('sha256', secret).update(`${t}.`).update(payload).digest('hex');
  const got = await verifyWebhook({ payload, header: `t=${t},s=${mac}`, secret });
  assert.equal(got.type, 'booking.scheduled');
});
