// The strings the element shows: English underneath, the host's overrides (or a whole locale such as `de`) on top.
import { enPopup, type OnceLinkMessages } from './en.js';
import { enTrigger } from './trigger.js';

export type { OnceLinkMessages };

/** Every English string of the element. */
export const en: OnceLinkMessages = { ...enTrigger, ...enPopup };
