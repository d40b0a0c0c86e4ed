// @oncelink/sdk/proxy: a fetch-style handler that lets a browser reach a few API routes without ever holding the key.
import { DEFAULT_BASE_URL, checkBaseURL } from '../internal/base-url.js';
import { maxTimeout } from '../core/clock.js';
import { OnceLinkError } from '../core/errors.js';
import { checkApiKey } from '../internal/headers.js';
import { readCapped } from '../internal/read-capped.js';
import { errorMessage } from '../internal/error-message.js';
import { RedirectRefused, send } from '../internal/transport.js';
import { defaultAllow, matchRoute, parseRule } from './routes.js';
import type { ErrorBody } from '../schemas/error-body.js';

export {
  toNodeHandler,
  type FetchHandler,
  type NodeHandler,
  type NodeHandlerOptions,
  type NodeRefusal,
  type NodeRequestContext,
} from './node.js';

export interface ProxyOptions {
  /**
   * The account's API key; added to every forwarded request, never sent back. Missing or empty
   * (a build machine without runtime secrets), the handler is still made, and answers every
   * request with a 500 asking for `ONCEHUB_API_KEY` until the server runs with a key.
   */
  apiKey: string | undefined;
  /** The API to forward to; defaults to the real one. */
  baseURL?: string | undefined;
  /**
   * Routes the browser may use, as 'METHOD /path/:id'. Default: listing and reading master pages
   * and booking calendars and creating one-time links on them. Anything else answers 403.
   */
  allow?: readonly string[] | undefined;
  /**
   * Milliseconds the API has to answer, body included, before the proxy gives up with a 504;
   * default 30 000, at most 2^31 - 1. A stalled upstream then never holds a connection of your server open.
   */
  timeout?: number | undefined;
}

const maxBodyBytes = 64 * 1024;
/** Request headers passed upstream; everything else (cookies, a browser-sent API-Key) stays behind. */
const forwardedRequestHeaders = ['content-type', 'accept'];
/** Response headers passed back; the upstream `Link` header is not (its URLs point past the proxy). */
const forwardedResponseHeaders = ['content-type', 'request-id', 'retry-after'];

const missingKeyMessage =
  'The OnceLink proxy has no API key: set the ONCEHUB_API_KEY environment variable on the server (passed to createProxyHandler as apiKey) and restart it.';

function errorResponse(status: number, type: string, message: string): Response {
  return Response.json({ type, message } satisfies ErrorBody, { status });
}

/**
 * A standard `(request: Request) => Promise<Response>` for Node's http (via a small adapter),
 * Express, Hono, Next.js route handlers or any fetch-style server. It reads the API route
 * from the end of the request path (`/api/oncehub/master-pages` means `GET /master-pages`),
 * passes the query string through, and adds the key server-side.
 */
export function createProxyHandler(options: ProxyOptions): (request: Request) => Promise<Response> {
  if (typeof options !== 'object' || options === null) {
    throw new OnceLinkError(
      'createProxyHandler: pass an options object, e.g. `{ apiKey: process.env.ONCEHUB_API_KEY }`.',
    );
  }
  // Missing is reported per request, not here: `next build` and image builds load route modules
  // without runtime secrets, and a throw at load time would stop the build.
  const apiKey = options.apiKey === null || options.apiKey === '' ? undefined : options.apiKey;
  if (apiKey !== undefined) checkApiKey('createProxyHandler: ', apiKey);
  const timeout = options.timeout ?? 30_000;
  if (typeof timeout !== 'number' || !(timeout > 0) || !(timeout <= maxTimeout)) {
    throw new OnceLinkError(
      `createProxyHandler: \`timeout\` must be a finite number of milliseconds above 0 and at most ${maxTimeout} (about 24.8 days); got ${String(timeout)}.`,
    );
  }
  const baseURL = checkBaseURL(options.baseURL ?? DEFAULT_BASE_URL, 'createProxyHandler: `baseURL`');
  // Longest rules first, so '/master-pages/:id' is not read as a shorter rule ending the same way.
  const rules = (options.allow ?? defaultAllow)
    .map(parseRule)
    .sort((a, b) => b.segments.length - a.segments.length);

  let missingKeyLogged = false;
  return async function oncelinkProxy(request: Request): Promise<Response> {
    if (apiKey === undefined) {
      if (!missingKeyLogged) {
        missingKeyLogged = true;
        console.error(`oncelink proxy: ${missingKeyMessage} Every request answers 500 until then.`);
      }
      return errorResponse(500, 'api_error', missingKeyMessage);
    }
    const url = new URL(request.url);
    const route = matchRoute(rules, request.method, url.pathname);
    if (route === undefined) {
      return errorResponse(
        403,
        'invalid_request_error',
        `This proxy does not forward ${request.method} requests to this path. Add the route to createProxyHandler's allow list if the browser needs it.`,
      );
    }
    const headers = new Headers();
    for (const name of forwardedRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    headers.set('API-Key', apiKey);
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      body = await readCapped(request, maxBodyBytes);
      if (body === undefined) {
        return errorResponse(413, 'invalid_request_error', `The request body is over ${maxBodyBytes} bytes.`);
      }
    }
    // Not ky's timeout, which ends when the headers are in: this one also ends a body that stalls half-way.
    const deadline = AbortSignal.timeout(timeout);
    let upstream: Response;
    try {
      upstream = await send(`${baseURL}/${route}${url.search}`, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.any([request.signal, deadline]),
        timeout: false,
        // The browser's client retries what is safe to retry; a proxy that retried too would multiply them.
        retry: 0,
        throwHttpErrors: false,
      });
    } catch (error) {
      // Logged for the operator (no key, no body in it); the browser gets a plain 504 or 502.
      if (error instanceof RedirectRefused) {
        console.error(`oncelink proxy: ${request.method} /${route}: ${error.message} Check baseURL.`);
        return errorResponse(
          502,
          'api_error',
          'The link API answered a redirect, which the proxy does not follow. Try again later.',
        );
      }
      // The browser went away (closed the tab, aborted its fetch): nobody reads an answer, and it is no fault to report.
      if (request.signal.aborted) {
        return errorResponse(499, 'api_error', 'The request was aborted by the client.');
      }
      if (deadline.aborted) {
        console.error(
          `oncelink proxy: ${request.method} /${route} got no answer from the API within ${timeout} ms.`,
        );
        return errorResponse(504, 'api_error', 'The link API did not answer in time. Try again in a moment.');
      }
      console.error(
        `oncelink proxy: ${request.method} /${route} did not reach the API: ${errorMessage(error)}`,
      );
      return errorResponse(
        502,
        'api_error',
        'The proxy could not reach the link API. Try again in a moment.',
      );
    }
    const responseHeaders = new Headers();
    for (const name of forwardedResponseHeaders) {
      const value = upstream.headers.get(name);
      if (value !== null) responseHeaders.set(name, value);
    }
    return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
  };
}
