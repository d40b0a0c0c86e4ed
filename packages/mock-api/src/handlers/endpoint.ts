// One API endpoint as an msw handler: latency, injected faults, API key, rate limit, then the resolver.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { ApiFailure, errorTypeFor } from '../state/errors.js';
import { newRequestId } from '../state/ids.js';
import type { ApiRuntime } from './runtime.js';
import { clientAddressOf } from './rate-limit.js';
import { reportBug } from '../bugs.js';

export type Method = 'get' | 'post' | 'delete';

export interface Reply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface EndpointInput {
  request: Request;
  url: URL;
  params: Record<string, string>;
  apiKey: string;
}

export type Resolver = (input: EndpointInput) => Reply | Promise<Reply>;

export interface EndpointSpec {
  method: Method;
  /** Path under the base URL, e.g. `/master-pages/:id`. */
  path: string;
  resolve: Resolver;
  /** A body this endpoint's schema does not allow, answered by `malformNext`. */
  malformed: unknown;
}

const json = (status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): Response =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'Request-Id': requestId, ...headers } });

export function failureResponse(e: ApiFailure, requestId: string): Response {
  return json(e.status, e.body, requestId, e.headers);
}

export function endpoint(api: ApiRuntime, spec: EndpointSpec): HttpHandler {
  return http[spec.method](`${api.baseURL}${spec.path}`, async ({ request, params }) => {
    const requestId = newRequestId();
    // The fault is the arriving request's; a reset while it is held drops it, like a restart.
    const fault = api.faults.take();
    if (!(await api.faults.hold())) return HttpResponse.error();
    if (fault?.kind === 'drop') return HttpResponse.error();
    if (fault?.kind === 'malform') return json(200, spec.malformed, requestId);
    if (fault?.kind === 'fail') {
      const headers: Record<string, string> = fault.status === 429 ? { 'Retry-After': '1' } : {};
      return json(fault.status, { type: errorTypeFor(fault.status), message: `Injected failure (HTTP ${fault.status}).` }, requestId, headers);
    }
    try {
      // Every request from an address counts, a refused key too: the limit guards the address.
      const perIp = api.limiters.perIp;
      const ipWait = perIp?.hit(clientAddressOf(request));
      if (perIp && ipWait !== undefined) {
        throw tooMany(`Too many requests from this IP address: the limit is ${perIp.limit} per ${describeWindow(perIp.windowMs)}.`, ipWait);
      }
      const sent = request.headers.get('api-key');
      const apiKey = api.requireApiKey ? sent : 'proxied';
      if (apiKey === null || (api.requireApiKey && !api.apiKeys.has(apiKey))) {
        throw new ApiFailure(401, 'authentication_error', 'Invalid API key.');
      }
      // The limit is the account's: every key of the fake opens the same account.
      const wait = api.limiters.perAccount?.hit('account');
      if (wait !== undefined) throw tooMany(`Too many requests: the limit is ${api.limiters.perAccount?.limit} per second.`, wait);
      const reply = await spec.resolve({ request, url: new URL(request.url), params: stringParams(params), apiKey });
      return json(reply.status ?? 200, reply.body, requestId, reply.headers);
    } catch (e) {
      if (e instanceof ApiFailure) return failureResponse(e, requestId);
      // A bug in the fake: answer like the API's 500 but never hide it.
      reportBug(`unexpected error while answering ${request.method} ${new URL(request.url).pathname}`, e);
      return json(500, { type: 'api_error', message: 'The mock API failed unexpectedly; see its log.' }, requestId);
    }
  });
}

/** '5 minutes', 'minute', '90 seconds'. */
function describeWindow(ms: number): string {
  const seconds = ms / 1000;
  if (seconds % 60 !== 0) return `${seconds} seconds`;
  return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
}

/** A 429 as the API answers it: `rate_limit_error`, the wait in the message and in Retry-After. */
function tooMany(limit: string, wait: number): ApiFailure {
  return new ApiFailure(429, 'rate_limit_error', `${limit} Retry after ${wait} second${wait === 1 ? '' : 's'}.`, undefined, {
    'Retry-After': String(wait),
  });
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Anything else under the base URL: the API's answer to a route it does not have. */
export function unknownRoute(api: ApiRuntime): HttpHandler[] {
  // The root itself too: `/v2` (no slash) is not matched by `/v2/*`.
  return [api.baseURL, `${api.baseURL}/*`].map((path) =>
    http.all(path, ({ request }) => unknownPathResponse(request.method, new URL(request.url).pathname)),
  );
}

/** The API's answer to a route it does not have. */
export function unknownPathResponse(method: string, path: string): Response {
  return json(404, { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path.slice(0, 200)}).` }, newRequestId());
}
