// The events <oncelink-share> fires: typed details, and their entries in the global event map.

/** What a link was made for. */
export interface OnceLinkTarget {
  type: 'master-page' | 'booking-calendar';
  id: string;
}

/** A one-time link as the API returned it. */
export interface OnceLinkLink {
  id: string;
  url: string;
  creation_time?: string | null;
}

/** How a close was asked for: the Escape key, the close button, or Copy & close. */
export type OnceLinkCloseSource = 'escape' | 'close-button' | 'copy';

/** How the link reached the clipboard. */
export type OnceLinkCopyMethod = 'clipboard' | 'exec-command';

/** What kind of failure the pop-up is showing; each has its own message and way forward. */
export type OnceLinkErrorKind =
  | 'not-configured'
  | 'not-eligible'
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'offline'
  | 'timeout'
  | 'malformed'
  | 'server'
  | 'failed';

export interface OnceLinkLinkCreatedDetail {
  link: OnceLinkLink;
  target: OnceLinkTarget;
}
export interface OnceLinkCopyDetail {
  url: string;
  method: OnceLinkCopyMethod;
}
export interface OnceLinkRequestCloseDetail {
  source: OnceLinkCloseSource;
}
export interface OnceLinkErrorDetail {
  kind: OnceLinkErrorKind;
  /** The message shown to the user. */
  message: string;
  /** What was thrown (an SDK error class for API failures). */
  error: unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'oncelink-link-created': CustomEvent<OnceLinkLinkCreatedDetail>;
    'oncelink-copy': CustomEvent<OnceLinkCopyDetail>;
    'oncelink-request-close': CustomEvent<OnceLinkRequestCloseDetail>;
    'oncelink-error': CustomEvent<OnceLinkErrorDetail>;
  }
}
