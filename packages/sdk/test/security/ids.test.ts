// Every id argument of every method: refused with an OnceLinkError before any request, or sent as exactly one path segment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OnceLinkError, type OnceLink } from '../../src/index.js';
import { client, useFake } from '../support.js';

/** Each method that takes an id, called with `id`. */
const methods: Record<string, (c: OnceLink, id: string) => Promise<unknown>> = {
  'masterPages.retrieve': (c, id) => c.masterPages.retrieve(id),
  'masterPages.createOneTimeLink': (c, id) => c.masterPages.createOneTimeLink(id),
  'bookingCalendars.retrieve': (c, id) => c.bookingCalendars.retrieve(id),
  'bookingCalendars.timeSlots': (c, id) => c.bookingCalendars.timeSlots(id),
  'bookingCalendars.schedule': (c, id) =>
    c.bookingCalendars.schedule(id, {
      start_time: '2026-11-23T09:00:00Z',
      guest_time_zone: 'UTC',
      booking_form: { name: 'A', email: 'a@example.com' },
    }),
  'bookingCalendars.createOneTimeLink': (c, id) => c.bookingCalendars.createOneTimeLink(id),
  'bookings.retrieve': (c, id) => c.bookings.retrieve(id),
  'bookings.cancel': (c, id) => c.bookings.cancel(id),
  'bookings.requestReschedule': (c, id) => c.bookings.requestReschedule(id),
  'webhooks.retrieve': (c, id) => c.webhooks.retrieve(id),
  'webhooks.delete': (c, id) => c.webhooks.delete(id),
};

const refused: Array<[string, string, RegExp]> = [
  ['empty', '', /the id argument is empty/],
  ['a lone high surrogate', '\ud800', /lone UTF-16 surrogate at index 0/],
  ['a lone low surrogate after text', 'MP-1\udc00', /lone UTF-16 surrogate at index 4/],
  ['a control character', 'MP-1\n', /control character at index 4/],
  ['a NUL', '\u0000', /control character at index 0/],
  ['too long', 'M'.repeat(257), /257 characters long, over 256/],
  ['a dot segment', '..', /is a dot segment/],
];

for (const [name, call] of Object.entries(methods)) {
  test(`${name}: a bad id is an OnceLinkError that says what is wrong, and nothing is sent`, async () => {
    const { sent } = useFake();
    const { client: c } = client();
    for (const [what, id, says] of refused) {
      const error = await call(c, id).then(
        () => assert.fail(`${what} was accepted`),
        (e: unknown) => e,
      );
      assert.ok(error instanceof OnceLinkError, `${what}: ${String(error)}`);
      assert.match(error.message, /the id argument/, what);
      assert.match(error.message, says, what);
    }
    assert.equal(sent.length, 0);
  });

  test(`${name}: any other id travels as exactly one path segment`, async () => {
    const { sent } = useFake();
    const { client: c } = client({ maxRetries: 0 });
    const id = 'a/../b?c#d%2F é😀';
    await call(c, id).catch(() => undefined);
    const url = sent[0]?.url;
    assert.ok(url, 'a request was sent');
    const segments = url.pathname.split('/');
    assert.ok(segments.includes(encodeURIComponent(id)), url.pathname);
    assert.equal(url.search, '');
  });
}
