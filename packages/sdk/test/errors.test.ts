// Each documented error status becomes the right error class, with status, type, message, param, requestId and headers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  OnceLinkError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../src/index.js';
import { API, client, reply, server, useFake } from './support.js';

const cases = [
  [
    400,
    BadRequestError,
    'invalid_request_error',
    "This master page does not allow creation of one time links: 'MP-1'",
    'id',
  ],
  [401, AuthenticationError, 'authentication_error', 'Invalid API key.', undefined],
  [402, PaymentRequiredError, 'invalid_request_error', 'Payment required.', undefined],
  [403, PermissionDeniedError, 'authentication_error', 'Your plan has no API access.', undefined],
  [404, NotFoundError, 'invalid_request_error', "No such master page: 'MP-1'", 'id'],
  [409, ConflictError, 'invalid_request_error', 'Conflict.', undefined],
  [422, UnprocessableEntityError, 'invalid_request_error', 'Unprocessable.', 'start_time'],
  [429, RateLimitError, 'rate_limit_error', 'Too many requests.', undefined],
  [500, InternalServerError, 'api_error', 'Something went wrong.', undefined],
  [503, InternalServerError, 'api_error', 'Unavailable.', undefined],
] as const;

for (const [status, Class, type, message, param] of cases) {
  test(`${status} rejects with ${Class.name} carrying the API's fields and the Request-Id`, async () => {
    server.use(
      http.post(`${API}/master-pages/MP-1/one-time-links`, () =>
        reply(
          { type, message, ...(param ? { param } : {}) },
          { status, headers: { 'Request-Id': `req_${status}` } },
        ),
      ),
    );
    const error = await client({ maxRetries: 0 })
      .client.masterPages.createOneTimeLink('MP-1')
      .catch((e: unknown) => e);
    assert.ok(error instanceof Class, `expected ${Class.name}, got ${String(error)}`);
    assert.ok(error instanceof APIError);
    assert.ok(error instanceof OnceLinkError);
    assert.equal(error.status, status);
    assert.equal(error.type, type);
    assert.equal(error.message, message);
    assert.equal(error.param, param);
    assert.equal(error.requestId, `req_${status}`);
    assert.equal(error.headers.get('request-id'), `req_${status}`);
    assert.equal(error.name, Class.name);
  });
}

test('a 429 error says how long the API asked to wait', async () => {
  server.use(
    http.get(`${API}/master-pages`, () =>
      reply(
        { type: 'rate_limit_error', message: 'Slow down.' },
        { status: 429, headers: { 'Retry-After': '7' } },
      ),
    ),
  );
  const error = await client({ maxRetries: 0 })
    .client.masterPages.list()
    .catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 7);
});

test('an error answer without a JSON body still becomes the right class with a readable message', async () => {
  server.use(
    http.get(`${API}/master-pages/MP-1`, () => new Response('<html>Bad gateway</html>', { status: 502 })),
  );
  const error = await client({ maxRetries: 0 })
    .client.masterPages.retrieve('MP-1')
    .catch((e: unknown) => e);
  assert.ok(error instanceof InternalServerError);
  assert.equal(error.status, 502);
  assert.equal(error.type, undefined);
  assert.match(error.message, /answered 502/);
});

test("the fake API's own refusals become the right classes, with its message, param and Request-Id", async () => {
  const { mock } = useFake({ rateLimit: true });
  const { client: c } = client({ maxRetries: 0, maxRequestsPerSecond: Infinity });
  const caught = async (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );
  const refusals = [
    [await caught(c.masterPages.createOneTimeLink('MP-STATIC00001')), BadRequestError, 'id'],
    [
      await caught(client({ apiKey: 'wrong', maxRetries: 0 }).client.masterPages.list()),
      AuthenticationError,
      undefined,
    ],
    [await caught(c.masterPages.retrieve('MP-NOPE')), NotFoundError, 'id'],
    [await caught(c.bookings.cancel('BKNG-SEED000000002')), ConflictError, 'id'],
  ] as const;
  for (const [error, Class, param] of refusals) {
    assert.ok(error instanceof Class, `expected ${Class.name}, got ${String(error)}`);
    assert.equal(error.param, param);
    assert.match(error.requestId ?? '', /^req_[0-9a-f]{16}$/);
  }
  const burst = await Promise.all(Array.from({ length: 6 }, () => caught(c.test())));
  const limited = burst.find((e) => e instanceof RateLimitError);
  assert.ok(limited instanceof RateLimitError);
  assert.equal(limited.retryAfter, 1);
  assert.equal(mock.control.links().length, 0, 'no refusal made a link');
});
