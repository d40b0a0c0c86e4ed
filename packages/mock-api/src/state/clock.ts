// The fake's clock: an injectable time source plus an offset tests can move forward.

export type TimeSource = () => Date | number;

export interface Clock {
  /** Milliseconds since the epoch, as the fake sees it. */
  now(): number;
  /** Moves the fake's time forward (or back, with a negative value). */
  advance(ms: number): void;
  /** Forgets every `advance`. */
  resetOffset(): void;
}

export function createClock(source: TimeSource = () => Date.now()): Clock {
  let offset = 0;
  return {
    now() {
      const t = source();
      return (typeof t === 'number' ? t : t.getTime()) + offset;
    },
    advance(ms) {
      if (!Number.isFinite(ms))
        throw new TypeError(`advance(ms) needs a finite number of milliseconds, got ${String(ms)}.`);
      offset += ms;
    },
    resetOffset() {
      offset = 0;
    },
  };
}

/** ISO 8601 in UTC without milliseconds, the way the API writes timestamps. */
export const isoSeconds = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
