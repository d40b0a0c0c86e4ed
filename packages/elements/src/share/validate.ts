// Checks the personalisation fields as the user types, with the same limits personalizeLink enforces.
import type { OnceLinkMessages } from '../messages/index.js';

/** The API's limit for `name` and `email` in a link. */
const MAX = 100;
// The same rule as personalizeLink: one @, a dotted domain, no spaces (not RFC 5322, on purpose).
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

// Characters as the booking page counts them (code points, so an emoji counts once).
const length = (v: string) => [...v].length;

/** The message for a bad customer name, or undefined when it is fine. */
export function nameError(value: string, m: OnceLinkMessages): string | undefined {
  const v = value.trim();
  if (!v) return m.nameRequired;
  return length(v) > MAX ? m.tooLong : undefined;
}

/** The message for a bad customer email, or undefined when it is fine. */
export function emailError(value: string, m: OnceLinkMessages): string | undefined {
  const v = value.trim();
  if (!v) return m.emailRequired;
  if (length(v) > MAX) return m.tooLong;
  return EMAIL.test(v) ? undefined : m.emailInvalid;
}
