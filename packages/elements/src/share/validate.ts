// Checks the personalisation fields as the user types: our words for the usual mistakes, personalizeLink for the rest.
import { personalizeLink } from '@oncelink/sdk';
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

/** Stands in for the link while it is being made: only the fields are being judged then. */
const PLACEHOLDER = 'https://example.invalid/';

/**
 * Errors for the customer's name and email. After our own checks, personalizeLink has the last
 * word (it also refuses control characters, and links over 2,000 characters), so whatever passes
 * here it never refuses later. Its error names the field; the words shown are ours.
 */
export function customerErrors(
  name: string,
  email: string,
  base: string | undefined,
  m: OnceLinkMessages,
): { name: string | undefined; email: string | undefined } {
  const errors = { name: nameError(name, m), email: emailError(email, m) };
  if (errors.name || errors.email) return errors;
  try {
    personalizeLink(base ?? PLACEHOLDER, { name: name.trim(), email: email.trim() });
  } catch (error) {
    const said = error instanceof Error ? error.message : '';
    if (said.includes('personalised URL')) errors.name = m.linkTooLong;
    else if (said.includes('`email`')) errors.email = m.emailInvalid;
    else errors.name = m.nameInvalid;
  }
  return errors;
}
