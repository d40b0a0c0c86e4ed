// <oncelink-share>: what every page loads (properties, trigger, the dialog's frame); the pop-up's content loads on intent.
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { emit } from '../emit.js';
import type { ShareClient } from '../popup/client.js';
import type { OnceLinkMessages } from '../messages/index.js';
import { enTrigger, triggerMessages } from '../messages/trigger.js';
import type { PopupModule } from './load-popup.js';
import type { PopupView } from '../popup/popup.js';
import { DialogController } from './dialog-controller.js';
import { loadPopup, loadWhenIdle, popupLoaded } from './load-popup.js';
import { drawFrame, type Frame } from './frame.js';
import { styles } from './share.styles.js';

/**
 * The one-time-link pop-up. Draws only its trigger at first; the pop-up's code loads on intent (a
 * hover, focus or press on the trigger, `show()`, `open`) or when the page is idle. Opens a native
 * modal dialog, shows the page's link, makes a one-time link with one API call, personalises it,
 * and copies it.
 *
 * @summary Share a one-time scheduling link for a master page or booking calendar.
 *
 * @slot trigger - Your own button that opens the pop-up. Without it, a "Share link" button is shown ("One-time link" with `one-time`).
 *
 * @fires oncelink-link-created - A one-time link was made. `detail: { link, target }`.
 * @fires oncelink-copy - The link was copied. `detail: { url, method }` (`'clipboard'` or `'exec-command'`).
 * @fires oncelink-request-close - The user asked to close (Escape, close button, Copy & close). Cancelable. `detail: { source }`.
 * @fires oncelink-error - A failure is shown to the user. `detail: { kind, message, error }`.
 *
 * @csspart trigger - The default trigger button.
 * @csspart dialog - The `<dialog>`.
 * @csspart header - The dialog's top row: title and close button.
 * @csspart title - The heading: the page's name.
 * @csspart close-button - The close (×) button.
 * @csspart body - The dialog's content; `aria-busy` while loading.
 * @csspart picker - The master-page `<select>` (when no target is set).
 * @csspart empty - The message shown when the account has no active master page to pick.
 * @csspart switch - Both switches (One-time link, Personalize link).
 * @csspart field - A label, input and error group.
 * @csspart input - The Customer name and Customer email inputs.
 * @csspart field-error - The message under an invalid field.
 * @csspart link - The read-only input holding the link.
 * @csspart open-link - The "Open link" anchor.
 * @csspart status - Loading and copy messages inside the dialog.
 * @csspart error - The error box with its way forward.
 * @csspart footer - The row of actions.
 * @csspart button - Every button in the dialog.
 * @csspart copy-button - The Copy & close button.
 * @csspart new-link-button - The "New link for next customer" button.
 *
 * @cssprop [--oncelink-accent=light-dark(#0b57d0, #a8c7fa)] - Primary buttons, switches on, focus ring.
 * @cssprop [--oncelink-on-accent=light-dark(#fff, #062e6f)] - Text on the accent colour.
 * @cssprop [--oncelink-surface=light-dark(#fff, #1f1f1f)] - Dialog background.
 * @cssprop [--oncelink-text=light-dark(#1f1f1f, #e3e3e3)] - Text.
 * @cssprop [--oncelink-muted=light-dark(#5f6368, #c4c7c5)] - Hints and secondary text.
 * @cssprop [--oncelink-border=light-dark(#747775, #8e918f)] - Borders of inputs and switches.
 * @cssprop [--oncelink-danger=light-dark(#b3261e, #f2b8b5)] - Errors.
 * @cssprop [--oncelink-radius=8px] - Corner radius.
 * @cssprop [--oncelink-font=system-ui, sans-serif] - Font family.
 * @cssprop [--oncelink-width=28rem] - Dialog width.
 */
export class OnceLinkShare extends ReactiveElement {
  static override styles = styles;

  // Reactive properties declared without decorators: decorated `accessor` fields made esbuild
  // lower the class's #private members into WeakMap helpers, about 2 kB gzip of the bundle.
  // No lit-html here: the trigger and the dialog's frame are a few nodes drawn by hand, so a page
  // of triggers loads only ReactiveElement; the pop-up's templates come with its code.
  static override properties = {
    client: { attribute: false },
    apiBase: { attribute: 'api-base' },
    masterPage: { attribute: 'master-page' },
    bookingCalendar: { attribute: 'booking-calendar' },
    customerName: { attribute: 'customer-name' },
    customerEmail: { attribute: 'customer-email' },
    oneTime: { type: Boolean, attribute: 'one-time' },
    open: { type: Boolean, reflect: true },
    messages: { attribute: false },
  };

  /** An `OnceLink` client (or anything with the same methods). Wins over `api-base`. */
  declare client: ShareClient | undefined;
  /** URL of a proxy made with `createProxyHandler` from `@oncelink/sdk/proxy`; no API key in the browser. Elements with the same resolved URL share one client. */
  declare apiBase: string;
  /** Master page id: share this page. */
  declare masterPage: string;
  /** Booking calendar id: share this calendar (used when `master-page` is not set). */
  declare bookingCalendar: string;
  /** Prefills Customer name; with `customer-email` too, Personalize link starts on. */
  declare customerName: string;
  /** Prefills Customer email; with `customer-name` too, Personalize link starts on. */
  declare customerEmail: string;
  /** Opening makes a one-time link at once (one per opening); the default trigger says "One-time link". */
  declare oneTime: boolean;
  /** Whether the pop-up is open. */
  declare open: boolean;
  /** Strings to show instead of the English ones: any subset of `OnceLinkMessages`, or a whole locale such as `de`. */
  declare messages: Partial<OnceLinkMessages> | undefined;

