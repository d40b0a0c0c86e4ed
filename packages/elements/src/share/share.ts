// <oncelink-share>: the one-time-link pop-up (a trigger, a native modal dialog, and the link it makes).
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { personalizeLink } from '@oncelink/sdk';
import type { MasterPage, OneTimeLink } from '@oncelink/sdk';
import { createProxyClient, findById, type ShareClient } from '../client.js';
import { copyFromInput, copyWithClipboardApi } from '../clipboard.js';
import { emit, type OnceLinkCloseSource, type OnceLinkErrorKind, type OnceLinkTarget } from '../events.js';
import { resolveMessages, type OnceLinkMessages } from '../messages/index.js';
import { safeHttpUrl } from '../safe-url.js';
import { canRetry, errorKind, errorMessage, UnsafeLinkError } from './describe-error.js';
import { LinkCache } from './link-cache.js';
import { customerErrors } from './validate.js';
import { styles } from './share.styles.js';

interface Target extends OnceLinkTarget {
  name: string;
  url: string | undefined;
}

/** The customer's answers that a link is made and personalised with. */
interface Answers {
  personalize: boolean;
  name: string;
  email: string;
  showForm: boolean;
}

interface Failure {
  kind: OnceLinkErrorKind;
  retry: (() => void) | undefined;
}

/** Thrown (and shown) when the element has neither a `client` nor an `api-base` to talk to. */
export class NotConfiguredError extends Error {
  override name = 'NotConfiguredError';
}

// How many active master pages the picker lists at most (bounded: it is a menu, not a report).
const PICKER_LIMIT = 300;

