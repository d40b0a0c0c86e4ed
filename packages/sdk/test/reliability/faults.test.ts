// Reliability suite: faults injected through the fake's control; the SDK retries only what is safe and never makes a second link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  InternalServerError,
  RateLimitError,
  ResponseValidationError,
  type OnceLinkError,
} from '../../src/index.js';
import { MP, fakeClient, useFake } from './support.js';

const { mock, traffic } = useFake();
const linkRequests = () => traffic().requests.filter((r) => r.path.endsWith('/one-time-links')).length;
const listRequests = () => traffic().requests.filter((r) => r.path.endsWith('/master-pages')).length;

type ErrorClass = abstract new (...args: never[]) => OnceLinkError;

/** Faults on the POST that creates a link: one attempt, the right error, no link; then it works once. */
const postFaults: ReadonlyArray<{ case: string; inject: () => void; error: ErrorClass; attempts: number }> = [
  { case: 'a 500', inject: () => mock().control.failNext(1, 500), error: InternalServerError, attempts: 1 },
  {
    case: 'a burst of 502s',
    inject: () => mock().control.failNext(5, 502),
    error: InternalServerError,
    attempts: 1,
  },
  {
    case: 'a burst of 503s',
    inject: () => mock().control.failNext(5, 503),
    error: InternalServerError,
    attempts: 1,
  },
  {
    case: 'a dropped connection',
    inject: () => mock().control.dropNext(1),
    error: APIConnectionError,
    attempts: 1,
  },
  {
    case: 'a malformed body',
    inject: () => mock().control.malformNext(1),
    error: ResponseValidationError,
    attempts: 1,
  },
  // 429 means the server did nothing: retried (twice by default), still no link.
  {
    case: 'a 429 storm with Retry-After',
    inject: () => mock().control.failNext(50, 429),
    error: RateLimitError,
    attempts: 3,
  },
];

for (const row of postFaults) {
  test(`createOneTimeLink under ${row.case}: ${row.error.name}, ${row.attempts} attempt(s), no link; then exactly one link`, async () => {
    const { client } = fakeClient();
    row.inject();
    const error = await client.masterPages.createOneTimeLink(MP).catch((e: unknown) => e);
    assert.ok(error instanceof row.error, `expected ${row.error.name}, got ${String(error)}`);
    assert.equal(linkRequests(), row.attempts);
    assert.equal(mock().control.links().length, 0, 'the fault made no link');
    // The fault clears (a burst or storm may outlast the one call: drop what is left of it).
    mock().control.reset();
    const link = await client.masterPages.createOneTimeLink(MP);
    assert.deepEqual(
      mock()
        .control.links()
        .map((l) => l.id),
      [link.id],
    );
  });
}

test('a 429 storm honours Retry-After between attempts and exposes retryAfter', async () => {
  const { client, clock } = fakeClient();
  mock().control.failNext(3, 429);
  const error = await client.masterPages.createOneTimeLink(MP).catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 1);
  assert.deepEqual(clock.sleeps, [1000, 1000]);
});

test('a short 429 burst on the POST is ridden out: exactly one link, made on the third attempt', async () => {
  const { client } = fakeClient();
  mock().control.failNext(2, 429);
  await client.masterPages.createOneTimeLink(MP);
  assert.equal(linkRequests(), 3);
  assert.equal(mock().control.links().length, 1);
});

for (const status of [500, 502, 503]) {
  test(`a GET rides out two ${status}s with backoff and jitter, and gives up on a third`, async () => {
    const { client, clock } = fakeClient();
    mock().control.failNext(2, status);
    const page = await client.masterPages.list();
    assert.ok(page.data.length > 0);
    assert.deepEqual(clock.sleeps, [437.5, 875]);
    mock().control.failNext(3, status);
    await assert.rejects(() => client.masterPages.list(), InternalServerError);
    assert.equal(listRequests(), 6);
  });
}

test('a dropped connection on a GET is retried and succeeds', async () => {
  const { client } = fakeClient();
  mock().control.dropNext(2);
  const page = await client.masterPages.list();
  assert.ok(page.data.length > 0);
  assert.equal(listRequests(), 3);
});

test('a malformed body on a GET is a ResponseValidationError naming the field, not retried', async () => {
  const { client } = fakeClient();
  mock().control.malformNext(1);
  const error = await client.masterPages.list().catch((e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError, `got ${String(error)}`);
  assert.ok(error.problems.length > 0);
  assert.equal(listRequests(), 1);
});

test('latency past the timeout: a POST times out once and is not retried (it may have made a link: at most one)', async () => {
  const { client } = fakeClient({ timeout: 40 });
  mock().control.setLatency(250);
  await assert.rejects(() => client.masterPages.createOneTimeLink(MP), APIConnectionTimeoutError);
  assert.equal(linkRequests(), 1);
  // Let the slow answer land on the fake's side, then check it made at most the one link.
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.ok(mock().control.links().length <= 1);
  mock().control.setLatency(0);
  await client.masterPages.createOneTimeLink(MP);
  assert.ok(mock().control.links().length <= 2);
  assert.equal(linkRequests(), 2);
});

test('latency past the timeout: a GET is retried per attempt, then APIConnectionTimeoutError; works once latency clears', async () => {
  const { client } = fakeClient({ timeout: 40, maxRetries: 1 });
  mock().control.setLatency(250);
  await assert.rejects(() => client.masterPages.list(), APIConnectionTimeoutError);
  assert.equal(listRequests(), 2);
  mock().control.setLatency(0);
  assert.ok((await client.masterPages.list()).data.length > 0);
});
