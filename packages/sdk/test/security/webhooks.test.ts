// Security suite for verifyWebhook: forged, replayed and malformed deliveries are rejected; only the exact signed body verifies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import {
  WebhookVerificationError,
  isBookingEvent,
  verifyWebhook,
  type VerifyWebhookParams,
} from '../../src/index.js';
import { constantTimeEqual } from '../../src/internal/constant-time.js';
import { bookingFixture } from '../support.js';

const secret = 'whsec_security_suite';
const event = (subject = 'Intro') => ({
  id: 'EVNT-1',
  object: 'event',
  creation_time: '2026-01-01T10:00:00Z',
  type: 'booking.scheduled',
  api_version: 'v2',
  data: bookingFixture('BKNG-1', { subject }),
});
const payload = JSON.stringify(event());
const now = () => Math.floor(Date.now() / 1000);

/** Signs with node:crypto, independently of the SDK's Web Crypto code. */
function mac(body: string | Uint8Array, t: number, key = secret): string {
  return createHmac('sha256', key).update(`${t}.`).update(body).digest('hex');
}
const sign = (body: string | Uint8Array, t = now(), key = secret) => `t=${t},s=${mac(body, t, key)}`;

/** Deliveries that must be rejected with a WebhookVerificationError whose message matches. */
const rejected: ReadonlyArray<{ case: string; params: () => unknown; message: RegExp }> = [
  {
    case: 'a body with one character changed',
    params: () => ({ payload: payload.replace('Intro', 'Intrp'), header: sign(payload), secret }),
    message: /does not match/,
  },
  {
    case: 'a body with a trailing newline added',
    params: () => ({ payload: `${payload}\n`, header: sign(payload), secret }),
    message: /does not match/,
  },
  {
    case: 'a body re-serialised with other spacing',
    params: () => ({ payload: JSON.stringify(event(), null, 2), header: sign(payload), secret }),
    message: /does not match/,
  },
  {
    case: 'an empty body signed for another',
    params: () => ({ payload: '', header: sign(payload), secret }),
    message: /does not match/,
  },
  {
    case: 'a signature made with another secret',
    params: () => ({ payload, header: sign(payload, now(), 'whsec_attacker'), secret }),
    message: /does not match/,
  },
  {
    case: 'a signature over another timestamp than the header says',
    params: () => ({ payload, header: `t=${now()},s=${mac(payload, now() - 60)}`, secret }),
    message: /does not match/,
  },
  {
    case: 'a signature truncated to 16 bytes',
    params: () => ({ payload, header: sign(payload).slice(0, -32), secret }),
    message: /does not match/,
  },
  {
    case: 'an all-zero signature',
    params: () => ({ payload, header: `t=${now()},s=${'0'.repeat(64)}`, secret }),
    message: /does not match/,
  },
  {
    case: 'a timestamp 301 s old (a replay)',
    params: () => ({ payload, header: sign(payload, now() - 301), secret }),
    message: /old/,
  },
  {
    case: 'a timestamp a day old',
    params: () => ({ payload, header: sign(payload, now() - 86_400), secret }),
    message: /old/,
  },
  {
    case: 'a timestamp 301 s in the future',
    params: () => ({ payload, header: sign(payload, now() + 301), secret }),
    message: /future/,
  },
  { case: 'a timestamp of 0', params: () => ({ payload, header: sign(payload, 0), secret }), message: /old/ },
  {
    case: 'a missing header',
    params: () => ({ payload, header: undefined, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a null header',
    params: () => ({ payload, header: null, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'an empty header',
    params: () => ({ payload, header: '', secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a garbled header',
    params: () => ({ payload, header: 'sha256=deadbeef', secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a header with the fields swapped',
    params: () => ({ payload, header: `s=${mac(payload, now())},t=${now()}`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'several signatures, one of them valid',
    params: () => ({ payload, header: `${sign(payload)},s=${'ab'.repeat(32)}`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'several signatures, the valid one last',
    params: () => ({ payload, header: `t=${now()},s=${'ab'.repeat(32)},s=${mac(payload, now())}`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'two timestamps',
    params: () => ({ payload, header: `t=1,${sign(payload)}`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a non-numeric timestamp',
    params: () => ({ payload, header: `t=now,s=${mac(payload, now())}`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a negative timestamp',
    params: () => ({ payload, header: `t=-1,s=${mac(payload, -1)}`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a timestamp in milliseconds',
    params: () => ({ payload, header: `t=${Date.now()},s=${mac(payload, Date.now())}`, secret }),
    message: /missing or malformed|future/,
  },
  {
    case: 'a signature that is not hex',
    params: () => ({ payload, header: `t=${now()},s=${'zz'.repeat(32)}`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'an odd number of hex digits',
    params: () => ({ payload, header: sign(payload).slice(0, -1), secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a header with a line break injected',
    params: () => ({ payload, header: `${sign(payload)}\r\nX-Other: 1`, secret }),
    message: /missing or malformed/,
  },
  {
    case: 'a header given as an array',
    params: () => ({ payload, header: [sign(payload)], secret }),
    message: /missing or malformed/,
  },
  {
    case: 'an empty secret',
    params: () => ({ payload, header: sign(payload, now(), ''), secret: '' }),
    message: /`secret`/,
  },
  {
    case: 'a secret that is not a string',
    params: () => ({ payload, header: sign(payload), secret: 42 }),
    message: /`secret`/,
  },
  {
    case: 'a negative tolerance',
    params: () => ({ payload, header: sign(payload), secret, tolerance: -1 }),
    message: /`tolerance`/,
  },
  {
    case: 'a NaN tolerance',
    params: () => ({ payload, header: sign(payload), secret, tolerance: NaN }),
    message: /`tolerance`/,
  },
  {
    case: 'a body parsed by a framework instead of the raw bytes',
    params: () => ({ payload: event(), header: sign(payload), secret }),
    message: /raw body|`payload`/,
  },
  {
    case: 'a signed body that is not JSON',
    params: () => ({ payload: '<xml/>', header: sign('<xml/>'), secret }),
    message: /not JSON/,
  },
];

for (const row of rejected) {
  test(`verifyWebhook rejects ${row.case}`, async () => {
    const error = await verifyWebhook(row.params() as VerifyWebhookParams).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(
      error instanceof WebhookVerificationError,
      `expected WebhookVerificationError, got ${String(error)}`,
    );
    assert.match(error.message, row.message);
    assert.ok(!error.message.includes(secret), 'the secret is never in the message');
  });
}

test('a correctly signed delivery verifies, as a string and as bytes, within the tolerance at both ends', async () => {
  for (const t of [now(), now() - 299, now() + 299]) {
    assert.equal((await verifyWebhook({ payload, header: sign(payload, t), secret })).id, 'EVNT-1');
    const bytes = new TextEncoder().encode(payload);
    assert.equal((await verifyWebhook({ payload: bytes, header: sign(bytes, t), secret })).id, 'EVNT-1');
  }
});

/** Wraps bytes so every indexed read is counted. */
function counted(bytes: Uint8Array, reads: Set<string>): Uint8Array {
  return new Proxy(bytes, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.add(key);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : (value ?? Reflect.get(target, key, receiver));
    },
  });
}

test('the signature comparison reads every byte whether the first or the last one differs (no early exit)', () => {
  const expected = new Uint8Array(32).fill(7);
  for (const differsAt of [0, 15, 31]) {
    const given = expected.slice();
    given[differsAt] = 8;
    const readsA = new Set<string>();
    const readsB = new Set<string>();
    assert.equal(constantTimeEqual(counted(given, readsA), counted(expected, readsB)), false);
    assert.equal(readsA.size, 32, `all 32 bytes of the given signature read when byte ${differsAt} differs`);
    assert.equal(
      readsB.size,
      32,
      `all 32 bytes of the expected signature read when byte ${differsAt} differs`,
    );
  }
  assert.equal(constantTimeEqual(expected, expected.slice()), true);
});

test('verifyWebhook compares signatures with the constant-time function (not ===, Buffer.equals or an early-exit loop)', async () => {
  const source = await import('node:fs/promises').then((fs) =>
    fs.readFile(new URL('../../src/helpers/verify-webhook.ts', import.meta.url), 'utf8'),
  );
  assert.match(source, /constantTimeEqual\(signature, expected\)/);
  assert.doesNotMatch(source, /\.equals\(|timingSafeEqual|===\s*expected|expected\s*===/);
});

const subject = fc.string({ unit: 'binary', maxLength: 80 });

test('property: any signed event verifies exactly as sent', async () => {
  await fc.assert(
    fc.asyncProperty(subject, fc.integer({ min: 0, max: 4 }), async (text, spaces) => {
      const body = JSON.stringify(event(text), null, spaces);
      const got = await verifyWebhook({ payload: body, header: sign(body), secret });
      assert.ok(isBookingEvent(got));
      assert.equal(got.data.subject, text);
    }),
    { numRuns: 100 },
  );
});

test('property: changing, adding or removing any one byte of a signed body makes it fail', async () => {
  const bytes = new TextEncoder().encode(payload);
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: bytes.length - 1 }),
      fc.integer({ min: 1, max: 255 }),
      fc.constantFrom('flip', 'insert', 'delete'),
      async (at, delta, how) => {
        const changed =
          how === 'flip'
            ? bytes.map((b, i) => (i === at ? (b + delta) % 256 : b))
            : how === 'insert'
              ? new Uint8Array([...bytes.subarray(0, at), delta, ...bytes.subarray(at)])
              : new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]);
        await assert.rejects(
          () => verifyWebhook({ payload: changed, header: sign(bytes), secret }),
          WebhookVerificationError,
        );
      },
    ),
    { numRuns: 150 },
  );
});
