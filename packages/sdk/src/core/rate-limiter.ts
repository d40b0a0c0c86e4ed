// Client-side limiter: at most N requests in any one-second window as the server counts them, granted in order.
import { OnceLinkError } from './errors.js';
import type { Clock } from './clock.js';

/** Call when the request's answer (or failure) is in: its slot frees one second later. */
export type Release = () => void;

export class RateLimiter {
  readonly #perSecond: number;
  readonly #clock: Clock;
  /**
   * One entry per request in the current window: when it finished, or undefined while it is in
   * flight. The server counts a request when it arrives, which may be any time before the answer
   * comes back, so a slot is only free a second after the answer: counting from the start
   * instead let a slow first request land within a second of the sixth (the fake answered 429).
   */
  readonly #slots: Array<{ end: number | undefined }> = [];
  #queue: Promise<unknown> = Promise.resolve();
  #wake: (() => void) | undefined;

  constructor(perSecond: number, clock: Clock) {
    if (!(perSecond > 0)) {
      throw new OnceLinkError(`maxRequestsPerSecond must be a number above 0 (or Infinity to turn the limiter off); got ${perSecond}.`);
    }
    this.#perSecond = perSecond;
    this.#clock = clock;
  }

  /** Resolves when a request may start; rejects with the signal's reason if it aborts while queued. */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (this.#perSecond === Infinity) return Promise.resolve(() => undefined);
    const turn = this.#queue.then(() => this.#waitForSlot(signal));
    // The next caller waits for this one's turn, whether or not it was aborted.
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #waitForSlot(signal?: AbortSignal): Promise<Release> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const now = this.#clock.now();
      for (let i = this.#slots.length - 1; i >= 0; i--) {
        const end = this.#slots[i]?.end;
        if (end !== undefined && end <= now - 1000) this.#slots.splice(i, 1);
      }
      if (this.#slots.length < this.#perSecond) {
        const slot: { end: number | undefined } = { end: undefined };
        this.#slots.push(slot);
        return () => {
          slot.end ??= this.#clock.now();
          this.#wake?.();
        };
      }
      // A request still in flight may free nothing for a while: wait for it to finish first, then
      // for the earliest finished slot to expire (a fake clock in tests then never jumps twice).
      const ends = this.#slots.flatMap((s) => (s.end === undefined ? [] : [s.end]));
      if (ends.length < this.#slots.length) await this.#released(signal);
      else await this.#clock.sleep(Math.min(...ends) + 1000 - now, signal);
      this.#wake = undefined;
    }
  }

  /** Resolves when a request in flight finishes; rejects with the signal's reason if it aborts first. */
  #released(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
    });
  }
}
