// The master page or booking calendar the links go to: checked by id, one link per contact, and what a failure means.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  CreateOneTimeLinksError,
  InternalServerError,
  RateLimitError,
  ResponseValidationError,
  createOneTimeLinks,
  personalizeLink,
  type OnceLink,
  type OneTimeLink,
} from '@oncelink/sdk';
import { CliError, describeTarget, failureWords, printable, targetRefusal, type Target } from './errors.js';
import type { Contact } from './rows.js';

/** What a failed request means for the run. */
export type Failure =
  /** Never sent (stopped while it waited for the rate limiter): try again later. */
  | { kind: 'not-sent' }
  /** The key or the target was refused: stop at once, exit 2. */
  | { kind: 'refused'; error: CliError }
  /** The API cannot be reached or keeps refusing for now: stop, nothing was made for this row. */
  | { kind: 'halt'; reason: string }
  /** Sent, and no usable answer came back: the link may exist. */
  | { kind: 'unknown'; reason: string }
  /** This row only. */
  | { kind: 'row'; reason: string };

export class LinkTarget {
  constructor(
    readonly client: OnceLink,
    readonly target: Target,
    readonly showBookingForm: boolean,
  ) {}

  /** Reads the target by id: its name, and a note when links made now would not take bookings yet. */
  async check(): Promise<{ name: string; note?: string }> {
    const { client, target } = this;
    try {
      if (target.kind === 'masterPage') {
        const page = await client.masterPages.retrieve(target.id);
        const name = printable(page.name ?? page.id);
        if (page.active === false)
          return {
            name,
            note: `${describeTarget(target)} is not active: links made now open a "not available" page until it is.`,
          };
        return { name };
      }
      const calendar = await client.bookingCalendars.retrieve(target.id);
      if (calendar.published === false) {
        throw new CliError(
          `${describeTarget(target)} is not published. One-time links are only available for published booking calendars; nothing was made.`,
        );
      }
      return { name: printable(calendar.name ?? calendar.id) };
    } catch (e) {
      throw targetRefusal(e, target) ?? e;
    }
  }

  /**
   * One link for one contact. `signal` ends only the wait for the rate limiter (and for a retry
   * after a 429): a request already sent always finishes, so its link is never lost.
   */
  async make(contact: Contact, signal: AbortSignal): Promise<OneTimeLink> {
    const { client, target } = this;
    // createOneTimeLinks with a count of 1: the SDK's own paced, never-retried-twice creation,
    // whose signal stops only what has not been sent.
    const spec =
      target.kind === 'masterPage'
        ? { masterPage: target.id }
        : {
            bookingCalendar: target.id,
            body: { hide_url_params: true, booking_form: { name: contact.name, email: contact.email } },
          };
    const [link] = await createOneTimeLinks(client, spec, 1, { signal });
    if (!link) throw new Error('createOneTimeLinks resolved without a link.');
    return link;
  }

  /** The link to hand the contact: personalised in the URL for a master page; as made for a calendar. */
  present(url: string, contact: Contact): string {
    if (this.target.kind === 'masterPage')
      return personalizeLink(url, { ...contact, showBookingForm: this.showBookingForm });
    if (!this.showBookingForm) return url;
    const shown = new URL(url);
    shown.searchParams.set('skip', '0');
    return shown.href;
  }

  /** What a failure of `make` means for the row and for the run. */
  classify(error: unknown): Failure {
    const cause = error instanceof CreateOneTimeLinksError ? error.cause : error;
    if (cause instanceof APIUserAbortError) return { kind: 'not-sent' };
    const refused = targetRefusal(cause, this.target);
    if (refused) return { kind: 'refused', error: refused };
    if (cause instanceof RateLimitError)
      return { kind: 'halt', reason: `the API kept answering 429 (rate limited) after every retry` };
    if (cause instanceof APIConnectionTimeoutError)
      return { kind: 'unknown', reason: 'sent, but no answer came in time' };
    if (cause instanceof APIConnectionError) {
      return neverSent(cause)
        ? {
            kind: 'halt',
            reason: `cannot reach the API at ${this.client.baseURL} (${failureWords(cause)}, ${neverSent(cause)})`,
          }
        : { kind: 'unknown', reason: 'sent, but the connection dropped before the answer' };
    }
    if (cause instanceof InternalServerError)
      return {
        kind: 'unknown',
        reason: `sent, and the API answered ${cause.status}: it may have made the link`,
      };
    if (cause instanceof ResponseValidationError)
      return { kind: 'unknown', reason: 'sent, and the answer could not be read' };
    if (cause instanceof APIError) return { kind: 'row', reason: failureWords(cause) };
    throw cause;
  }
}

/** The system error code when a connection failed before anything was sent (refused, no such host). */
function neverSent(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = 'code' in e ? e.code : undefined;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return code;
    e = 'cause' in e ? e.cause : undefined;
  }
  return undefined;
}
