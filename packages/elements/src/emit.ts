// Fires <oncelink-share>'s events: a value module apart from events.ts, whose types alone are public.
import type {
  OnceLinkCopyDetail,
  OnceLinkErrorDetail,
  OnceLinkLinkCreatedDetail,
  OnceLinkRequestCloseDetail,
} from './events.js';

type EventDetails = {
  'oncelink-link-created': OnceLinkLinkCreatedDetail;
  'oncelink-copy': OnceLinkCopyDetail;
  'oncelink-request-close': OnceLinkRequestCloseDetail;
  'oncelink-error': OnceLinkErrorDetail;
};

/** `emit` bound to one element: how the pop-up's code, loaded apart, fires the element's events. */
export type EmitFrom = <K extends keyof EventDetails>(type: K, detail: EventDetails[K]) => boolean;

/** Fires one of our events from `host`: bubbling, composed; returns false when a listener cancelled it. */
export function emit<K extends keyof EventDetails>(
  host: EventTarget,
  type: K,
  detail: EventDetails[K],
  cancelable = false,
): boolean {
  return host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail }));
}
