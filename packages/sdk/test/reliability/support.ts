// Reliability suite setup: the SDK against the stateful fake (@oncelink/mock-api) over msw, fresh per test.
import { after, afterEach, before, beforeEach } from 'node:test';
import { setupServer } from 'msw/node';
import { DEMO_API_KEY, createMockApi, seedIds, type MockApi, type MockApiOptions } from '@oncelink/mock-api';
import { OnceLink, type ClientOptions } from '../../src/index.js';
import { FakeClock } from '../fake-clock.js';

export { DEMO_API_KEY, seedIds };
export const MP = seedIds.dynamicMasterPage;
export const BKC = seedIds.publishedBookingCalendar;

/** What reached the fake: every request and every status it answered. */
export interface Traffic {
  requests: Array<{ method: string; path: string }>;
  statuses: number[];
}

/**
 * Installs msw (unhandled requests fail the test) with a fresh fake before each test; returns
 * accessors for the fake and the traffic it saw.
 */
export function useFake(options: MockApiOptions = {}): { mock: () => MockApi; traffic: () => Traffic } {
  let mock = createMockApi(options);
  let traffic: Traffic = { requests: [], statuses: [] };
  const server = setupServer();
  server.events.on('request:start', ({ request }) => {
    traffic.requests.push({ method: request.method, path: new URL(request.url).pathname });
  });
  server.events.on('response:mocked', ({ response }) => {
    traffic.statuses.push(response.status);
  });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    mock = createMockApi(options);
    traffic = { requests: [], statuses: [] };
    server.resetHandlers(...mock.handlers);
  });
  afterEach(() => server.resetHandlers());
  after(() => server.close());
  return { mock: () => mock, traffic: () => traffic };
}

/** A client on the fake with a clock that never really waits between retries. */
export function fakeClient(options: ClientOptions = {}): { client: OnceLink; clock: FakeClock } {
  const clock = new FakeClock();
  return { client: new OnceLink({ apiKey: DEMO_API_KEY, clock, ...options }), clock };
}
