// Fault injection: added latency and a queue of the next requests' failures, per mock instance.
import { waitUnlessAborted } from '../wait.js';

export type Fault = { kind: 'fail'; status: number } | { kind: 'malform' } | { kind: 'drop' };

export class Faults {
  latencyMs = 0;
  private queue: Fault[] = [];
  /** Aborted by reset(): requests still held by latency then end. */
  private era = new AbortController();

  push(count: number, fault: Fault): void {
    if (!Number.isInteger(count) || count < 1 || count > 10_000) {
      throw new RangeError(
        `The number of requests to affect must be an integer from 1 to 10000, got ${String(count)}.`,
      );
    }
    for (let i = 0; i < count; i++) this.queue.push(fault);
  }

  /** The fault for a request arriving now, if one is queued: faults go in order of arrival. */
  take(): Fault | undefined {
    return this.queue.shift();
  }

  pending(): number {
    return this.queue.length;
  }

  /**
   * Holds a request that has just arrived for the added latency. Resolves true when it may be
   * answered, false when reset() came first: the request then belongs to a state that is gone.
   */
  hold(): Promise<boolean> {
    return this.latencyMs === 0 ? Promise.resolve(true) : waitUnlessAborted(this.latencyMs, this.era.signal);
  }

  reset(): void {
    this.latencyMs = 0;
    this.queue = [];
    this.era.abort();
    this.era = new AbortController();
  }
}
