// Users with exactOptionalPropertyTypes pass `undefined` for options they do not set. Every
// option of the fake must accept it: this file only has to type-check (the package's
// tsconfig turns the setting on), and the fake must then behave as if the option were absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createMockApi,
  type BookThroughLinkInput,
  type MockApiOptions,
  type RescheduleInput,
} from '../src/index.js';
import type { MockServerOptions } from '../src/server/index.js';

const unset: undefined = undefined;

const api: MockApiOptions = {
  fixtures: unset,
  apiKeys: unset,
  requireApiKey: unset,
  rateLimit: { perSecond: unset, perIp: { requests: unset, windowSeconds: unset } },
  now: unset,
  linkBaseURL: unset,
  baseURL: unset,
  webhooks: { sender: unset, retryDelays: unset },
};
export const server: MockServerOptions = {
  port: unset,
  host: unset,
  seed: unset,
  control: unset,
  now: unset,
};
export const book: BookThroughLinkInput = {
  name: 'Ada',
  email: 'ada@example.com',
  start_time: unset,
  time_zone: unset,
};
export const move: RescheduleInput = { start_time: unset, time_zone: unset };

test('options set to undefined behave as if absent', () => {
  const mock = createMockApi(api);
  assert.ok(mock.control.masterPages().length > 0, 'the default fixtures');
  assert.ok(Math.abs(mock.control.now().getTime() - Date.now()) < 5_000, 'the real clock');
});
