// Every method, every documented error status: the right class with status, type, message, param and Request-Id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type OnceLink,
} from '../src/index.js';
import { API, client, reply, server } from './support.js';

const methods: Record<string, (c: OnceLink) => Promise<unknown>> = {
  'masterPages.list': (c) => c.masterPages.list().then((p) => p),
  'masterPages.retrieve': (c) => c.masterPages.retrieve('MP-1'),
  'masterPages.createOneTimeLink': (c) => c.masterPages.createOneTimeLink('MP-1'),
  'bookingCalendars.list': (c) => c.bookingCalendars.list().then((p) => p),
  'bookingCalendars.retrieve': (c) => c.bookingCalendars.retrieve('BKC-1'),
  'bookingCalendars.timeSlots': (c) =>
    c.bookingCalendars.timeSlots('BKC-1', { start_time: '2026-01-01T00:00:00Z' }),
  'bookingCalendars.schedule': (c) =>
    c.bookingCalendars.schedule('BKC-1', {
      start_time: '2026-01-01T09:00:00Z',
      booking_form: { name: 'Ada', email: 'ada@example.com' },
    }),
  'bookingCalendars.createOneTimeLink': (c) => c.bookingCalendars.createOneTimeLink('BKC-1'),
  'bookings.list': (c) => c.bookings.list().then((p) => p),
  'bookings.retrieve': (c) => c.bookings.retrieve('BKNG-1'),
  'bookings.cancel': (c) => c.bookings.cancel('BKNG-1'),
  'bookings.requestReschedule': (c) => c.bookings.requestReschedule('BKNG-1'),
  'webhooks.create': (c) =>
    c.webhooks.create({ url: 'https://x.example/h', name: 'h', events: ['booking.scheduled'] }),
  'webhooks.list': (c) => c.webhooks.list().then((p) => p),
  'webhooks.retrieve': (c) => c.webhooks.retrieve('WHK-1'),
  'webhooks.delete': (c) => c.webhooks.delete('WHK-1'),
  test: (c) => c.test(),
};

const statuses = [
  [400, BadRequestError, 'invalid_request_error', 'id'],
  [401, AuthenticationError, 'authentication_error', undefined],
  [402, PaymentRequiredError, 'invalid_request_error', undefined],
  [403, PermissionDeniedError, 'authentication_error', undefined],
  [404, NotFoundError, 'invalid_request_error', 'id'],
  [409, ConflictError, 'invalid_request_error', 'name'],
  [422, UnprocessableEntityError, 'invalid_request_error', 'start_time'],
  [429, RateLimitError, 'rate_limit_error', undefined],
  [500, InternalServerError, 'api_error', undefined],
  [503, InternalServerError, 'api_error', undefined],
] as const;

for (const [name, call] of Object.entries(methods)) {
  test(`${name}: each documented error status rejects with its class and fields`, async () => {
    for (const [status, Class, type, param] of statuses) {
      const message = `Message for ${status}.`;
      server.use(
        http.all(`${API}/*`, () =>
          reply(
            { type, message, ...(param ? { param } : {}) },
            { status, headers: { 'Request-Id': `req_${name}_${status}` } },
          ),
        ),
      );
      const error = await call(client({ maxRetries: 0 }).client).catch((e: unknown) => e);
      assert.ok(error instanceof Class, `${name} ${status}: expected ${Class.name}, got ${String(error)}`);
      assert.equal(error.status, status);
      assert.equal(error.type, type);
      assert.equal(error.message, message);
      assert.equal(error.param, param);
      assert.equal(error.requestId, `req_${name}_${status}`);
      assert.equal(error.headers.get('request-id'), `req_${name}_${status}`);
      server.resetHandlers();
    }
  });
}
