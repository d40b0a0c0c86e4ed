// A response that breaks the wire schema raises ResponseValidationError naming the field and what was expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import { ResponseValidationError } from '../src/index.js';
import { API, bookingFixture, client, list, masterPageFixture, reply, server, useFake } from './support.js';

async function validationError(promise: Promise<unknown>): Promise<ResponseValidationError> {
  const error = await promise.catch((e: unknown) => e);
  assert.ok(
    error instanceof ResponseValidationError,
    `expected ResponseValidationError, got ${String(error)}`,
  );
  return error;
}

test('a wrong type deep in a list names the path, the expected type and what came', async () => {
  server.use(
    http.get(`${API}/master-pages`, () => reply(list([masterPageFixture('MP-1', { active: 'yes' })]))),
  );
  const error = await validationError(client().client.masterPages.list());
  assert.match(error.message, /^GET \/master-pages: /);
  assert.match(error.message, /data\[0\]\.active: expected boolean, got string/);
  assert.match(error.message, /Request-Id: req_0123456789abcdef/);
  assert.deepEqual(error.problems, [{ path: 'data[0].active', expected: 'boolean' }]);
  assert.equal(error.requestId, 'req_0123456789abcdef');
});

test('a missing id and a wrong object literal are both reported', async () => {
  server.use(http.get(`${API}/master-pages/MP-1`, () => reply({ object: 'booking', name: 'x' })));
  const error = await validationError(client().client.masterPages.retrieve('MP-1'));
  assert.deepEqual(error.problems, [
    { path: 'object', expected: 'one of "master_page"' },
    { path: 'id', expected: 'string' },
  ]);
  assert.match(error.message, /id: expected string, got nothing/);
});

test('an expandable field that is neither an id nor an object says it wanted one of the two', async () => {
  server.use(http.get(`${API}/bookings/BKNG-1`, () => reply(bookingFixture('BKNG-1', { master_page: 42 }))));
  const error = await validationError(client().client.bookings.retrieve('BKNG-1'));
  assert.deepEqual(error.problems, [{ path: 'master_page', expected: 'string or object' }]);
});

test('an expanded object with a bad field inside names the nested path', async () => {
  server.use(
    http.get(`${API}/bookings/BKNG-1`, () =>
      reply(bookingFixture('BKNG-1', { master_page: masterPageFixture('MP-1', { active: 1 }) })),
    ),
  );
  const error = await validationError(
    client().client.bookings.retrieve('BKNG-1', { expand: ['master_page'] }),
  );
  assert.deepEqual(error.problems, [{ path: 'master_page.active', expected: 'boolean' }]);
});

test('a body that is not JSON at all is a validation error, not a crash', async () => {
  server.use(
    http.get(`${API}/master-pages`, () => new Response('<html>maintenance</html>', { status: 200 })),
  );
  const error = await validationError(client().client.masterPages.list());
  assert.match(error.message, /\(the whole body\): expected object, got string/);
});

test('every malformed answer the fake can inject is a ResponseValidationError naming the field', async () => {
  const { mock } = useFake();
  const { client: c } = client({ maxRetries: 0 });
  const calls: [string, () => Promise<unknown>, string][] = [
    ['master pages list', () => c.masterPages.list(), 'data[0].id'],
    ['master page', () => c.masterPages.retrieve('MP-DYNAMIC0001'), 'id'],
    ['one-time link', () => c.masterPages.createOneTimeLink('MP-DYNAMIC0001'), 'id'],
    ['time slots', () => c.bookingCalendars.timeSlots('BKC-PUBLISHED01'), '[0].start_time'],
    ['booking', () => c.bookings.retrieve('BKNG-SEED000000001'), 'id'],
    ['webhooks list', () => c.webhooks.list(), 'data[0].id'],
    ['key check', () => c.test(), ''],
  ];
  for (const [label, call, path] of calls) {
    mock.control.malformNext();
    const error = await validationError(call());
    assert.ok(
      path === '' || error.problems.some((p) => p.path === path),
      `${label}: ${JSON.stringify(error.problems)}`,
    );
  }
  assert.equal(mock.control.links().length, 0, 'a malformed answer made no link');
});
