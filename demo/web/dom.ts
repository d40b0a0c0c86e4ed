// Builds DOM nodes from data with createElement and text nodes only: no HTML strings, so no data is ever parsed as markup.

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Record<string, string | boolean | undefined>,
  ...children: Child[]
): HTMLElementTagNameMap[K];
export function h(
  tag: string,
  attributes?: Record<string, string | boolean | undefined>,
  ...children: Child[]
): HTMLElement;
export function h(
  tag: string,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}: the HTML and app.ts disagree.`);
  return element as T;
}

/** Says something to screen-reader users through the page's polite live region. */
export function announce(text: string): void {
  const region = byId('announcer');
  region.textContent = '';
  // A fresh text node after a clear makes repeated messages announced again.
  requestAnimationFrame(() => (region.textContent = text));
}
