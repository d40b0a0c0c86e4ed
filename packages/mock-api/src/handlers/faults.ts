// Fault injection: added latency and a queue of the next requests' failures, per mock instance.

export type Fault = { kind: 'fail'; status: number } | { kind: 'malform' } | { kind: 'drop' };

export class Faults {
  latencyMs = 0;
  private queue: Fault[] = [];

  push(count: number, fault: Fault): void {
    if (!Number.isInteger(count) || count < 1 || count > 10_000) {
      throw new RangeError(`The number of requests to affect must be an integer from 1 to 10000, got ${String(count)}.`);
    }
    for (let i = 0; i < count; i++) this.queue.push(fault);
  }

  /** The fault for the request being answered now, if one is queued. */
  take(): Fault | undefined {
    return this.queue.shift();
  }

  pending(): number {
    return this.queue.length;
  }

  reset(): void {
    this.latencyMs = 0;
    this.queue = [];
  }
}
