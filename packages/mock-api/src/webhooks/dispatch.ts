// Delivers booking events to webhook subscriptions: signed, retried, and recorded for inspection.
import { isoSeconds } from '../state/clock.js';
import { newEventId } from '../state/ids.js';
import type { BookingRecord } from '../state/records.js';
import type { BookingEventType } from '../state/events.js';
import type { Store } from '../state/store.js';
import { bookingWire } from '../state/wire.js';
import { signatureHeader } from './sign.js';
import { waitUnlessAborted } from '../wait.js';
import { errorMessage } from '../error-message.js';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  /** The raw JSON body; the signature covers exactly these characters. */
  body: string;
}

/** Sends one delivery attempt; resolves to the HTTP status, rejects on a network failure. */
export type WebhookSender = (request: WebhookRequest) => Promise<{ status: number }>;

export interface WebhookAttempt {
  at: string;
  /** HTTP status, or undefined when the request failed before an answer. */
  status?: number;
  error?: string;
}

export interface WebhookDelivery {
  webhookId: string;
  eventId: string;
  type: BookingEventType;
  url: string;
  body: string;
  attempts: WebhookAttempt[];
  /**
   * `stopped`: no more attempts, because the subscription was deleted, or the fake was reset
   * or closed, before the event got through.
   */
  state: 'pending' | 'delivered' | 'failed' | 'stopped';
}

export interface DispatcherOptions {
  sender?: WebhookSender | undefined;
  /** Waits before each retry, in ms; its length is the number of retries. Default [1000, 5000, 25000]. */
  retryDelays?: readonly number[] | undefined;
}

export const defaultSender: WebhookSender = async ({ url, headers, body }) => {
  // A redirect is an answer (non-2xx, so retried), never followed: following would post the
  // signed event to whatever host it names, or turn it into a GET with no body.
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  // Read and drop the answer so the connection can be reused.
  await res.arrayBuffer().catch(() => undefined);
  return { status: res.status };
};

export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly sender: WebhookSender;
  private readonly retryDelays: readonly number[];
  private store: Store | undefined;
  /** Aborted by reset() and stop(): deliveries begun before it make no more attempts. */
  private stopping = new AbortController();
  /** One per subscription with deliveries, aborted when it is deleted. */
  private readonly subscriptions = new Map<string, AbortController>();

  constructor(options: DispatcherOptions = {}) {
    this.sender = options.sender ?? defaultSender;
    this.retryDelays = options.retryDelays ?? [1000, 5000, 25_000];
    if (!Array.isArray(this.retryDelays) || !this.retryDelays.every((ms) => Number.isFinite(ms) && ms >= 0)) {
      throw new RangeError(
        `createMockApi: \`webhooks.retryDelays\` must be a list of milliseconds, each 0 or more; got ${JSON.stringify(this.retryDelays)}.`,
      );
    }
  }

  attach(store: Store): void {
    this.store = store;
  }

  /** Called by the state for every booking change; never blocks the request that caused it. */
  publish(type: BookingEventType, booking: BookingRecord): void {
    const store = this.store;
    if (!store) return;
    const created = store.clock.now();
    for (const w of store.webhooks.values()) {
      if (!w.events.includes(type)) continue;
      const event = {
        id: newEventId(),
        object: 'event',
        creation_time: isoSeconds(created),
        type,
        api_version: 'v2',
        data: bookingWire(store, booking),
      };
      const delivery: WebhookDelivery = {
        webhookId: w.id,
        eventId: event.id,
        type,
        url: w.url,
        body: JSON.stringify(event),
        attempts: [],
        state: 'pending',
      };
      this.deliveries.push(delivery);
      const stop = AbortSignal.any([this.stopping.signal, this.subscription(w.id).signal]);
      const run = this.deliver(delivery, w.secret, () => store.clock.now(), stop).finally(() =>
        this.inFlight.delete(run),
      );
      this.inFlight.add(run);
    }
  }

  private subscription(id: string): AbortController {
    let c = this.subscriptions.get(id);
    if (!c) this.subscriptions.set(id, (c = new AbortController()));
    return c;
  }

  /** The subscription is gone: its deliveries still waiting to retry end `stopped` now, not at their next attempt. */
  unsubscribed(id: string): void {
    this.subscriptions.get(id)?.abort();
    this.subscriptions.delete(id);
  }

  private async deliver(
    d: WebhookDelivery,
    secret: string,
    now: () => number,
    stop: AbortSignal,
  ): Promise<void> {
    for (let attempt = 0; attempt <= this.retryDelays.length; attempt++) {
      // Pending retries must not keep a test process alive.
      if (attempt > 0) await waitUnlessAborted(this.retryDelays[attempt - 1] ?? 0, stop, false);
      // A deleted subscription gets nothing more, nor does anyone once the fake is reset or closed.
      if (stop.aborted) {
        d.state = 'stopped';
        return;
      }
      const t = now();
      const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'OnceLink-Mock-Webhooks/1',
        'Oncehub-Signature': await signatureHeader(secret, d.body, Math.floor(t / 1000)),
      };
      try {
        const { status } = await this.sender({ url: d.url, headers, body: d.body });
        d.attempts.push({ at: isoSeconds(t), status });
        if (status >= 200 && status < 300) {
          d.state = 'delivered';
          return;
        }
      } catch (e) {
        d.attempts.push({ at: isoSeconds(t), error: errorMessage(e) });
      }
    }
    d.state = 'failed';
  }

  /** Resolves when every delivery started so far has succeeded or given up. */
  async settled(): Promise<void> {
    // Retry timers are unref'd; someone waiting for them must keep the process alive meanwhile.
    const keepAlive = setInterval(() => undefined, 1000);
    try {
      while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
    } finally {
      clearInterval(keepAlive);
    }
  }

  /** Forgets every delivery and stops those still retrying. */
  reset(): void {
    this.stop();
    this.deliveries.length = 0;
  }

  /** Stops every delivery still retrying (they end `stopped`); later events are delivered as usual. */
  stop(): void {
    this.stopping.abort();
    this.stopping = new AbortController();
    this.subscriptions.clear();
  }
}
