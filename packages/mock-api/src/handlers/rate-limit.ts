// The account rate limit (5 requests per second per API key), counted on the fake's clock.

export interface RateLimitOptions {
  /** Requests allowed per second and API key; 5 like the real account limit. */
  perSecond?: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {
    if (!Number.isInteger(perSecond) || perSecond < 1) {
      throw new RangeError(`rateLimit.perSecond must be a positive integer, got ${String(perSecond)}.`);
    }
  }

  /** Counts a request; answers the seconds to wait when it is over the limit (and not counted). */
  hit(key: string): number | undefined {
    const t = this.now();
    const recent = (this.windows.get(key) ?? []).filter((at) => t - at < 1000);
    if (recent.length >= this.perSecond) {
      this.windows.set(key, recent);
      const oldest = recent[0] ?? t;
      return Math.max(1, Math.ceil((oldest + 1000 - t) / 1000));
    }
    recent.push(t);
    this.windows.set(key, recent);
    return undefined;
  }

  reset(): void {
    this.windows.clear();
  }
}
