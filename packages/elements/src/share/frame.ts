// The nodes every element draws by hand (no template library on the light path): the trigger, a live region, the dialog's frame.
import type { TriggerMessages } from '../messages/trigger.js';
import type { DialogController } from './dialog-controller.js';

export interface DialogFrame {
  element: HTMLDialogElement;
  title: HTMLElement;
  close: HTMLButtonElement;
  /** Shows the frame's own content (loading, or `error` with Retry) until the pop-up's code draws its own; `false` removes it. */
  showLoading(error: string | undefined | false, m: TriggerMessages, retry?: () => void): void;
}

export interface Frame {
  trigger: HTMLButtonElement;
  status: HTMLElement;
  /** The dialog with its header, made on first use. */
  dialog(controller: DialogController): DialogFrame;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function drawFrame(
  root: HTMLElement | DocumentFragment,
  on: { intent: () => void; press: (event: Event) => void; click: (event: Event) => void },
): Frame {
  const trigger = el('button', { type: 'button', part: 'trigger' });
  const slot = el('slot', { name: 'trigger' }, trigger);
  // pointerover, not pointerenter: it bubbles, so a slotted trigger of the host's reports it too.
  slot.addEventListener('pointerover', on.intent);
  slot.addEventListener('focusin', on.intent);
  slot.addEventListener('pointerdown', on.press);
  slot.addEventListener('keydown', on.press);
  slot.addEventListener('click', on.click);
  const status = el('div', { class: 'visually-hidden', role: 'status' });
  root.append(slot, status);
  let frame: DialogFrame | undefined;
  return {
    trigger,
    status,
    dialog(controller) {
      if (frame) return frame;
      const title = el('h2', { id: 'title', part: 'title' });
      const close = el('button', { type: 'button', part: 'button close-button' }, '×');
      close.addEventListener('click', () => controller.requestClose('close-button'));
      const element = el(
        'dialog',
        { part: 'dialog', 'aria-labelledby': 'title' },
        el('div', { class: 'header', part: 'header' }, title, close),
      );
      element.addEventListener('keydown', controller.onKeydown);
      element.addEventListener('cancel', controller.onCancel);
      element.addEventListener('close', controller.closed);
      root.append(element);
      let shown: Element[] = [];
      let drawn: string | undefined;
      frame = {
        element,
        title,
        close,
        showLoading(error, m, retry) {
          // Drawn again only when it changes: a redraw on every update would take focus off Retry.
          const key = error === false ? undefined : `${error ?? ''}\n${m.loadingPage}\n${m.retry}`;
          if (key === drawn) return;
          drawn = key;
          for (const node of shown) node.remove();
          shown = [];
          if (error === false) return;
          const body = el(
            'div',
            { part: 'body', 'aria-busy': error ? 'false' : 'true' },
            el('p', { part: 'status', role: 'status' }, error ? '' : m.loadingPage),
          );
          if (error) {
            const again = el('button', { type: 'button', part: 'button' }, m.retry);
            if (retry) again.addEventListener('click', retry);
            body.append(el('div', { part: 'error', role: 'alert' }, el('p', {}, error), again));
          }
          shown = [body, el('div', { class: 'footer', part: 'footer' })];
          element.append(...shown);
        },
      };
      return frame;
    },
  };
}
