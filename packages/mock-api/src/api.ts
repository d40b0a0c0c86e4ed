// createMockApi: one self-contained fake of the link API, as msw handlers plus its control object.
import { DEFAULT_BASE_URL } from '@oncelink/sdk';
import type { HttpHandler } from 'msw';
import { type MockControl, createControl } from './control.js';
import { DEMO_API_KEY } from './demo-key.js';
import { seed } from './fixtures/seed.js';
import type { Fixtures } from './fixtures/types.js';
import { bookingCalendarHandlers } from './handlers/booking-calendars.js';
import { bookingHandlers } from './handlers/bookings.js';
import { unknownRoute } from './handlers/endpoint.js';
import { Faults } from './handlers/faults.js';
import { masterPageHandlers } from './handlers/master-pages.js';
import { createLimiters, limitTime, type RateLimitOptions } from './handlers/rate-limit.js';
import type { ApiRuntime } from './handlers/runtime.js';
import { webhookHandlers } from './handlers/webhooks.js';
import { apiKeyTestHandlers } from './handlers/api-key-test.js';
import { hostedPageHandlers } from './hosted/handlers.js';
import { manageBookingHandlers } from './hosted/manage.js';
import { type TimeSource, createClock } from './state/clock.js';
import { Store } from './state/store.js';
import { type DispatcherOptions, WebhookDispatcher } from './webhooks/dispatch.js';

export { DEFAULT_BASE_URL };

/** The API key every fake accepts unless told otherwise. Not a secret. */
export { DEMO_API_KEY };
export const DEFAULT_LINK_BASE_URL = 'https://go.oncehub.com';
/** Where the API puts booking calendars' links (master pages' are on `DEFAULT_LINK_BASE_URL`). */
export const DEFAULT_CALENDAR_LINK_BASE_URL = 'https://oncehub.com';

export interface MockApiOptions {
  /** Starting data; `seed` when absent. Copied: the fixtures object is never changed. */
  fixtures?: Fixtures | undefined;
  /** Keys the fake accepts in the `API-Key` header; `[DEMO_API_KEY]` when absent. */
  apiKeys?: readonly string[] | undefined;
  /**
   * False: answer without an `API-Key`, as the API looks from a browser behind
   * `@oncelink/sdk/proxy` (the proxy adds the key). True by default.
   */
  requireApiKey?: boolean | undefined;
  /**
   * Enforce the account limit (5 requests per second per key; 429 with Retry-After), and with
   * `{ perIp: true }` the per-address one too (200 per 5 minutes). Off by default.
   */
  rateLimit?: boolean | RateLimitOptions | undefined;
  /** The fake's clock (link expiry, slots, timestamps); `Date.now` when absent. */
  now?: TimeSource | undefined;
  /**
   * Where hosted booking pages live; one-time link URLs start with it. Without it, master pages'
   * links are on `https://go.oncehub.com` and booking calendars' on `https://oncehub.com`, as the
   * API makes them; with it, both are here.
   */
  linkBaseURL?: string | undefined;
  /** The API root the handlers answer under; may be relative (e.g. '/api/oncehub') in a browser. */
  baseURL?: string | undefined;
  /** Webhook delivery: an injectable sender (default: fetch) and retry delays. */
  webhooks?: DispatcherOptions | undefined;
}

export interface MockApi {
  /** msw request handlers: pass them to `setupServer(...)` or `setupWorker(...)`. */
  handlers: HttpHandler[];
  control: MockControl;
}

const trimSlash = (s: string): string => s.replace(/\/+$/, '');

/**
 * Refuses an API root that would only fail later, as requests that match nothing: an absolute
 * http(s) URL, or in a browser a path such as '/api/oncehub'.
 */
function checkBaseURL(value: string | undefined): void {
  if (value === undefined) return;
  if (
    typeof value === 'string' &&
    (value.startsWith('/') || (/^https?:\/\/[^/]/.test(value) && URL.canParse(value)))
  )
    return;
  throw new TypeError(
    `createMockApi: \`baseURL\` must be an absolute http(s) URL (or, in a browser, a path such as '/api/oncehub'); got ${JSON.stringify(value)}.`,
  );
}

/** Each fake's webhook dispatcher, for the HTTP server to stop when it closes (not part of the package's API). */
const dispatchers = new WeakMap<MockApi, WebhookDispatcher>();

/** Stops the webhook deliveries still retrying for `mock`: a closed server sends nothing more. */
export function stopDeliveries(mock: MockApi): void {
  dispatchers.get(mock)?.stop();
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const clock = createClock(options.now);
  // Not linkBaseURL: a test may want links the API would never send (a javascript: URL, say).
  checkBaseURL(options.baseURL);
  const apiKeys = new Set(options.apiKeys ?? [DEMO_API_KEY]);
  if (apiKeys.size === 0) throw new TypeError('createMockApi: apiKeys must hold at least one key.');
  const limiters = createLimiters(
    options.rateLimit,
    limitTime(() => clock.now()),
  );
  const dispatcher = new WebhookDispatcher(options.webhooks);
  const linkBaseURL = trimSlash(options.linkBaseURL ?? DEFAULT_LINK_BASE_URL);
  const calendarLinkBaseURL = trimSlash(options.linkBaseURL ?? DEFAULT_CALENDAR_LINK_BASE_URL);
  const store = new Store({
    fixtures: structuredClone(options.fixtures ?? seed),
    clock,
    linkBaseURL,
    calendarLinkBaseURL,
    onEvent: (type, booking) => dispatcher.publish(type, booking),
    onWebhookDeleted: (id) => dispatcher.unsubscribed(id),
  });
  dispatcher.attach(store);
  const faults = new Faults();
  const api: ApiRuntime = {
    store,
    faults,
    limiters,
    baseURL: trimSlash(options.baseURL ?? DEFAULT_BASE_URL),
    apiKeys,
    requireApiKey: options.requireApiKey ?? true,
  };
  const handlers = [
    ...masterPageHandlers(api),
    ...bookingCalendarHandlers(api),
    ...bookingHandlers(api),
    ...webhookHandlers(api),
    ...apiKeyTestHandlers(api),
    ...manageBookingHandlers(store, linkBaseURL),
    ...[...new Set([linkBaseURL, calendarLinkBaseURL])].flatMap((base) => hostedPageHandlers(store, base)),
    ...unknownRoute(api),
  ];
  const mock = { handlers, control: createControl({ store, clock, faults, limiters, dispatcher }) };
  dispatchers.set(mock, dispatcher);
  return mock;
}
