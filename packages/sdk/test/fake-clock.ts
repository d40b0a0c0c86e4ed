// A test clock that never waits: sleeping advances `now`; shared by the SDK's tests (no msw set up here).
import type { Clock } from '../src/index.js';

/** A clock that never waits: sleeping advances `now` and records how long was asked for. */
export class FakeClock implements Clock {
  readonly start = Date.UTC(2026, 0, 1);
  time = this.start;
  readonly sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  random(): number {
    return 0.5;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.time += ms;
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw signal.reason;
  }
}