  constructor() {
    super();
    this.apiBase = '';
    this.masterPage = '';
    this.bookingCalendar = '';
    this.customerName = '';
    this.customerEmail = '';
    this.oneTime = false;
    this.open = false;
  }

  #dialog = new DialogController(this, {
    opened: () => this.#popup?.opened(),
    closed: () => {
      // Each opening starts fresh, a failed load included: the next one tries again.
      this.#loadFailure = undefined;
      this.#popup?.closed();
    },
  });
  /** The pop-up's content and logic, once its code has loaded and this element was asked for it. */
  #popup: PopupView | undefined;
  /** Why the pop-up's code could not be loaded, while that is shown. */
  #loadFailure: unknown;
  /**
   * The dialog is drawn from the first press or opening on, not before: a page with many
   * triggers (a CRM list) then draws only buttons, and the first render of each is its trigger.
   */
  #armed = false;
  /** The pop-up's code was asked for and has not arrived or failed yet. */
  #requested = false;
  #announcement = '';
  #frame: Frame | undefined;

  /** Opens the pop-up; resolves once it is shown. */
  async show(): Promise<void> {
    this.#dialog.noteOpener();
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the pop-up without asking (no `oncelink-request-close`); resolves once it is closed. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  /** Says `text` to screen readers from outside the dialog, so it is heard after the dialog closes. */
  #announce = (text: string): void => {
    this.#announcement = text;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.open) this.#arm();
    if (changed.has('open') && this.open && !this.#dialog.dialog?.open) this.#announcement = '';
    this.#popup?.willUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const m = triggerMessages(this.messages);
    this.#frame ??= drawFrame(this.renderRoot, {
      intent: () => void loadPopup().catch(() => undefined),
      press: (event) => this.#onPress(event),
      click: (event) => this.#onTrigger(event),
    });
    const frame = this.#frame;
    frame.trigger.textContent = this.oneTime ? m.oneTimeTrigger : m.trigger;
    setLang(frame.trigger, m.lang);
    setLang(frame.status, m.lang);
    frame.status.textContent = this.#announcement;
    if (!this.#armed) return;
    const dialog = frame.dialog(this.#dialog);
    setLang(dialog.element, m.lang);
    dialog.title.textContent = this.#popup?.title() ?? m.title;
    dialog.close.setAttribute('aria-label', m.close);
    if (this.#popup) {
      dialog.showLoading(false, m);
      this.#popup.render(dialog.element);
    } else {
      const failure =
        this.#loadFailure === undefined
          ? undefined
          : navigator.onLine === false
            ? m.errorOffline
            : m.errorLoadFailed;
      dialog.showLoading(failure, m, this.#retryLoad);
    }
  }

  protected override firstUpdated(): void {
    loadWhenIdle();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#dialog.sync(changed.has('open'));
  }

  /** From the first intent on: the dialog is drawn and the pop-up's code is asked for. */
  #arm(): void {
    this.#armed = true;
    if (this.#popup || this.#requested || this.#loadFailure !== undefined) return;
    const loaded = popupLoaded();
    if (loaded) {
      this.#attach(loaded);
      return;
    }
    this.#requested = true;
    loadPopup().then(
      (module) => {
        this.#requested = false;
        this.#attach(module);
      },
      (error: unknown) => {
        this.#requested = false;
        // A load begun by a press that failed before the pop-up opened is not shown to a user who
        // sees nothing yet: opening loads again, and reports what is still wrong.
        if (!this.open) return;
        this.#loadFailure = error ?? new Error('The pop-up could not be loaded.');
        const m = triggerMessages(this.messages);
        const offline = navigator.onLine === false;
        emit(this, 'oncelink-error', {
          kind: offline ? 'offline' : 'failed',
          message: offline ? m.errorOffline : m.errorLoadFailed,
          error,
        });
        this.requestUpdate();
      },
    );
  }

  #attach(module: PopupModule): void {
    if (this.#popup) return;
    this.#popup = new module.PopupView(this, {
      dialog: this.#dialog,
      announce: this.#announce,
      emit: (type, detail) => emit(this, type, detail),
      frameStrings: enTrigger,
    });
    this.requestUpdate();
  }

  /**
   * A press on the trigger (pointer down, or Enter or Space down) starts loading what the pop-up
   * shows, so the request runs during the press and the dialog's first layout instead of after
   * them. It only reads (nothing is created), and the click that follows finds the load under way.
   */
  #onPress(event: Event): void {
    if (this.open || (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ')) return;
    this.#arm();
    this.requestUpdate();
    if (this.#popup) this.#popup.press();
    else
      void loadPopup().then(
        () => this.#popup?.press(),
        () => undefined,
      );
  }

  #onTrigger(event: Event): void {
    const from =
      event.target instanceof Element ? event.target.closest<HTMLElement>('button, a, [tabindex]') : null;
    this.#dialog.noteOpener(from ?? undefined);
    void this.show();
  }

  #retryLoad = (): void => {
    this.#loadFailure = undefined;
    this.#arm();
    this.requestUpdate();
  };
}

function setLang(node: Element, lang: string | undefined): void {
  if (lang) node.setAttribute('lang', lang);
  else node.removeAttribute('lang');
}
