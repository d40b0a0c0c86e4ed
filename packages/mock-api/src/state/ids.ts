// Identifiers and secrets for the fake: all drawn from the platform's cryptographic random source.

// Crockford base32: no I, L, O, U, so ids survive being read aloud or retyped.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` base32 characters, 5 random bits each (26 characters = 130 bits). */
export function randomToken(length = 26): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  // 256 is a multiple of 32, so masking keeps every character uniformly distributed.
  for (const byte of bytes) out += ALPHABET.charAt(byte & 31);
  return out;
}

/** Lower-case hex of `bytes` random bytes. */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

export const newLinkId = (): string => randomToken(26);
export const newBookingId = (): string => `BKNG-${randomToken(26)}`;
export const newTrackingId = (): string => randomToken(10);
export const newWebhookId = (): string => `WHK-${randomToken(26)}`;
export const newEventId = (): string => `EVNT-${randomToken(26)}`;
export const newWebhookSecret = (): string => randomHex(32);
export const newRequestId = (): string => `req_${randomHex(8)}`;
