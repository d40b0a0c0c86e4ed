// Public entry of @oncelink/elements: the element class, its types and messages; registers nothing (import ./define for that).
export { OnceLinkShare } from './share/share.js';
export { NotConfiguredError } from './errors.js';
export type { ShareClient } from './popup/client.js';
export { en, type OnceLinkMessages } from './messages/index.js';
export { de } from './messages/de.js';
export type * from './events.js';