/**
 * The one-time-link pop-up. Opens a native modal dialog from its trigger (or `show()`), shows the
 * page's link, makes a one-time link with one API call, personalises it, and copies it.
 *
 * @summary Share a one-time scheduling link for a master page or booking calendar.
 *
 * @slot trigger - Your own button that opens the pop-up. Without it, a "Share link" button is shown.
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
export class OnceLinkShare extends LitElement {
  static override styles = styles;

  // Reactive properties declared without decorators: decorated `accessor` fields made esbuild
  // lower the class's #private members into WeakMap helpers, about 2 kB gzip of the bundle.
  // `attribute: false` on internal state tells the manifest analyzer they are not attributes.
  static override properties = {
    client: { attribute: false },
    apiBase: { attribute: 'api-base' },
    masterPage: { attribute: 'master-page' },
    bookingCalendar: { attribute: 'booking-calendar' },
    customerName: { attribute: 'customer-name' },
    customerEmail: { attribute: 'customer-email' },
    open: { type: Boolean, reflect: true },
    messages: { attribute: false },
    target: { state: true, attribute: false },
    pages: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    oneTime: { state: true, attribute: false },
    personalize: { state: true, attribute: false },
    name: { state: true, attribute: false },
    email: { state: true, attribute: false },
    showForm: { state: true, attribute: false },
    touched: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An `OnceLink` client (or anything with the same methods). Wins over `api-base`. */
  declare client: ShareClient | undefined;
  /** URL of a proxy made with `createProxyHandler` from `@oncelink/sdk/proxy`; no API key in the browser. */
  declare apiBase: string;
  /** Master page id: share this page. */
  declare masterPage: string;
  /** Booking calendar id: share this calendar (used when `master-page` is not set). */
  declare bookingCalendar: string;
  /** Prefills Customer name. */
  declare customerName: string;
  /** Prefills Customer email. */
  declare customerEmail: string;
  /** Whether the pop-up is open. */
  declare open: boolean;
  /** Strings to show instead of the English ones: any subset of `OnceLinkMessages`, or a whole locale such as `de`. */
  declare messages: Partial<OnceLinkMessages> | undefined;
  private declare target: Target | undefined;
  private declare pages: MasterPage[] | undefined;
  private declare busy: '' | 'loading' | 'creating';
  private declare failure: Failure | undefined;
  private declare oneTime: boolean;
  private declare personalize: boolean;
  private declare name: string;
  private declare email: string;
  private declare showForm: boolean;
  private declare touched: boolean;
  private declare notice: string;
  private declare announcement: string;

  constructor() {
    super();
    this.apiBase = '';
    this.masterPage = '';
    this.bookingCalendar = '';
    this.customerName = '';
    this.customerEmail = '';
    this.open = false;
    this.busy = '';
    this.oneTime = false;
    this.personalize = false;
    this.name = '';
    this.email = '';
    this.showForm = false;
    this.touched = false;
    this.notice = '';
    this.announcement = '';
  }

  #links = new LinkCache<OneTimeLink>();
  #proxy: { base: string; client: ShareClient } | undefined;
  #opener: HTMLElement | undefined;
  #loads: AbortController | undefined;
  #copying = false;
  /**
   * Bumped whenever what the pop-up shows stops being what requests in flight were made for (a
   * new page, client or customer; a close): their answers and failures are then dropped.
   */
  #epoch = 0;
  /**
   * The dialog is rendered from the first press or opening on, not before: a page with many
   * triggers (a CRM list) then draws only buttons, and the first render of each is its trigger.
   */
  #armed = false;
  /** The failure last reported: one rejection caught by two callers is shown once. */
  #reported: unknown;

  /** Opens the pop-up; resolves once it is shown. */
  async show(): Promise<void> {
    this.#opener ??= activeElement();
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the pop-up without asking (no `oncelink-request-close`); resolves once it is closed. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the page (a list re-rendered, the element moved): the browser drops the dialog
    // from the top layer but leaves it open, so it would come back as a plain box, neither modal
    // nor closable with Escape. It closes as hide() does, and its load stops.
    const dialog = this.#dialog;
    if (!this.open && !dialog?.open) return;
    dialog?.close();
    this.#onClosed();
  }

  get #m(): OnceLinkMessages {
    return resolveMessages(this.messages);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A removed attribute, or a framework's null or undefined, is no customer: ''.
    if (changed.has('customerName')) this.name = this.customerName ?? '';
    if (changed.has('customerEmail')) this.email = this.customerEmail ?? '';
    const retarget = ['masterPage', 'bookingCalendar', 'client', 'apiBase'] as const;
    const moved = retarget.some((key) => changed.has(key));
    if (this.hasUpdated && (moved || changed.has('customerName') || changed.has('customerEmail'))) {
      // A link made for one page or customer is never offered for the next.
      this.#startOver();
      this.failure = undefined;
    }
    if (this.hasUpdated && moved) {
      // A different page or client: nothing shown so far belongs to it any more.
      this.#abortLoad();
      this.target = undefined;
      this.pages = undefined;
      this.busy = '';
      if (this.open) void this.#load();
    }
    // The dialog is drawn from the first opening on (or the first press, see #onPress).
    if (this.open) this.#armed = true;
    if (changed.has('open') && !this.open && this.#dialog?.open) {
      // Closing: a load in flight is dropped in the render that closes the dialog, not after it.
      this.#abortLoad();
    }
    if (changed.has('open') && this.open && !this.#dialog?.open) {
      // Opening: cleared, and showing the loading state, in the render that opens the dialog
      // rather than one more after it. The load itself starts once the dialog is shown.
      this.announcement = '';
      this.notice = '';
      this.#showLoading();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.#dialog;
    if (!changed.has('open')) return;
    if (!this.open && !dialog?.open) {
      // Closed again before it was ever shown (show() then hide()): no focus to give back later.
      this.#opener = undefined;
    } else if (!dialog) {
      return;
    } else if (this.open && !dialog.open) {
      this.#opener ??= activeElement();
      dialog.showModal();
      // Focus is moved by hand, not with the autofocus attribute: Chromium refuses that in a
      // cross-origin iframe (a CRM's) and logs an error. Loaded already: straight to the first
      // control; otherwise the load moves it there when it is done.
      if (this.target || this.pages) this.#focusFirstControl();
      void this.#load();
    } else if (!this.open && dialog.open) {
      dialog.close();
      // Not left to the close event alone: Chromium fires it with the next frame, which a hidden
      // page never renders, and focus must not wait for that.
      this.#onClosed();
    }
  }

  #client(): ShareClient {
    if (this.client) return this.client;
    if (!this.apiBase) {
      throw new NotConfiguredError(
        '<oncelink-share> has nothing to talk to: set its `client` property or its `api-base` attribute.',
      );
    }
    if (this.#proxy?.base !== this.apiBase) {
      this.#proxy = { base: this.apiBase, client: createProxyClient(this.apiBase) };
    }
    return this.#proxy.client;
  }

  /** Stops the load in flight, if any (its results and errors are then dropped), and its loading state. */
  #abortLoad(): void {
    this.#loads?.abort();
    this.#loads = undefined;
    if (this.busy === 'loading') this.busy = '';
  }

  /** Shows the loading state when there is something to load; false when it is loaded already. */
  #showLoading(): boolean {
    if (this.target || this.pages) return false;
    this.busy = 'loading';
    this.failure = undefined;
    return true;
  }

  /** Loads what the dialog is about: the fixed target, or the active master pages for the picker. */
  async #load(): Promise<void> {
    if (this.#loads || !this.#showLoading()) return;
    const loads = new AbortController();
    this.#loads = loads;
    const { signal } = loads;
    try {
      const client = this.#client();
      if (this.masterPage) {
        const page = await findById(client.masterPages.list({ limit: 100 }, { signal }), this.masterPage);
        // A client may ignore the signal: what it answers after a retarget is not shown.
        if (signal.aborted) return;
        this.target = this.#targetOf('master-page', this.masterPage, page.name ?? page.label, page.url);
      } else if (this.bookingCalendar) {
        const calendar = await findById(client.bookingCalendars.list({ limit: 100 }, { signal }), this.bookingCalendar);
        if (signal.aborted) return;
        this.target = this.#targetOf('booking-calendar', this.bookingCalendar, calendar.name ?? calendar.subject, calendar.url);
      } else {
        const pages: MasterPage[] = [];
        for await (const page of client.masterPages.list({ limit: 100 }, { signal })) {
          if (page.active !== false) pages.push(page);
          if (pages.length >= PICKER_LIMIT) break;
        }
        if (signal.aborted) return;
        this.pages = pages;
      }
      this.busy = '';
      await this.updateComplete;
      // Loaded before the click that opens it (a load begun by a press): opening focuses it.
      if (this.open) this.#focusFirstControl();
    } catch (error) {
      // Closing the dialog or a new target aborts its loads on purpose: nothing to report, and
      // `busy` is the aborter's (a load started since may already be under way).
      if (signal.aborted) return;
      this.busy = '';
      // A load begun by a press that failed before the pop-up opened is not reported to a user
      // who sees nothing yet: opening loads again, and that load reports what is still wrong.
      if (!this.open) return;
      this.#fail(error, false, () => void this.#load());
    } finally {
      if (this.#loads === loads) this.#loads = undefined;
    }
  }

  #targetOf(type: Target['type'], id: string, name: string | null | undefined, url: string | null | undefined): Target {
    return { type, id, name: name || id, url: url ?? undefined };
  }

  /** After loading, focus moves from the close button (where the dialog put it) to the first real control. */
  #focusFirstControl(): void {
    const root = this.renderRoot as ShadowRoot;
    const at = root.activeElement;
    if (at && at.getAttribute('part') !== 'button close-button') return;
    root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  #fail(error: unknown, creating: boolean, retry: () => void): void {
    if (error === this.#reported) return;
    this.#reported = error;
    const kind = error instanceof NotConfiguredError ? 'not-configured' : errorKind(error, creating);
    this.failure = { kind, retry: canRetry(kind) ? retry : undefined };
    const message = errorMessage(kind, this.#m, this.target?.type === 'booking-calendar');
    emit(this, 'oncelink-error', { kind, message, error });
  }

  /** Every user close (Escape, ×, Copy & close) comes here; a listener may cancel it. */
  #requestClose(source: OnceLinkCloseSource): boolean {
    if (!emit(this, 'oncelink-request-close', { source }, true)) return false;
    this.open = false;
    return true;
  }

  /**
   * Escape is taken here, before the dialog turns it into a cancel event: Chromium lets a page
   * cancel that only once without new user activation, so a host's veto would hold only once.
   */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.#requestClose('escape');
  }

  #onCancel(event: Event): void {
    // Escape: the dialog must not close by itself, the close goes through requestClose.
    event.preventDefault();
    this.#requestClose('escape');
  }

  /**
   * After any close (ours, or the dialog's own): state back to closed, focus back to the opener.
   * Runs twice for our closes (then for their close event), the second time with nothing left to do.
   */
  #onClosed(): void {
    // A close event that arrives after the pop-up was opened again is stale.
    if (this.#dialog?.open) return;
    this.open = false;
    this.#abortLoad();
    // Each opening starts fresh. A link made in this one may have gone to someone (copied, opened,
    // selected by hand), and may have stopped working since (a page switched to Static rules).
    this.#startOver();
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
  }

  /**
   * Forgets the links made so far, so none is offered again, and drops what is still on its way
   * (answers and failures of the old epoch); One-time link goes off, with any failure of it.
   */
  #startOver(): void {
    this.#epoch++;
    this.#links.forget();
    if (this.oneTime) {
      this.oneTime = false;
      this.failure = undefined;
    }
    if (this.busy === 'creating') this.busy = '';
  }

  /** Moves focus to `selector` in the render that this change brings. */
  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /**
   * A press on the trigger (pointer down, or Enter or Space down) starts loading what the pop-up
   * shows, so the request runs during the press and the dialog's first layout instead of after
   * them. It only reads (nothing is created), and the click that follows finds the load under way.
   */
  #onPress(event: Event): void {
    if (this.open || (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ')) return;
    this.#armed = true;
    this.requestUpdate();
    void this.#load();
  }

  #onTrigger(event: Event): void {
    const from = event.target instanceof Element ? event.target.closest<HTMLElement>('button, a, [tabindex]') : null;
    this.#opener = from ?? undefined;
    void this.show();
  }

  #onPick(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const page = this.pages?.find((p) => p.id === id);
    this.failure = undefined;
    this.oneTime = false;
    this.target = page ? this.#targetOf('master-page', page.id, page.name ?? page.label, page.url) : undefined;
  }

  #onOneTime = (on: boolean): void => {
    this.oneTime = on;
    this.failure = undefined;
    this.notice = '';
    // A booking calendar's link carries the personalisation, so it is made at copy time.
    if (this.oneTime && this.target?.type === 'master-page') this.#makeLink();
  };

  /** Makes the master page's link the switch asks for; its failure is shown unless the pop-up moved on. */
  #makeLink(): void {
    const epoch = this.#epoch;
    this.#create().catch((error: unknown) => {
      if (epoch !== this.#epoch) return;
      this.#fail(error, true, () => {
        this.failure = undefined;
        this.#makeLink();
      });
    });
  }

  /** The customer's answers as they are now (Copy keeps the ones shown at its click). */
  #answers(): Answers {
    return { personalize: this.personalize, name: this.name, email: this.email, showForm: this.showForm };
  }

  #fieldErrors(answers = this.#answers()): { name: string | undefined; email: string | undefined } {
    const target = this.target;
    // A calendar's fields go with its one-time link: hidden with it, they block nothing.
    if (!answers.personalize || (target?.type === 'booking-calendar' && !this.oneTime)) return { name: undefined, email: undefined };
    const base = target?.type === 'master-page' ? this.#baseUrl(target) : undefined;
    return customerErrors(answers.name, answers.email, base, this.#m);
  }

  /** Which link a request makes: one per master page; per calendar and booking-form answers. */
  #key(target: Target, answers = this.#answers()): string {
    const form = target.type === 'booking-calendar' && answers.personalize ? `${answers.name.trim()}\n${answers.email.trim()}` : '';
    return `${target.type}:${target.id}\n${form}`;
  }

  /** Makes the one-time link for the current target and answers, once: a second call gets the same link. */
  #create(answers = this.#answers()): Promise<OneTimeLink> {
    const target = this.target;
    if (!target) return Promise.reject(new Error('No page chosen yet.'));
    const epoch = this.#epoch;
    const bookingForm = answers.personalize ? { name: answers.name.trim(), email: answers.email.trim() } : undefined;
    return this.#links.get(this.#key(target, answers), async () => {
      const client = this.#client();
      this.busy = 'creating';
      try {
        const link =
          target.type === 'master-page'
            ? await client.masterPages.createOneTimeLink(target.id)
            : await client.bookingCalendars.createOneTimeLink(target.id, {
                hide_url_params: true,
                ...(bookingForm ? { booking_form: bookingForm } : {}),
              });
        if (!safeHttpUrl(link.url)) throw new UnsafeLinkError('The API answered a link that is not an http(s) URL.');
        emit(this, 'oncelink-link-created', { link, target: { type: target.type, id: target.id } });
        return link;
      } finally {
        // Not the busy state of a page, customer or opening that came after.
        if (epoch === this.#epoch) this.busy = '';
      }
    }).then((link) => {
      // The cache holds the link now: render it.
      this.requestUpdate();
      return link;
    });
  }

  /** The page's ordinary link, or its one-time link once made; only http(s). */
  #baseUrl(target: Target): string | undefined {
    return safeHttpUrl(this.oneTime ? this.#links.peek(this.#key(target))?.url : target.url);
  }

  /** The link as the user would copy it now, or undefined when there is none yet (being made, or made on copy). */
  #shownUrl(): string | undefined {
    const target = this.target;
    const url = target && this.#baseUrl(target);
    return url && target.type === 'master-page' ? this.#personalised(url) : url;
  }

  /**
   * A master page's link with `name`, `email` and `skip` when personalisation is on and the fields
   * are valid (otherwise as it is: copying is blocked until they are). Undefined if personalizeLink
   * refuses after all, which #fieldErrors rules out.
   */
  #personalised(url: string, answers = this.#answers()): string | undefined {
    const errors = this.#fieldErrors(answers);
    if (!answers.personalize || errors.name || errors.email) return url;
    try {
      return personalizeLink(url, { name: answers.name.trim(), email: answers.email.trim(), showBookingForm: answers.showForm });
    } catch {
      return undefined;
    }
  }

  /** What Copy puts on the clipboard for a link just made: a calendar's as is, a master page's personalised. */
  #copyable(url: string, target: Target, answers: Answers): string {
    const copyable = target.type === 'master-page' ? this.#personalised(url, answers) : url;
    if (!copyable) throw new Error('personalizeLink refused the link.');
    return copyable;
  }

  #onCopy(): void {
    const target = this.target;
    if (this.#copying || !target) return;
    // The link copied is the one for the page and customer shown at this click, whatever comes after.
    const answers = this.#answers();
    const epoch = this.#epoch;
    const errors = this.#fieldErrors(answers);
    if (errors.name || errors.email) {
      // Invalid answers block copying; the errors sit next to their fields.
      this.touched = true;
      this.notice = this.#m.fixFields;
      this.#focusAfterUpdate(errors.name ? '#name' : '#email');
      return;
    }
    let text: string | Promise<string>;
    try {
      const shown = this.#shownUrl();
      if (shown) text = shown;
      else if (this.oneTime) {
        text = this.#create(answers).then((link) => {
          // Moved on meanwhile (another page or customer, or closed): nothing is copied.
          if (epoch !== this.#epoch) throw new Error('Moved on.');
          return this.#copyable(link.url, target, answers);
        });
      } else return;
    } catch (error) {
      this.#fail(error, false, () => this.#onCopy());
      return;
    }
    // Started synchronously, inside the click: the clipboard write keeps the user gesture.
    void this.#copy(text, epoch);
  }

  async #copy(text: string | Promise<string>, epoch: number): Promise<void> {
    this.#copying = true;
    this.notice = '';
    this.failure = undefined;
    try {
      let method = await copyWithClipboardApi(text);
      const url = await text;
      if (epoch !== this.#epoch) return;
      if (!method) {
        await this.updateComplete;
        const input = this.renderRoot.querySelector<HTMLInputElement>('#link');
        method = input ? copyFromInput(input) : undefined;
      }
      if (!method) {
        // Nothing could copy: the link stays selected and the user is told how to copy it.
        this.notice = this.#m.copyManually;
        return;
      }
      emit(this, 'oncelink-copy', { url, method });
      if (this.#requestClose('copy')) {
        await this.updateComplete;
        this.announcement = this.#m.copied;
      } else {
        this.notice = this.#m.copied;
      }
    } catch (error) {
      if (epoch === this.#epoch) this.#fail(error, true, () => this.#onCopy());
    } finally {
      this.#copying = false;
    }
  }

  /** Forgets the link just shared and starts over with the prefilled customer, ready for the next one. */
  #onNewLink(): void {
    const target = this.target;
    if (!target) return;
    this.#links.forget(`${target.type}:${target.id}\n`);
    this.name = this.customerName ?? '';
    this.email = this.customerEmail ?? '';
    this.touched = false;
    this.notice = '';
    this.failure = undefined;
    if (target.type === 'master-page') this.#makeLink();
    this.#focusAfterUpdate(this.personalize ? '#name' : '[data-autofocus]');
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    return html`
      <slot name="trigger" @pointerdown=${this.#onPress} @keydown=${this.#onPress} @click=${this.#onTrigger}>
        <button type="button" part="trigger" lang=${m.lang ?? nothing}>${m.trigger}</button>
      </slot>
      <div class="visually-hidden" role="status" lang=${m.lang ?? nothing}>${this.announcement}</div>
      ${this.#armed ? this.#renderDialog(m) : nothing}
    `;
  }

  #renderDialog(m: OnceLinkMessages): TemplateResult {
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        lang=${m.lang ?? nothing}
        @keydown=${this.#onKeydown}
        @cancel=${this.#onCancel}
        @close=${this.#onClosed}
      >
        <div class="header" part="header">
          <h2 id="title" part="title">${this.target?.name ?? m.title}</h2>
          <button
            type="button"
            part="button close-button"
            aria-label=${m.close}
            @click=${() => this.#requestClose('close-button')}
          >
            ×
          </button>
        </div>
        <div part="body" aria-busy=${this.busy ? 'true' : 'false'}>
          ${this.#renderPicker(m)} ${this.target ? this.#renderControls(this.target, m) : nothing}
          <p part="status" role="status">${this.notice || this.#busyText(m)}</p>
          ${this.#renderFailure(m)}
        </div>
        <div class="footer" part="footer">${this.#renderActions(m)}</div>
      </dialog>
    `;
  }

  #busyText(m: OnceLinkMessages): string {
    if (this.busy === 'creating') return m.creating;
    if (this.busy === 'loading') return this.masterPage || this.bookingCalendar ? m.loadingPage : m.loadingPages;
    return '';
  }

  #renderPicker(m: OnceLinkMessages): TemplateResult | typeof nothing {
    const pages = this.pages;
    if (!pages) return nothing;
    if (!pages.length) return html`<p part="empty">${m.noPages}</p>`;
    return html`
      <div part="field">
        <label for="picker">${m.picker}</label>
        <select id="picker" part="picker" data-autofocus @change=${this.#onPick}>
          <option value="" ?selected=${!this.target}>${m.pickerPlaceholder}</option>
          ${pages.map(
            (p) => html`<option value=${p.id} ?selected=${this.target?.id === p.id}>${p.name ?? p.label ?? p.id}</option>`,
          )}
        </select>
      </div>
    `;
  }

  #renderControls(target: Target, m: OnceLinkMessages): TemplateResult {
    const calendar = target.type === 'booking-calendar';
    return html`
      ${this.#renderSwitch('one-time', m.oneTime, this.oneTime, this.#onOneTime, !this.pages)}
      <p id="one-time-hint" class="hint">${m.oneTimeHint}</p>
      ${!calendar || this.oneTime ? this.#renderPersonalize(calendar, m) : nothing} ${this.#renderLink(calendar, m)}
    `;
  }

  #renderSwitch(id: string, label: string, checked: boolean, onChange: (on: boolean) => void, autofocus = false) {
    return html`
      <label class="switch">
        <input
          id=${id}
          type="checkbox"
          role="switch"
          part="switch"
          ?data-autofocus=${autofocus}
          aria-describedby=${id === 'one-time' ? 'one-time-hint' : nothing}
          .checked=${checked}
          @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
        />
        ${label}
      </label>
    `;
  }

  #renderPersonalize(calendar: boolean, m: OnceLinkMessages): TemplateResult {
    const errors = this.#fieldErrors();
    return html`
      ${this.#renderSwitch('personalize', m.personalize, this.personalize, (on) => {
        this.personalize = on;
        this.notice = '';
      })}
      ${this.personalize
        ? html`
            ${this.#renderField('name', 'text', m.customerName, this.name, errors.name)}
            ${this.#renderField('email', 'email', m.customerEmail, this.email, errors.email)}
            ${calendar
              ? nothing
              : html`<label class="check">
                  <input
                    id="show-form"
                    type="checkbox"
                    .checked=${this.showForm}
                    @change=${(e: Event) => (this.showForm = (e.target as HTMLInputElement).checked)}
                  />
                  ${m.showBookingForm}
                </label>`}
          `
        : nothing}
    `;
  }

  #renderField(
    id: 'name' | 'email',
    type: string,
    label: string,
    value: string,
    error: string | undefined,
  ): TemplateResult {
    // Errors show as you type, for prefilled values, and for every field once copying was blocked.
    const shown = error && (value || this.touched) ? error : undefined;
    return html`
      <div part="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          part="input"
          type=${type}
          autocomplete="off"
          spellcheck="false"
          .value=${value}
          aria-invalid=${shown ? 'true' : 'false'}
          aria-describedby=${shown ? `${id}-error` : nothing}
          @input=${(e: Event) => {
            this[id] = (e.target as HTMLInputElement).value;
          }}
        />
        ${shown ? html`<p id=${`${id}-error`} part="field-error">${shown}</p>` : nothing}
      </div>
    `;
  }

  #renderLink(calendar: boolean, m: OnceLinkMessages): TemplateResult | typeof nothing {
    const url = this.#shownUrl();
    if (!url) {
      if (this.busy || this.failure) return nothing;
      return html`<p class="hint">${this.oneTime && calendar ? m.madeOnCopy : m.noLink}</p>`;
    }
    return html`
      <div part="field">
        <label for="link">${m.link}</label>
        <input id="link" part="link" readonly .value=${url} />
        <a part="open-link" href=${url} target="_blank" rel="noopener noreferrer">${m.openLink}</a>
      </div>
    `;
  }

  #renderFailure(m: OnceLinkMessages): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    const calendar = this.target?.type === 'booking-calendar';
    const ordinary = failure.kind === 'not-eligible' && !calendar && this.oneTime;
    return html`
      <div part="error" role="alert">
        <p>${errorMessage(failure.kind, m, calendar)}</p>
        ${failure.retry ? html`<button type="button" part="button" @click=${failure.retry}>${m.retry}</button>` : nothing}
        ${ordinary
          ? html`<button
              type="button"
              part="button"
              @click=${() => {
                this.oneTime = false;
                this.failure = undefined;
                // The button goes away with the error: focus moves to the switch, not to the page.
                this.#focusAfterUpdate('#one-time');
              }}
            >
              ${m.useOrdinaryLink}
            </button>`
          : nothing}
      </div>
    `;
  }

  #renderActions(m: OnceLinkMessages): TemplateResult {
    const target = this.target;
    const made = target && this.oneTime && this.#links.peek(this.#key(target));
    return html`
      ${made
        ? html`<button type="button" part="button new-link-button" @click=${this.#onNewLink}>${m.newLink}</button>`
        : nothing}
      <button
        type="button"
        part="button copy-button"
        class="primary"
        ?disabled=${!target || (!this.oneTime && !target.url)}
        @click=${this.#onCopy}
      >
        ${m.copyAndClose}
      </button>
    `;
  }
}

/** The focused element, looking inside shadow roots (a host page's own components). */
function activeElement(): HTMLElement | undefined {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at instanceof HTMLElement && at !== document.body ? at : undefined;
}
