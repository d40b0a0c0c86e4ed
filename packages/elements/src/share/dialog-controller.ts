// The pop-up's native <dialog>: opening and closing with `open`, Escape, one requestClose(source), focus back to the opener.
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { emit } from '../emit.js';
import type { OnceLinkCloseSource } from '../events.js';

/** What the controller needs of its element. */
export interface DialogHost extends ReactiveControllerHost, HTMLElement {
  open: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Keeps the `<dialog>` in the host's shadow root in step with `host.open`, and sends every close a
 * user asks for (Escape, ×, Copy & close) through one cancelable `oncelink-request-close`.
 */
export class DialogController implements ReactiveController {
  #host: DialogHost;
  #onOpened: () => void;
  #onClosed: () => void;
  #opener: HTMLElement | undefined;

  constructor(host: DialogHost, on: { opened: () => void; closed: () => void }) {
    this.#host = host;
    this.#onOpened = on.opened;
    this.#onClosed = on.closed;
    host.addController(this);
  }

  get dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Remembers where focus goes back to on close: `from`, or what has focus now. */
  noteOpener(from?: HTMLElement): void {
    if (from) this.#opener = from;
    else this.#opener ??= activeElement();
  }

  /** Every user close comes here; returns false when a listener cancelled it. */
  requestClose(source: OnceLinkCloseSource): boolean {
    if (!emit(this.#host, 'oncelink-request-close', { source }, true)) return false;
    this.#host.open = false;
    return true;
  }

  /** Call from the host's `updated`: opens or closes the dialog to match `open`. */
  sync(openChanged: boolean): void {
    if (!openChanged) return;
    const { open } = this.#host;
    const dialog = this.dialog;
    if (!open && !dialog?.open) {
      // Closed again before it was ever shown (show() then hide()): no focus to give back later.
      this.#opener = undefined;
    } else if (dialog && open && !dialog.open) {
      this.noteOpener();
      dialog.showModal();
      this.#onOpened();
    } else if (dialog && !open && dialog.open) {
      dialog.close();
      // Not left to the close event alone: Chromium fires it with the next frame, which a hidden
      // page never renders, and focus must not wait for that.
      this.closed();
    }
  }

  hostDisconnected(): void {
    // Taken out of the page (a list re-rendered): the browser drops the dialog from the top layer
    // but leaves it open, so it would come back as a plain box, neither modal nor closable with
    // Escape. It closes as hide() does.
    const dialog = this.dialog;
    if (!this.#host.open && !dialog?.open) return;
    dialog?.close();
    this.closed();
  }

  /**
   * Escape is taken here, before the dialog turns it into a cancel event: Chromium lets a page
   * cancel that only once without new user activation, so a host's veto would hold only once.
   */
  onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.requestClose('escape');
  };

  /** Escape that reached the dialog: it must not close by itself, the close goes through requestClose. */
  onCancel = (event: Event): void => {
    event.preventDefault();
    this.requestClose('escape');
  };

  /**
   * After any close (ours, or the dialog's own): state back to closed, focus back to the opener.
   * Runs twice for our closes (then for their close event), the second time with nothing left to do.
   */
  closed = (): void => {
    // A close event that arrives after the pop-up was opened again is stale.
    if (this.dialog?.open) return;
    this.#host.open = false;
    this.#onClosed();
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
  };
}

/** The focused element, looking inside shadow roots (a host page's own components). */
function activeElement(): HTMLElement | undefined {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at instanceof HTMLElement && at !== document.body ? at : undefined;
}
