// Users with exactOptionalPropertyTypes pass `undefined` for options they do not set (an unset
// environment variable, a conditional value). Every option of the public surface must accept
// it: this file only has to type-check (the package's tsconfig turns the setting on).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  BookingCalendarLinkCreateParams,
  BookingListParams,
  ClientOptions,
  CreateOneTimeLinksOptions,
  OneTimeLinkTarget,
  PersonalizeOptions,
  RequestOptions,
  VerifyWebhookParams,
} from '../src/index.js';
import type { ProxyOptions } from '../src/proxy/index.js';

const unset: undefined = undefined;

export const client: ClientOptions = {
  apiKey: unset,
  baseURL: unset,
  fetch: unset,
  timeout: unset,
  maxRetries: unset,
  maxRequestsPerSecond: unset,
  defaultHeaders: unset,
  dangerouslyAllowBrowser: unset,
  clock: unset,
};
export const request: RequestOptions = { signal: unset, timeout: unset, maxRetries: unset, headers: unset };
export const list: BookingListParams = {
  limit: unset,
  after: unset,
  before: unset,
  status: unset,
  owner: unset,
  expand: unset,
};
export const link: BookingCalendarLinkCreateParams = {
  hide_url_params: unset,
  booking_form: unset,
  utm_params: unset,
};
export const target: OneTimeLinkTarget = { bookingCalendar: 'BKC-1', body: unset };
export const bulk: CreateOneTimeLinksOptions = { signal: unset, onProgress: unset };
export const personalize: PersonalizeOptions = {
  name: 'Ada',
  email: 'ada@example.com',
  showBookingForm: unset,
};
export const webhook: VerifyWebhookParams = {
  payload: '',
  header: unset,
  secret: 's',
  tolerance: unset,
  receivedAt: unset,
};
export const proxy: ProxyOptions = { apiKey: 'k', baseURL: unset, allow: unset, timeout: unset };

test('every option of the public surface accepts undefined (checked by the type checker)', () => {
  assert.equal(client.apiKey, undefined);
});
