// The API's rate limits: 5 requests per second for the account, and (when asked for) 200 per 5 minutes per client address.

export interface RateLimitOptions {
  /** Requests allowed per second for the account (every key of the fake shares it); 5 like the real limit. */
  perSecond?: number | undefined;
  /**
   * The per-address limit: `true` for the real one (200 requests per 5 minutes), or your own
   * numbers. Off unless set. Over HTTP (`createMockServer`) the address is the client's; in msw
   * every request comes from one address, as the test process does.
   */
  perIp?: boolean | { requests?: number | undefined; windowSeconds?: number | undefined } | undefined;
}

/** A sliding window: at most `limit` requests per `windowMs` per key. */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  /** `names`: the options the limit and the window come from, for the error that refuses them. */
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number,
    names: { limit: string; window?: string } = { limit: 'the limit' },
  ) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(
        `createMockApi: ${names.limit} must be a positive whole number of requests, got ${String(limit)}.`,
      );
    }
    if (!Number.isInteger(windowMs) || windowMs < 1000) {
      throw new RangeError(
        `createMockApi: ${names.window ?? 'the window'} must be a whole number of seconds of at least 1, got ${String(windowMs / 1000)}.`,
      );
    }
  }

  /** Counts a request; answers the seconds to wait when it is over the limit (and not counted). */
  hit(key: string): number | undefined {
    const t = this.now();
    const recent = (this.windows.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.windows.set(key, recent);
      const oldest = recent[0] ?? t;
      return Math.max(1, Math.ceil((oldest + this.windowMs - t) / 1000));
    }
    recent.push(t);
    this.windows.set(key, recent);
    return undefined;
  }

  reset(): void {
    this.windows.clear();
  }
}

/** The limiters of one fake: undefined where `rateLimit` leaves that limit off. */
export interface Limiters {
  perAccount: RateLimiter | undefined;
  perIp: RateLimiter | undefined;
}

/**
 * The time the limits count on: the fake's clock, but never slower than real time. A jump of the
 * clock (a test's `now`, `advanceTime`) moves the windows as far; a frozen or slow `now` still
 * lets real seconds pass, so a `Retry-After` is true and a 429 always clears.
 */
export function limitTime(clock: () => number, real: () => number = () => performance.now()): () => number {
  let t = clock();
  let lastClock = t;
  let lastReal = real();
  return () => {
    const c = clock();
    const r = real();
    t += Math.max(c - lastClock, r - lastReal, 0);
    lastClock = c;
    lastReal = r;
    return t;
  };
}

/** The limiters `rateLimit` asks for: the account's (5/s) when it is set at all, per address when `perIp` is. */
export function createLimiters(option: boolean | RateLimitOptions | undefined, now: () => number): Limiters {
  if (!option) return { perAccount: undefined, perIp: undefined };
  const options: RateLimitOptions = option === true ? {} : option;
  const perAccount = new RateLimiter(options.perSecond ?? 5, 1000, now, { limit: '`rateLimit.perSecond`' });
  const ip = options.perIp === true ? {} : options.perIp;
  const names = { limit: '`rateLimit.perIp.requests`', window: '`rateLimit.perIp.windowSeconds`' };
  const perIp = ip
    ? new RateLimiter(ip.requests ?? 200, (ip.windowSeconds ?? 300) * 1000, now, names)
    : undefined;
  return { perAccount, perIp };
}

/**
 * Client addresses of the requests the HTTP server hands to the handlers. msw passes the same
 * Request object through to the resolver, so a weak map carries the address without a header
 * that a client could forge.
 */
const clientAddresses = new WeakMap<Request, string>();

export function setClientAddress(request: Request, address: string): void {
  clientAddresses.set(request, address);
}

/** The request's client address; in msw, where there is none, every request shares one. */
export function clientAddressOf(request: Request): string {
  return clientAddresses.get(request) ?? 'in-process';
}
