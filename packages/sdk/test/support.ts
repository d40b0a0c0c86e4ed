// Shared test setup: one msw server (unhandled requests fail the test), a fake clock and API fixtures.
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { HttpResponse, http } from 'msw';
import { OnceLink, type ClientOptions } from '../src/index.js';
import { FakeClock } from './fake-clock.js';
// The stateful fake from the sibling package, from source: the SDK and the fake are tested against each other.
import { createMockApi, type MockApi, type MockApiOptions } from '../../mock-api/src/index.js';
// Any 500 of the fake is a bug of ours: every test that uses the fake fails on one.
import '../../mock-api/test/no-bugs.js';

export { FakeClock };

export const API = 'https://api.oncehub.com/v2';
export const KEY = 'test_key_0123456789';

export const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
after(() => server.close());

export function client(options: ClientOptions = {}): { client: OnceLink; clock: FakeClock } {
  const clock = new FakeClock();
  return { client: new OnceLink({ apiKey: KEY, clock, ...options }), clock };
}

/** A request as it reached the fake API. */
export interface Sent {
  method: string;
  url: URL;
  headers: Headers;
  body: Promise<string>;
}

/**
 * Answers this test from the stateful fake (`@oncelink/mock-api`) with its seed, accepting
 * `KEY`. Hand-written answers stay only for shapes the fake never sends. `sent` records
 * every request in order. Call it once per test (handlers reset after each).
 */
export function useFake(options: MockApiOptions = {}): { mock: MockApi; sent: Sent[] } {
  const mock = createMockApi({ apiKeys: [KEY], ...options });
  const sent: Sent[] = [];
  server.use(...mock.handlers);
  server.events.on('request:start', ({ request }) => {
    sent.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: request.clone().text(),
    });
  });
  return { mock, sent };
}

/** A JSON answer with a Request-Id, as every API answer carries. */
export function reply(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status: init.status ?? 200,
    headers: { 'Request-Id': 'req_0123456789abcdef', ...init.headers },
  });
}

export const masterPageFixture = (id = 'MP-73E6RHFU77', extra: Record<string, unknown> = {}) => ({
  object: 'master_page',
  id,
  name: 'Sales demo',
  label: 'sales-demo',
  url: `https://go.oncehub.com/${id}`,
  active: true,
  ...extra,
});

export const bookingCalendarFixture = (id = 'BKC-1234') => ({
  object: 'booking_calendar',
  id,
  host: 'USR-1',
  name: 'Intro call',
  subject: 'Intro',
  url: `https://oncehub.com/${id}`,
  published: true,
  duration_minutes: 30,
});

export const bookingFixture = (id = 'BKNG-1', extra: Record<string, unknown> = {}) => ({
  object: 'booking',
  id,
  tracking_id: 'TRK-1',
  subject: 'Intro',
  status: 'scheduled',
  in_trash: false,
  creation_time: '2026-01-01T10:00:00Z',
  starting_time: '2026-01-02T10:00:00Z',
  master_page: 'MP-73E6RHFU77',
  booking_calendar: null,
  form_submission: { name: 'Ada Lovelace', email: 'ada@example.com' },
  ...extra,
});

export const webhookFixture = (id = 'WHK-1') => ({
  object: 'webhook',
  id,
  api_version: 'v2',
  name: 'crm',
  url: 'https://crm.example.com/hooks/oncehub',
  events: ['booking.scheduled'],
  creation_time: '2026-01-01T10:00:00Z',
  secret: 'whsec_abc',
});

export const linkFixture = (id = 'S617NW9C') => ({
  id,
  url: `https://go.oncehub.com/.${id}`,
  creation_time: '2023-12-08T10:21:01Z',
});

export const list = (data: unknown[], has_more = false) => ({ object: 'list', data, has_more });

/**
 * Makes `GET /master-pages` answer a redirect (`status`) to another host, which records the API
 * key of every request that reaches it: the returned list must stay empty.
 */
export function redirectElsewhere(status: number): Array<string | null> {
  const elsewhere: Array<string | null> = [];
  server.use(
    http.get(
      `${API}/master-pages`,
      () => new HttpResponse(null, { status, headers: { Location: 'https://collector.example/keys' } }),
    ),
    http.get('https://collector.example/keys', ({ request }) => {
      elsewhere.push(request.headers.get('api-key'));
      return reply(list([]));
    }),
  );
  return elsewhere;
}
