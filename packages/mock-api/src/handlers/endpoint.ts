// How the API answers: JSON with a Request-Id, its error bodies, and its 404 for a route it does not have.
import {
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpHandler,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import { reportBug } from '../bugs.js';
import { ApiFailure, bugFailure } from '../state/errors.js';
import { newRequestId } from '../state/ids.js';
import type { ApiRuntime } from './runtime.js';

/** What an endpoint's resolver answers: turned into JSON with a Request-Id by `answer`. */
export interface Reply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ApiInput<P> {
  request: Request;
  url: URL;
  params: P;
}

/** An endpoint's own logic; a Response (a dropped connection, say) is passed on as it is. */
export type ApiResolver<P> = (input: ApiInput<P>) => Reply | Response | Promise<Reply | Response>;

const json = (
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): Response =>
  HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { 'Request-Id': requestId, ...headers },
  });

export function failureResponse(e: ApiFailure, requestId: string): Response {
  return json(e.status, e.body, requestId, e.headers);
}

/**
 * The outermost layer of every API endpoint: a Request-Id on each answer, the API's refusals
 * (`ApiFailure`) as its error bodies, and anything else, a bug in the fake, as a logged 500.
 */
export function answer<P extends PathParams>(
  resolve: ApiResolver<P>,
): HttpResponseResolver<P, DefaultBodyType, undefined> {
  return async ({ request, params }) => {
    const requestId = newRequestId();
    try {
      const reply = await resolve({ request, url: new URL(request.url), params });
      return reply instanceof Response
        ? reply
        : json(reply.status ?? 200, reply.body, requestId, reply.headers);
    } catch (e) {
      if (e instanceof ApiFailure) return failureResponse(e, requestId);
      // A bug in the fake: answer like the API's 500 but never hide it.
      reportBug(`unexpected error while answering ${request.method} ${new URL(request.url).pathname}`, e);
      return failureResponse(bugFailure(), requestId);
    }
  };
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
  const message = `Unrecognized request URL (${method}: ${path.slice(0, 200)}).`;
  return failureResponse(new ApiFailure(404, 'invalid_request_error', message), newRequestId());
}
