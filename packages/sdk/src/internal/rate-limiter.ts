// Client-side limiter: at most N requests in any one-second window as the server counts them, granted in order.
import { OnceLinkError } from '../core/errors.js';
import type { Clock } from '../core/clock.js';

/** Call when the request's answer (or failure) is in: its slot frees one window later. */
export type Release = () => void;

interface Waiter {
  grant(release: Release): void;
}

export class RateLimiter {
  /** Requests per window: the rate rounded down, at least 1 (0.5 per second is 1 per 2 s). */
  readonly #size: number;
  /** Milliseconds a finished request keeps its slot: 1000 for a whole rate, longer below 1 per second. */
  readonly #window: number;
  readonly #clock: Clock;
  /**
   * One entry per request in the current window: when it finished, or undefined while it is in
   * flight. The server counts a request when it arrives, which may be any time before the answer
   * comes back, so a slot is only free a window after the answer: counting from the start
   * instead let a slow first request land within a second of the sixth (the fake answered 429).
   */
  #slots: Array<{ end: number | undefined }> = [];
  /** Callers waiting for a slot, first come first served; an aborted one leaves at once. */
  readonly #queue: Waiter[] = [];
  /** The one pending wait for the earliest finished slot to expire (a fake clock then never jumps twice). */
  #timer: AbortController | undefined;

  constructor(perSecond: number, clock: Clock) {
    if (!(perSecond > 0)) {
      throw new OnceLinkError(
        `maxRequestsPerSecond must be a number above 0 (or Infinity to turn the limiter off); got ${perSecond}.`,
      );
    }
    this.#size = Math.max(1, Math.floor(perSecond));
    this.#window = (1000 * this.#size) / perSecond;
    this.#clock = clock;
  }

  /** Resolves when a request may start; rejects with the signal's reason if it aborts while queued. */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (this.#size === Infinity) return Promise.resolve(() => undefined);
    return new Promise<Release>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        this.#queue.splice(this.#queue.indexOf(waiter), 1);
        reject(signal?.reason);
        this.#pump();
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
      this.#pump();
    });
  }

  /** Grants every free slot in queue order, then waits for the earliest finished slot to expire. */
  #pump(): void {
    const now = this.#clock.now();
    this.#slots = this.#slots.filter((s) => s.end === undefined || s.end > now - this.#window);
    for (let waiter = this.#queue[0]; waiter && this.#slots.length < this.#size; waiter = this.#queue[0]) {
      this.#queue.shift();
      const slot: { end: number | undefined } = { end: undefined };
      this.#slots.push(slot);
      waiter.grant(() => {
        slot.end ??= this.#clock.now();
        this.#pump();
      });
    }
    if (this.#queue.length === 0) {
      this.#timer?.abort();
      this.#timer = undefined;
      return;
    }
    // A slot released while the timer runs ends now, so it never expires before the one waited
    // for. With every slot in flight there is nothing to wait for: the first release pumps again.
    const ends = this.#slots.flatMap((s) => (s.end === undefined ? [] : [s.end]));
    if (this.#timer || ends.length === 0) return;
    const earliest = Math.min(...ends);
    const timer = new AbortController();
    this.#timer = timer;
    this.#clock.sleep(earliest + this.#window - now, timer.signal).then(
      () => {
        if (this.#timer !== timer) return;
        this.#timer = undefined;
        this.#pump();
      },
      () => undefined,
    );
  }
}
