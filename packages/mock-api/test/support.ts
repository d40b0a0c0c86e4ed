// Test helpers: a fresh fake behind msw's setupServer, and a small fetch wrapper for its API.
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { DEMO_API_KEY, createMockApi, type MockApi, type MockApiOptions } from '../src/index.js';
import './no-bugs.js';

export const BASE = 'https://api.oncehub.com/v2';

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Calls the fake's API with the demo key unless `apiKey` says otherwise. */
export async function call<T = unknown>(
  method: string,
  path: string,
  init: { body?: unknown; rawBody?: string; apiKey?: string | null; base?: string } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (init.apiKey !== null) headers['API-Key'] = init.apiKey ?? DEMO_API_KEY;
  let body: string | undefined;
  if (init.rawBody !== undefined) body = init.rawBody;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${init.base ?? BASE}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

/**
 * Installs msw with a fresh fake for the test file; `mock()` is reset before each test
 * (pass `options` to change how the fake is made).
 */
export function useMockApi(options: MockApiOptions = {}): () => MockApi {
  let mock = createMockApi(options);
  const server = setupServer(...mock.handlers);
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock = createMockApi(options);
    server.resetHandlers(...mock.handlers);
  });
  after(() => server.close());
  return () => mock;
}

export interface ErrorShape {
  type: string;
  message: string;
  param?: string;
}

/** A Monday at 08:00 UTC: slots open from 09:00 the same day. */
export const MONDAY = Date.parse('2026-11-23T08:00:00Z');

/** Posts a urlencoded form, as a browser submits a hosted page's form. */
export const postForm = (url: string, fields: Record<string, string>): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

/** The start times a hosted page offers, in page order. */
export const slotsIn = (html: string): string[] =>
  [...html.matchAll(/name="start_time" value="([^"]+)"/g)].map((m) => m[1] ?? '');

/** Polls `check` every 10 ms until it holds, failing with `what` after `ms`: no fixed sleeps that a slow machine outlasts. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out after ${ms} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
