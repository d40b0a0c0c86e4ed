// One click, one link: makes the one-time link for a target and answers once, remembers it, forgets it for the next customer or page.
import type { OneTimeLink } from '@oncelink/sdk';
import type { EmitFrom } from '../emit.js';
import type { OnceLinkTarget } from '../events.js';
import { safeHttpUrl } from '../safe-url.js';
import type { ShareClient } from './client.js';
import { UnsafeLinkError } from './describe-error.js';

/** A page or calendar as the pop-up shows it. */
export interface Target extends OnceLinkTarget {
  name: string;
  url: string | undefined;
}

/** The customer's answers that a link is made and personalised with. */
export interface Answers {
  personalize: boolean;
  name: string;
  email: string;
  showForm: boolean;
}

/**
 * Which link a request makes: one per master page (personalised afterwards, in the URL); per
 * calendar and booking-form answers (which go to the API with the link). The one place this is decided.
 */
function keyOf(target: OnceLinkTarget, answers?: Answers): string {
  const form =
    answers && target.type === 'booking-calendar' && answers.personalize
      ? `${answers.name.trim()}\n${answers.email.trim()}`
      : '';
  return `${target.type}:${target.id}\n${form}`;
}

export class LinkMaker {
  #pending = new Map<string, Promise<OneTimeLink>>();
  #done = new Map<string, OneTimeLink>();
  #host: HTMLElement & { requestUpdate(): void };
  #emit: EmitFrom;

  constructor(host: HTMLElement & { requestUpdate(): void }, emit: EmitFrom) {
    this.#host = host;
    this.#emit = emit;
  }

  /** The link made for this target and these answers, if it has arrived. */
  peek(target: OnceLinkTarget, answers: Answers): OneTimeLink | undefined {
    return this.#done.get(keyOf(target, answers));
  }

  /** Whether a link is being made now. */
  get creating(): boolean {
    return [...this.#pending.keys()].some((key) => !this.#done.has(key));
  }

  /**
   * The link for this target and these answers: the one already made or being made, otherwise one
   * new API call. Fires `oncelink-link-created` once per link. A failed call is forgotten, so Retry asks again.
   */
  make(client: ShareClient, target: Target, answers: Answers): Promise<OneTimeLink> {
    const key = keyOf(target, answers);
    let made = this.#pending.get(key);
    if (made) return made;
    const bookingForm = answers.personalize
      ? { name: answers.name.trim(), email: answers.email.trim() }
      : undefined;
    made = (async () => {
      const link =
        target.type === 'master-page'
          ? await client.masterPages.createOneTimeLink(target.id)
          : await client.bookingCalendars.createOneTimeLink(target.id, {
              hide_url_params: true,
              ...(bookingForm ? { booking_form: bookingForm } : {}),
            });
      if (!safeHttpUrl(link.url))
        throw new UnsafeLinkError('The API answered a link that is not an http(s) URL.');
      // Forgotten meanwhile (another page or customer, or closed): kept out of the cache.
      if (this.#pending.get(key) === made) this.#done.set(key, link);
      this.#emit('oncelink-link-created', { link, target: { type: target.type, id: target.id } });
      return link;
    })();
    this.#pending.set(key, made);
    made.then(
      () => this.#host.requestUpdate(),
      () => {
        if (this.#pending.get(key) === made) this.#pending.delete(key);
        this.#host.requestUpdate();
      },
    );
    this.#host.requestUpdate();
    return made;
  }

  /** Forgets the links of `target` (every link without one), so the next `make` makes a new one. */
  forget(target?: OnceLinkTarget): void {
    const prefix = target ? keyOf(target) : '';
    for (const map of [this.#pending, this.#done]) {
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    }
  }
}
