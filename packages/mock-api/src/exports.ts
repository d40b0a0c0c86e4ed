// Everything the package exports that runs anywhere (Node and browsers alike).
export {
  createMockApi,
  DEMO_API_KEY,
  DEFAULT_BASE_URL,
  DEFAULT_LINK_BASE_URL,
  DEFAULT_CALENDAR_LINK_BASE_URL,
  type MockApi,
  type MockApiOptions,
} from './api.js';
export type {
  MockControl,
  ControlLink,
  ControlMasterPage,
  BookThroughLinkInput,
  RescheduleInput,
} from './control.js';
export { seed, largeSeed, emptySeed, seedIds } from './fixtures/seed.js';
export type {
  Fixtures,
  RuleType,
  UserFixture,
  MasterPageFixture,
  BookingCalendarFixture,
  BookingFixture,
  FixtureBookingStatus,
} from './fixtures/types.js';
export type { RateLimitOptions } from './handlers/rate-limit.js';
export type { LinkState } from './state/records.js';
export type { TimeSource } from './state/clock.js';
export type {
  WebhookSender,
  WebhookRequest,
  WebhookDelivery,
  WebhookAttempt,
  DispatcherOptions,
} from './webhooks/dispatch.js';
export { LINK_LIFETIME_MS } from './state/links.js';
