// `instanceof` on the error tree holds across copies of the SDK: the built ESM and CJS, the browser bundle and the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as source from '../src/index.js';
import { useFake } from './support.js';

type SDK = typeof source;
const require = createRequire(import.meta.url);

async function copies(): Promise<Record<string, SDK>> {
  return {
    'ESM dist (import)': (await import('@oncelink/sdk')) as unknown as SDK,
    'CJS dist (require)': require('@oncelink/sdk') as SDK,
    'browser bundle': (await import('@oncelink/sdk/oncelink-sdk.browser.js')) as unknown as SDK,
    source,
  };
}

const classNames = [
  'OnceLinkError',
  'APIError',
  'BadRequestError',
  'AuthenticationError',
  'PaymentRequiredError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'UnprocessableEntityError',
  'RateLimitError',
  'InternalServerError',
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIUserAbortError',
  'ResponseValidationError',
  'WebhookVerificationError',
  'CreateOneTimeLinksError',
] as const;

/** One instance of every class of the tree, made by the given copy. */
function everyError(sdk: SDK): Array<[string, Error]> {
  const body = { type: 'invalid_request_error', message: 'm' };
  return classNames.map((name): [string, Error] => {
    const Class = sdk[name] as unknown as new (...args: unknown[]) => Error;
    if (
      name === 'OnceLinkError' ||
      name.startsWith('APIConnection') ||
      name === 'APIUserAbortError' ||
      name === 'WebhookVerificationError'
    ) {
      return [name, new Class('m')];
    }
    if (name === 'ResponseValidationError') return [name, new Class('m', [], undefined)];
    if (name === 'CreateOneTimeLinksError') return [name, new Class('m', [], new Error('cause'))];
    return [name, new Class(400, body, new Headers())];
  });
}

test('every error class of one copy is recognised by every other copy, and by no unrelated class', async () => {
  const all = await copies();
  assert.notEqual(
    all['CJS dist (require)']?.APIError,
    all['ESM dist (import)']?.APIError,
    'the copies really are distinct classes',
  );
  for (const [madeBy, maker] of Object.entries(all)) {
    for (const [kind, error] of everyError(maker)) {
      for (const [checkedBy, checker] of Object.entries(all)) {
        for (const name of classNames) {
          // What the maker's own classes say, by prototype alone, is what every copy must say.
          const expected = Function.prototype[Symbol.hasInstance].call(maker[name], error);
          assert.equal(
            error instanceof checker[name],
            expected,
            `${kind} from ${madeBy} instanceof ${name} of ${checkedBy}`,
          );
        }
        assert.ok(error instanceof Error);
      }
    }
  }
});

test('an AuthenticationError thrown by the CJS client is an AuthenticationError to the ESM build and the browser bundle', async () => {
  useFake();
  const all = await copies();
  const cjs = all['CJS dist (require)'];
  assert.ok(cjs);
  const error: unknown = await new cjs.OnceLink({ apiKey: 'not_a_key_of_the_fake' }).masterPages.list().then(
    () => assert.fail('the fake accepted a wrong key'),
    (e: unknown) => e,
  );
  for (const [name, sdk] of Object.entries(all)) {
    assert.ok(error instanceof sdk.AuthenticationError, name);
    assert.ok(error instanceof sdk.APIError && error.status === 401, name);
    assert.ok(!(error instanceof sdk.NotFoundError), name);
  }
});

test('a look-alike is not taken for ours: a same-named Error, a class of another major, a subclass of the caller', async () => {
  const all = await copies();
  const lookalike = Object.assign(new Error('m'), { name: 'APIError', status: 400 });
  const nextMajor: unique symbol = Symbol.for('@oncelink/sdk@1:error-kind');
  class OtherMajor extends Error {
    static readonly [nextMajor] = 'APIError';
  }
  class MyError extends source.APIError {}
  const mine = new MyError(400, undefined, new Headers());
  for (const [name, sdk] of Object.entries(all)) {
    assert.ok(!(lookalike instanceof sdk.APIError), name);
    assert.ok(!(new OtherMajor() instanceof sdk.APIError), name);
    assert.ok(mine instanceof sdk.APIError && mine instanceof sdk.OnceLinkError, name);
  }
  assert.ok(
    !(new source.APIError(400, undefined, new Headers()) instanceof MyError),
    'a subclass without its own kind checks by identity',
  );
});
