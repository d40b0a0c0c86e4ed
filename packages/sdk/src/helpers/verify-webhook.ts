// verifyWebhook: checks an Oncehub-Signature with Web Crypto (Node, browsers, edge) and returns the typed event.
import { constantTimeEqual } from '../internal/constant-time.js';
import { WebhookVerificationError } from '../core/errors.js';
import { validate } from '../internal/validation.js';
import { webhookEvent, webhookEventEnvelope, type WebhookEvent } from '../schemas/webhook.js';

export interface VerifyWebhookParams {
  /** The raw request body exactly as received (string or bytes), not re-serialised JSON. */
  payload: string | Uint8Array | ArrayBuffer;
  /** The `Oncehub-Signature` header: `t=<unix seconds>,s=<hex>`. */
  header: string | null | undefined;
  /** The subscription's `secret`. */
  secret: string;
  /** Seconds a delivery may be older or newer than `receivedAt`; default 300. */
  tolerance?: number | undefined;
  /**
   * When the delivery arrived, as a `Date` or milliseconds since the epoch; default now. Tests
   * whose sender runs on a fake clock pass that clock's time (with `@oncelink/mock-api`,
   * `mock.control.now()`).
   */
  receivedAt?: Date | number | undefined;
}

const encoder = new TextEncoder();

function parseHeader(header: unknown): { t: string; timestamp: number; signature: Uint8Array } {
  const match =
    typeof header === 'string' ? /^\s*t=(\d{1,12})\s*,\s*s=((?:[0-9a-fA-F]{2})+)\s*$/.exec(header) : null;
  if (!match?.[1] || !match[2]) {
    throw new WebhookVerificationError(
      "The Oncehub-Signature header is missing or malformed: expected 't=<unix seconds>,s=<hex signature>'.",
    );
  }
  // `t` as written is what was signed ("<t>." + body); its number is only for the age.
  return {
    t: match[1],
    timestamp: Number(match[1]),
    signature: Uint8Array.from(match[2].match(/../g) ?? [], (byte) => parseInt(byte, 16)),
  };
}

/**
 * Resolves to the typed event when the signature matches and the timestamp is within
 * `tolerance`; rejects with `WebhookVerificationError` for a bad signature, a stale or future
 * timestamp, or a malformed header, and with `ResponseValidationError` for a signed body that is
 * not an event, or a `booking.*` event whose `data` is not a booking. Use `isBookingEvent` to
 * read `data` as a booking; other types keep it as sent.
 */
export async function verifyWebhook({
  payload,
  header,
  secret,
  tolerance = 300,
  receivedAt = Date.now(),
}: VerifyWebhookParams): Promise<WebhookEvent> {
  if (typeof secret !== 'string' || secret === '') {
    throw new WebhookVerificationError("`secret` is empty: pass the webhook subscription's secret.");
  }
  if (!(tolerance >= 0))
    throw new WebhookVerificationError(
      `\`tolerance\` must be a number of seconds, 0 or more; got ${String(tolerance)}.`,
    );
  const now = receivedAt instanceof Date ? receivedAt.getTime() : receivedAt;
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new WebhookVerificationError(
      `\`receivedAt\` must be a valid Date or milliseconds since the epoch; got ${String(receivedAt)}.`,
    );
  }
  const { t, timestamp, signature } = parseHeader(header);
  const body = typeof payload === 'string' ? encoder.encode(payload) : new Uint8Array(payload);
  const prefix = encoder.encode(`${t}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
  if (!constantTimeEqual(signature, expected)) {
    throw new WebhookVerificationError(
      'The webhook signature does not match: check the secret, and pass the raw body exactly as received.',
    );
  }
  const age = Math.floor(now / 1000) - timestamp;
  if (age > tolerance)
    throw new WebhookVerificationError(
      `The webhook timestamp is ${age} s old, over the ${tolerance} s tolerance (a replay?).`,
    );
  if (age < -tolerance)
    throw new WebhookVerificationError(
      `The webhook timestamp is ${-age} s in the future, over the ${tolerance} s tolerance (check the clock).`,
    );
  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new WebhookVerificationError('The webhook payload is signed but is not JSON.');
  }
  // A type that is not about bookings is verified all the same: its data is not a booking's, and
  // refusing a correctly signed event would only make the sender deliver it again and again.
  const type = typeof event === 'object' && event !== null && 'type' in event ? event.type : undefined;
  if (typeof type === 'string' && !type.startsWith('booking.')) {
    return validate(webhookEventEnvelope, event, { route: 'webhook event' });
  }
  return validate(webhookEvent, event, { route: 'webhook event' });
}
