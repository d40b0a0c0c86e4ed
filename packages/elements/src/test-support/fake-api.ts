// Test support: the fake link API in msw's service worker, reached through the real proxy at /api/oncehub.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createMockApi, DEMO_API_KEY } from '@oncelink/mock-api';
import { createProxyHandler } from '@oncelink/sdk/proxy';
import { loadPopup } from '../share/load-popup.js';

/** Where the element's `api-base` points: a proxy made with createProxyHandler, as a host page would mount it. */
export const API_BASE = '/api/oncehub';
export const API_ORIGIN = 'https://api.oncehub.com';

export const mock = createMockApi();
const proxy = createProxyHandler({ apiKey: DEMO_API_KEY });

/** A request as it reached the fake API (behind the proxy). */
export interface SentRequest {
  method: string;
  path: string;
  body: Promise<string>;
  /** Resolves once the fake has answered it (or dropped it). */
  answered: Promise<void>;
}
/** Every API request of the current test, in order. */
export const sent: SentRequest[] = [];

export const worker = setupWorker(
  ...mock.handlers,
  http.all(`${API_BASE}/*`, ({ request }) => proxy(request)),
);

// Requests the worker has begun and not yet answered, this test's or one a removed element left behind.
let inFlight = 0;
const answering = new Map<string, () => void>();
worker.events.on('request:start', ({ request, requestId }) => {
  inFlight++;
  const url = new URL(request.url);
  if (url.origin !== API_ORIGIN) return;
  const answered = new Promise<void>((resolve) => answering.set(requestId, resolve));
  sent.push({
    method: request.method,
    path: url.pathname.replace(/^\/v2/, ''),
    body: request.clone().text(),
    answered,
  });
});
const ended = ({ requestId }: { requestId: string }): void => {
  inFlight--;
  answering.get(requestId)?.();
  answering.delete(requestId);
};
worker.events.on('request:end', ended);
worker.events.on('unhandledException', ended);

/**
 * Waits until the fake has answered every request sent so far, then gives the answers time to
 * travel back through the service worker and the element time to render what it made of them.
 * A test that asserts something did not happen waits for this rather than for a fixed time.
 */
export async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  // Every request sent is counted in flight until the fake has answered it.
  await quiet(10_000);
  await new Promise((resolve) => setTimeout(resolve, 100));
  await el.updateComplete;
}

/**
 * Waits, at most `ms`, until nothing has been in flight for `calmMs`: a request sent by an
 * element just removed can reach the worker a little later.
 */
async function quiet(ms: number, calmMs = 30): Promise<void> {
  const end = performance.now() + ms;
  let calmSince = performance.now();
  while (performance.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (inFlight > 0) calmSince = performance.now();
    else if (performance.now() - calmSince >= calmMs) return;
  }
}

/** The POSTs that asked for a one-time link in this test. */
export const linkRequests = (): SentRequest[] => sent.filter((r) => r.method === 'POST');

/**
 * Hooks for a test file: starts the worker once, puts the fake back to its seed after each test,
 * and turns DOM nodes in a failed assertion into strings (the runner hangs trying to send them).
 */
export function useFakeApi({ preload = true } = {}): void {
  before(async () => {
    // The pop-up's code, fetched once up front as a page's idle time fetches it: the test server
    // transforms the SDK, ky and zod module by module on first request, which on a busy machine
    // takes longer than a test waits. Its loading paths have their own tests (share.lazy.test.ts).
    if (preload) await loadPopup();
    await worker.start({
      quiet: true,
      onUnhandledRequest(request, print) {
        const url = new URL(request.url);
        // The runner's own module and socket traffic is not ours to judge; API calls are.
        if (url.origin !== location.origin || url.pathname.startsWith('/api/')) print.error();
      },
    });
  });
  afterEach(async function () {
    const err = this.currentTest?.err;
    if (err) {
      if (err.actual instanceof Node) err.actual = describeNode(err.actual);
      if (err.expected instanceof Node) err.expected = describeNode(err.expected);
    }
    worker.resetHandlers();
    // The reset ends what the fake still holds; once the rest has drained, a second one clears
    // whatever a late request changed, so nothing of this test reaches the next one. A request
    // dropped by the reset may come back as the SDK's retry, half a second or so later.
    const leftInFlight = inFlight > 0;
    mock.control.reset();
    await quiet(5000, leftInFlight ? 1200 : 30);
    mock.control.reset();
    sent.length = 0;
  });
  after(() => worker.stop());
}

function describeNode(node: Node): string {
  return node instanceof Element ? node.outerHTML.slice(0, 300) : String(node.textContent);
}
