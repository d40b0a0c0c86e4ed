// Test support: the fake link API in msw's service worker, reached through the real proxy at /api/oncehub.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createMockApi, DEMO_API_KEY } from '@oncelink/mock-api';
import { createProxyHandler } from '@oncelink/sdk/proxy';

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
}
/** Every API request of the current test, in order. */
export const sent: SentRequest[] = [];

export const worker = setupWorker(...mock.handlers, http.all(`${API_BASE}/*`, ({ request }) => proxy(request)));
worker.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (url.origin !== API_ORIGIN) return;
  sent.push({ method: request.method, path: url.pathname.replace(/^\/v2/, ''), body: request.clone().text() });
});

/** The POSTs that asked for a one-time link in this test. */
export const linkRequests = (): SentRequest[] => sent.filter((r) => r.method === 'POST');

/**
 * Hooks for a test file: starts the worker once, puts the fake back to its seed after each test,
 * and turns DOM nodes in a failed assertion into strings (the runner hangs trying to send them).
 */
export function useFakeApi(): void {
  before(async () => {
    await worker.start({
      quiet: true,
      onUnhandledRequest(request, print) {
        const url = new URL(request.url);
        // The runner's own module and socket traffic is not ours to judge; API calls are.
        if (url.origin !== location.origin || url.pathname.startsWith('/api/')) print.error();
      },
    });
  });
  afterEach(function () {
    worker.resetHandlers();
    mock.control.reset();
    sent.length = 0;
    const err = this.currentTest?.err;
    if (err) {
      if (err.actual instanceof Node) err.actual = describeNode(err.actual);
      if (err.expected instanceof Node) err.expected = describeNode(err.expected);
    }
  });
  after(() => worker.stop());
}

function describeNode(node: Node): string {
  return node instanceof Element ? node.outerHTML.slice(0, 300) : String(node.textContent);
}
