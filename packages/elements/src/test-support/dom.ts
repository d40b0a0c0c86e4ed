// Test support: finding things in the element's shadow root, waiting for states, and stand-in clipboards.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';
import type { OnceLinkShare } from '../share/share.js';

/**
 * open-wc's waitUntil with 5 s instead of 1 s by default: a busy machine can take a second to
 * do what a test waits for, and a wait that holds passes as soon as it does.
 */
export function waitUntil(
  check: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(check, message, { timeout: 5000, ...options });
}

/** The first match in the element's shadow root; throws (with the selector) when there is none. */
export function $<T extends Element = HTMLElement>(el: OnceLinkShare, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <oncelink-share>`);
  return found;
}

/** Whether the selector matches in the shadow root. */
export const has = (el: OnceLinkShare, selector: string): boolean =>
  Boolean(el.shadowRoot?.querySelector(selector));

/** Text of the first match, trimmed; '' when nothing matches. */
export const text = (el: OnceLinkShare, selector: string): string =>
  el.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';

/** Waits (up to 5 s) until the selector matches in the shadow root. */
export async function until(el: OnceLinkShare, selector: string): Promise<HTMLElement> {
  await waitUntil(() => has(el, selector), `waited for ${selector}`, { timeout: 5000 });
  return $<HTMLElement>(el, selector);
}

/** Opens the pop-up and waits for the page to load (its switch) or for an error. */
export async function openReady(el: OnceLinkShare): Promise<void> {
  await el.show();
  await waitUntil(
    () =>
      has(el, '[role=switch]') || has(el, '[part=error]') || has(el, '#picker') || has(el, '[part=empty]'),
    'pop-up loaded',
    {
      timeout: 5000,
    },
  );
}

/** What has focus inside the element: the id or the part of the focused node ('' when none). */
export function focused(el: OnceLinkShare): string {
  const at = el.shadowRoot?.activeElement;
  return at ? at.id || at.getAttribute('part') || at.localName : '';
}

/**
 * Records `read()` the first time `when()` holds after a DOM change in the shadow root. A
 * MutationObserver runs after each update's changes and before the next update, so this is
 * what the first render in that state showed.
 */
export function recordFirstRender<T>(
  el: OnceLinkShare,
  when: () => boolean,
  read: () => T,
): { seen: T[]; stop(): void } {
  const seen: T[] = [];
  const observer = new MutationObserver(() => {
    if (seen.length === 0 && when()) seen.push(read());
  });
  observer.observe(el.shadowRoot as ShadowRoot, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  return { seen, stop: () => observer.disconnect() };
}

/** The dialog is open (false before it was ever rendered: it is, from the first press or opening on). */
export const isOpen = (el: OnceLinkShare): boolean => el.shadowRoot?.querySelector('dialog')?.open ?? false;

/** The link shown in the read-only field. */
export const shownLink = (el: OnceLinkShare): string => $<HTMLInputElement>(el, '#link').value;

// Stubs are own properties shadowing the prototype's; deleting them after each test brings the real ones back.
const stubbed: [object, string][] = [];
afterEach(() => {
  for (const [owner, key] of stubbed.splice(0)) Reflect.deleteProperty(owner, key);
});

function stub(owner: object, key: string, value: unknown): void {
  Object.defineProperty(owner, key, { value, configurable: true });
  stubbed.push([owner, key]);
}

/** Replaces navigator.clipboard for this test (undefined: a browser or iframe without it). */
export function stubClipboard(clipboard: Partial<Clipboard> | undefined): void {
  stub(navigator, 'clipboard', clipboard);
}

/** Makes navigator.onLine say `online` for this test, as a page that lost its connection sees it. */
export function stubOnline(online: boolean): void {
  stub(navigator, 'onLine', online);
}

/** Replaces document.featurePolicy for this test, as a page under a permissions policy sees it. */
export function stubFeaturePolicy(allowsFeature: (feature: string) => boolean): void {
  stub(document, 'featurePolicy', { allowsFeature });
}

/** A clipboard that accepts everything and records the text written, as ClipboardItem or text. */
export function recordingClipboard(): { clipboard: Partial<Clipboard>; copied: string[] } {
  const copied: string[] = [];
  const clipboard: Partial<Clipboard> = {
    async write(items: ClipboardItems) {
      for (const item of items) copied.push(await (await item.getType('text/plain')).text());
    },
    async writeText(value: string) {
      copied.push(value);
    },
  };
  return { clipboard, copied };
}

/** A clipboard that refuses, as in a CRM's iframe without clipboard-write permission. */
export const refusingClipboard: Partial<Clipboard> = {
  write: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
  writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
};

/** Replaces document.execCommand for this test, recording the text selected when 'copy' ran. */
export function stubExecCommand(result: boolean): { selected: string[] } {
  const selected: string[] = [];
  stub(document, 'execCommand', (command: string) => {
    let at = document.activeElement;
    while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
    const input = at instanceof HTMLInputElement ? at : undefined;
    selected.push(
      `${command}:${input ? input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) : ''}`,
    );
    return result;
  });
  return { selected };
}
