// The control endpoints under /__control/ (only when asked for), as msw handlers: what the demo needs over HTTP.
import {
  getResponse,
  http,
  type DefaultBodyType,
  type HttpHandler,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import type { MockControl } from '../control.js';
import { parseJsonObject } from '../handlers/input.js';
import { ApiFailure, badRequest, bugFailure } from '../state/errors.js';
import type { ErrorBody } from '../state/wire-types.js';

export const CONTROL_PREFIX = '/__control';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });

const refuse = (status: number, message: string): Response =>
  json(status, { type: 'invalid_request_error', message } satisfies ErrorBody);

type Body = Record<string, unknown>;

async function readObject(request: Request): Promise<Body | Response> {
  // Only JSON: a cross-site HTML form cannot send it, so a page on another origin cannot drive the fake.
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
    return refuse(415, 'Send a JSON body with Content-Type: application/json.');
  }
  const text = await request.text();
  const value = text.trim() === '' ? {} : parseJsonObject(text);
  if (value === 'not JSON') return refuse(400, 'The body is not valid JSON.');
  if (value === 'not an object') return refuse(400, 'The body must be a JSON object.');
  return value;
}

const optionalString = (body: Body, key: string): string | undefined => {
  const value = body[key];
  if (value === undefined || typeof value === 'string') return value;
  throw badRequest(`${key} must be a string when given.`);
};

/** A control route's answer: refusals (the API's, or a value out of range) as 400s; anything else is a bug and a 500. */
function answering<P extends PathParams>(
  run: (args: { request: Request; params: P }) => Response | Promise<Response>,
): HttpResponseResolver<P, DefaultBodyType, undefined> {
  return async ({ request, params }) => {
    try {
      return await run({ request, params });
    } catch (e) {
      if (e instanceof ApiFailure || e instanceof RangeError) return refuse(400, e.message);
      console.error(
        'mock-api: unexpected error in a control route',
        request.method,
        new URL(request.url).pathname,
        e,
      );
      return refuse(500, bugFailure().message);
    }
  };
}

/** A POST route: its JSON object body read first, as every POST under the prefix is. */
function post<P extends PathParams>(path: string, run: (body: Body, params: P) => unknown): HttpHandler {
  return http.post<P>(
    `*${CONTROL_PREFIX}${path}`,
    answering<P>(async ({ request, params }) => {
      const body = await readObject(request);
      return body instanceof Response ? body : json(200, run(body, params));
    }),
  );
}

const get = (path: string, read: () => unknown): HttpHandler =>
  http.get(`*${CONTROL_PREFIX}${path}`, () => json(200, read()));

export function controlHandlers(control: MockControl): HttpHandler[] {
  return [
    get('/master-pages', () => control.masterPages()),
    get('/links', () => control.links()),
    get('/bookings', () => control.bookings()),
    get('/webhook-deliveries', () => control.webhookDeliveries()),
    post<{ id: string }>('/master-pages/:id/rule-type', (body, { id }) => {
      const value = body['rule_type'];
      if (value !== 'dynamic' && value !== 'static' && value !== 'none')
        throw badRequest("rule_type must be 'dynamic', 'static' or 'none'.");
      control.setRuleType(id, value);
      return { id, rule_type: value };
    }),
    post<{ id: string }>('/bookings/:id/cancel-as-customer', (body, { id }) =>
      control.cancelAsCustomer(id, optionalString(body, 'reason')),
    ),
    post<{ id: string }>('/bookings/:id/reschedule-as-customer', (body, { id }) =>
      control.rescheduleAsCustomer(id, {
        start_time: optionalString(body, 'start_time'),
        time_zone: optionalString(body, 'time_zone'),
      }),
    ),
    post<{ id: string }>('/bookings/:id/complete', (_body, { id }) => control.completeBooking(id)),
    post<{ id: string }>('/bookings/:id/no-show', (_body, { id }) => control.markNoShow(id)),
    post<{ id: string }>('/bookings/:id/reassign', (body, { id }) => {
      const owner = optionalString(body, 'owner');
      if (owner === undefined) throw badRequest('owner must be the id of a user of the account.');
      return control.reassignBooking(id, owner);
    }),
    post('/reset', () => {
      control.reset();
      return { reset: true };
    }),
    post('/time', (body) => {
      const ms = body['advance_ms'];
      if (typeof ms !== 'number') throw badRequest('advance_ms must be a number of milliseconds.');
      control.advanceTime(ms);
      return { now: control.now().toISOString() };
    }),
    post('/faults', (body) => {
      const { latency_ms: latency, fail_next: fail, status, malform_next: malform, drop_next: drop } = body;
      if (typeof latency === 'number') control.setLatency(latency);
      if (typeof fail === 'number') control.failNext(fail, typeof status === 'number' ? status : 500);
      if (typeof malform === 'number') control.malformNext(malform);
      if (typeof drop === 'number') control.dropNext(drop);
      return { ok: true };
    }),
    http.all(`*${CONTROL_PREFIX}/*`, async ({ request }) => {
      // Any other POST is read first too, so a body that is not JSON gets the same 415 everywhere.
      if (request.method === 'POST') {
        const body = await readObject(request);
        if (body instanceof Response) return body;
      }
      const route = `${request.method} ${new URL(request.url).pathname.slice(CONTROL_PREFIX.length)}`;
      return refuse(404, `No control route ${route}.`);
    }),
  ];
}

const handlersOf = new WeakMap<MockControl, HttpHandler[]>();

/** Answers a control request, or undefined when the path is not a control route. */
export async function handleControl(control: MockControl, request: Request): Promise<Response | undefined> {
  if (!new URL(request.url).pathname.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
  let handlers = handlersOf.get(control);
  if (!handlers) handlersOf.set(control, (handlers = controlHandlers(control)));
  return getResponse(handlers, request);
}
