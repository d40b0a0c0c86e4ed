// The opened pop-up: what it reads, the switches and fields, the link it makes and copies; drawn inside the element's dialog.
import type { PropertyValues, ReactiveControllerHost } from '@lit/reactive-element';
import { render } from 'lit/html.js';
import type { MasterPage, OneTimeLink } from '@oncelink/sdk';
import type { EmitFrom } from '../emit.js';
import { NotConfiguredError } from '../errors.js';
import type { OnceLinkErrorKind } from '../events.js';
import { enPopup, type OnceLinkMessages } from '../messages/en.js';
import type { TriggerMessages } from '../messages/trigger.js';
import { safeHttpUrl } from '../safe-url.js';
import type { DialogController } from '../share/dialog-controller.js';
import type { OnceLinkShare } from '../share/share.js';
import { proxyClient, type ShareClient } from './client.js';
import { copyText } from './clipboard.js';
import { canRetry, errorKind, errorMessage } from './describe-error.js';
import { LinkMaker, type Answers, type Target } from './link-maker.js';
import { personalise, type Personalised } from './personalise.js';
import { popupStyles } from './popup.styles.js';
import { readTarget, targetOf, type Read } from './read-target.js';
import { renderPopup } from './popup-view.js';
import { TargetTask } from './target-task.js';

export interface Failure {
  kind: OnceLinkErrorKind;
  retry: (() => void) | undefined;
}

/**
 * What the element lends the pop-up: its dialog, its live region outside the dialog, and its
 * events. Lent, not imported, so this chunk shares no module with the page's entry.
 */
export interface PopupBridge {
  dialog: DialogController;
  announce: (text: string) => void;
  emit: EmitFrom;
  /** The English strings of the trigger and the frame, which the page has already. */
  frameStrings: Omit<TriggerMessages, 'lang'>;
}

type Host = OnceLinkShare & ReactiveControllerHost;

export class PopupView {
  readonly host: Host;
  readonly bridge: PopupBridge;
  readonly links: LinkMaker;
  readonly task: TargetTask<Read>;
  /** The page chosen in the picker (when no page is fixed). */
  picked: Target | undefined;
  oneTime = false;
  personalize = false;
  name = '';
  email = '';
  showForm = false;
  touched = false;
  notice = '';
  failure: Failure | undefined;
  #copying = false;
  /**
   * Bumped whenever what the pop-up shows stops being what requests in flight were made for (a
   * new page, client or customer; a close): their failures and copies are then dropped.
   */
  #epoch = 0;
  /** The failure last reported: one rejection caught by two callers is shown once. */
  #reported: unknown;

