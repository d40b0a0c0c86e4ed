// Public entry of @oncelink/elements: the element class, its types and messages; registers nothing (import ./define for that).
export { OnceLinkShare, NotConfiguredError } from './share/share.js';
export type { ShareClient } from './client.js';
export { en, type OnceLinkMessages } from './messages/index.js';
export { de } from './messages/de.js';
export type * from './events.js';
