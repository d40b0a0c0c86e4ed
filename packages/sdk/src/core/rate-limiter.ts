// Client-side limiter: at most N request starts in any one-second window, granted in order.
import { OnceLinkError } from './errors.js';
import type { Clock } from './clock.js';

export class RateLimiter {
  readonly #perSecond: number;
  readonly #clock: Clock;
  /** Start times of the requests in the current window, oldest first. */
  readonly #starts: number[] = [];
  #queue: Promise<void> = Promise.resolve();

  constructor(perSecond: number, clock: Clock) {
    if (!(perSecond > 0)) {
      throw new OnceLinkError(`maxRequestsPerSecond must be a number above 0 (or Infinity to turn the limiter off); got ${perSecond}.`);
    }
    this.#perSecond = perSecond;
    this.#clock = clock;
  }

  /** Resolves when a request may start; rejects with the signal's reason if it aborts while queued. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (this.#perSecond === Infinity) return Promise.resolve();
    const turn = this.#queue.then(() => this.#waitForSlot(signal));
    // The next caller waits for this one's turn, whether or not it was aborted.
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #waitForSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const now = this.#clock.now();
      while (this.#starts.length > 0 && (this.#starts[0] ?? 0) <= now - 1000) this.#starts.shift();
      if (this.#starts.length < this.#perSecond) {
        this.#starts.push(now);
        return;
      }
      await this.#clock.sleep((this.#starts[0] ?? now) + 1000 - now, signal);
    }
  }
}