  constructor(host: Host, bridge: PopupBridge) {
    this.host = host;
    this.bridge = bridge;
    this.links = new LinkMaker(host, bridge.emit);
    this.task = new TargetTask(host, (signal) => readTarget(this.client(), host, signal));
    this.#takeCustomer();
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, popupStyles()];
    // Asked for by an opening that came before this code did: read now, as an opening does.
    if (host.open) void this.load();
  }

  get m(): OnceLinkMessages {
    return { ...enPopup, ...this.bridge.frameStrings, ...this.host.messages };
  }

  get target(): Target | undefined {
    return this.task.value?.target ?? this.picked;
  }

  get pages(): MasterPage[] | undefined {
    return this.task.value?.pages;
  }

  /** The customer's answers as they are now (Copy keeps the ones shown at its click). */
  answers(): Answers {
    return { personalize: this.personalize, name: this.name, email: this.email, showForm: this.showForm };
  }

  set(
    patch: Partial<
      Pick<
        PopupView,
        'oneTime' | 'personalize' | 'name' | 'email' | 'showForm' | 'touched' | 'notice' | 'failure'
      >
    >,
  ): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** The prefilled customer; Personalize link starts on when the host gave both a name and an email. */
  #takeCustomer(): void {
    // A removed attribute, or a framework's null or undefined, is no customer: ''.
    this.name = this.host.customerName ?? '';
    this.email = this.host.customerEmail ?? '';
    this.personalize = Boolean(this.name.trim() && this.email.trim());
  }

  willUpdate(changed: PropertyValues<OnceLinkShare>): void {
    const h = this.host;
    const customer = changed.has('customerName') || changed.has('customerEmail');
    if (customer) this.#takeCustomer();
    const moved = (['masterPage', 'bookingCalendar', 'client', 'apiBase'] as const).some((key) =>
      changed.has(key),
    );
    if (moved || customer) {
      // A link made for one page or customer is never offered for the next.
      this.#startOver();
      this.failure = undefined;
    }
    if (moved) {
      // A different page or client: nothing shown so far belongs to it any more.
      this.task.reset();
      this.picked = undefined;
      if (h.open) void this.load();
    }
    const dialogOpen = this.bridge.dialog.dialog?.open;
    if (changed.has('open') && !h.open && dialogOpen) this.task.abort();
    if (changed.has('open') && h.open && !dialogOpen) {
      // Opening: cleared, and already loading, in the render that opens the dialog.
      this.notice = '';
      void this.load();
    }
  }

  /** A press on the trigger: start reading, so the click that follows finds it under way. */
  press(): void {
    void this.load();
  }

  /** The dialog was just shown: focus its first control if there is one, and honour `one-time`. */
  opened(): void {
    if (this.target || this.pages) this.#ready();
  }

  /** After any close: the read stops, and the next opening starts fresh. */
  closed(): void {
    this.task.abort();
    this.#startOver();
  }

  title(): string | undefined {
    return this.target?.name;
  }

  /** Reads unless read or reading already; a failure is shown only to a user who sees the pop-up. */
  async load(): Promise<void> {
    const task = this.task;
    if (task.status === 'pending' || task.status === 'complete') return;
    this.failure = undefined;
    const status = await task.run();
    if (status === 'complete') {
      await this.host.updateComplete;
      if (this.host.open) this.#ready();
    } else if (status === 'error' && this.host.open) {
      // A read begun by a press that failed while closed is not reported: opening reads again.
      this.fail(task.error, false, () => void this.load());
    }
  }

  /** Loaded and open: focus moves to the first control, and `one-time` makes its link. */
  #ready(): void {
    this.#focusFirstControl();
    if (this.host.oneTime && this.task.value?.target && !this.oneTime) this.onOneTime(true);
  }

  client(): ShareClient {
    const h = this.host;
    if (h.client) return h.client;
    if (!h.apiBase) {
      throw new NotConfiguredError(
        '<oncelink-share> has nothing to talk to: set its `client` property or its `api-base` attribute.',
      );
    }
    return proxyClient(h.apiBase);
  }

  fail(error: unknown, creating: boolean, retry: () => void): void {
    if (error === this.#reported) return;
    this.#reported = error;
    const kind = errorKind(error, creating);
    this.set({ failure: { kind, retry: canRetry(kind) ? retry : undefined } });
    const message = errorMessage(kind, this.m, this.target?.type === 'booking-calendar');
    this.bridge.emit('oncelink-error', { kind, message, error });
  }

  /**
   * Forgets the links made so far, so none is offered again, and drops what is still on its way
   * (failures and copies of the old epoch); One-time link goes off, with any failure of it.
   */
  #startOver(): void {
    this.#epoch++;
    this.links.forget();
    if (this.oneTime) {
      this.oneTime = false;
      this.failure = undefined;
    }
    this.host.requestUpdate();
  }

  /** After loading, focus moves from the close button (where the dialog put it) to the first real control. */
  #focusFirstControl(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const at = root.activeElement;
    if (at && at.getAttribute('part') !== 'button close-button') return;
    root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  /** Moves focus to `selector` in the render that this change brings. */
  focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  /** The one-time link for the current target and answers, made once: a second call gets the same link. */
  #create(answers = this.answers()): Promise<OneTimeLink> {
    const target = this.target;
    if (!target) return Promise.reject(new Error('No page chosen yet.'));
    try {
      return this.links.make(this.client(), target, answers);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Makes the master page's link the switch asks for; its failure is shown unless the pop-up moved on. */
  makeLink(): void {
    const epoch = this.#epoch;
    this.#create().catch((error: unknown) => {
      if (epoch !== this.#epoch) return;
      this.fail(error, true, () => {
        this.failure = undefined;
        this.makeLink();
      });
    });
  }

  /** The page's ordinary link, or its one-time link once made; only http(s). */
  #baseUrl(target: Target, answers: Answers): string | undefined {
    return safeHttpUrl(this.oneTime ? this.links.peek(target, answers)?.url : target.url);
  }

  /**
   * The link as the user would copy it now (undefined while there is none) and the field errors,
   * from one verdict of personalizeLink. A calendar's fields go with its one-time link: hidden
   * with it, they block nothing.
   */
  view(answers = this.answers()): Personalised {
    const target = this.target;
    const url = target && this.#baseUrl(target, answers);
    const calendar = target?.type === 'booking-calendar';
    if (calendar && !this.oneTime) return { url, errors: { name: undefined, email: undefined } };
    return personalise(url, answers, !calendar, this.m);
  }

  onOneTime = (on: boolean): void => {
    this.set({ oneTime: on, failure: undefined, notice: '' });
    // A booking calendar's link carries the personalisation, so it is made at copy time.
    if (on && this.target?.type === 'master-page') this.makeLink();
  };

  onPick = (event: Event): void => {
    const id = (event.target as HTMLSelectElement).value;
    const page = this.pages?.find((p) => p.id === id);
    this.picked = page ? targetOf('master-page', page.id, page.name ?? page.label, page.url) : undefined;
    this.set({ failure: undefined, oneTime: false });
  };

  onCopy = (): void => {
    const target = this.target;
    if (this.#copying || !target) return;
    // The link copied is the one for the page and customer shown at this click, whatever comes after.
    const answers = this.answers();
    const epoch = this.#epoch;
    const { url: shown, errors } = this.view(answers);
    if (errors.name || errors.email) {
      // Invalid answers block copying; the errors sit next to their fields.
      this.set({ touched: true, notice: this.m.fixFields });
      this.focusAfterUpdate(errors.name ? '#name' : '#email');
      return;
    }
    let text: string | Promise<string>;
    if (shown) text = shown;
    else if (this.oneTime) {
      text = this.#create(answers).then((link) => {
        // Moved on meanwhile (another page or customer, or closed): nothing is copied.
        if (epoch !== this.#epoch) throw new Error('Moved on.');
        const copyable =
          target.type === 'master-page' ? personalise(link.url, answers, true, this.m).url : link.url;
        if (!copyable) throw new Error('personalizeLink refused the link.');
        return copyable;
      });
    } else return;
    // Started synchronously, inside the click: the clipboard write keeps the user gesture.
    void this.#copy(text, epoch);
  };

  async #copy(text: string | Promise<string>, epoch: number): Promise<void> {
    this.#copying = true;
    this.set({ notice: '', failure: undefined });
    try {
      const copied = await copyText(text, async () => {
        await this.host.updateComplete;
        // Moved on meanwhile: no other link is selected and copied in its place.
        return epoch === this.#epoch ? this.host.renderRoot.querySelector<HTMLInputElement>('#link') : null;
      });
      if (epoch !== this.#epoch) return;
      if (!copied) {
        // Nothing could copy: the link stays selected and the user is told how to copy it.
        this.set({ notice: this.m.copyManually });
        return;
      }
      this.bridge.emit('oncelink-copy', copied);
      if (this.bridge.dialog.requestClose('copy')) {
        await this.host.updateComplete;
        this.bridge.announce(this.m.copied);
      } else {
        this.set({ notice: this.m.copied });
      }
    } catch (error) {
      if (epoch === this.#epoch) this.fail(error, true, () => this.onCopy());
    } finally {
      this.#copying = false;
    }
  }

  /** Forgets the link just shared and starts over with the prefilled customer, ready for the next one. */
  onNewLink = (): void => {
    const target = this.target;
    if (!target) return;
    this.links.forget(target);
    this.name = this.host.customerName ?? '';
    this.email = this.host.customerEmail ?? '';
    this.set({ touched: false, notice: '', failure: undefined });
    if (target.type === 'master-page') this.makeLink();
    this.focusAfterUpdate(this.personalize ? '#name' : '[data-autofocus]');
  };

  /** Draws the dialog's body and footer after its header, with lit-html (which comes with this code). */
  render(dialog: HTMLDialogElement): void {
    render(renderPopup(this, this.m), dialog, { host: this.host });
  }
}
