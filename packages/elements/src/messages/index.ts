// The strings the element shows: English underneath, the host's overrides (or a whole locale such as `de`) on top.
import { en, type OnceLinkMessages } from './en.js';

export type { OnceLinkMessages };
export { en };

/** English with the host's overrides laid over it. */
export function resolveMessages(overrides: Partial<OnceLinkMessages> | undefined): OnceLinkMessages {
  return overrides ? { ...en, ...overrides } : en;
}
