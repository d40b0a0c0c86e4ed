// Where keyboard focus is, looking through shadow roots: what a keyboard-only test needs to steer and to assert.
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  /** Accessible-ish name: aria-label, else the associated label's text, else the element's text. */
  name: string;
  role: string;
  focusVisible: boolean;
  /** The nearest <tr data-contact-id> around the focused element's host chain, if any. */
  contactId: string | null;
  insideDialog: boolean;
}

/** Describes the element that has focus, through any number of open shadow roots. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active)
      return { tag: '', name: '', role: '', focusVisible: false, contactId: null, insideDialog: false };
    const labels = (active as HTMLInputElement).labels;
    const name =
      [active.getAttribute('aria-label'), labels?.[0]?.textContent, active.textContent]
        .map((text) => (text ?? '').trim())
        .find((text) => text !== '') ?? '';
    let node: Node | null = active;
    let contactId: string | null = null;
    let insideDialog = false;
    while (node) {
      if (node instanceof HTMLDialogElement) insideDialog = true;
      if (node instanceof HTMLElement && node.dataset.contactId) contactId = node.dataset.contactId;
      node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    }
    return {
      tag: active.tagName.toLowerCase(),
      name: name.replace(/\s+/g, ' '),
      role: active.getAttribute('role') ?? '',
      focusVisible: active.matches(':focus-visible'),
      contactId,
      insideDialog,
    };
  });
}

/** Presses Tab until `want` holds for the focused element; fails after `max` presses, naming the last one. */
export async function tabTo(
  page: Page,
  what: string,
  want: (f: Focused) => boolean,
  max = 40,
): Promise<Focused> {
  let current = await focused(page);
  for (let i = 0; i < max && !want(current); i++) {
    await page.keyboard.press('Tab');
    current = await focused(page);
  }
  if (!want(current))
    throw new Error(`Tabbed ${max} times without reaching ${what}; focus is on ${JSON.stringify(current)}`);
  return current;
}
