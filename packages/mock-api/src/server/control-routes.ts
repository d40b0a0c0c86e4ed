// The control endpoints under /__control/ (only when asked for): what the demo needs over HTTP.
import type { MockControl } from '../control.js';

export const CONTROL_PREFIX = '/__control';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });

const refuse = (status: number, message: string): Response => json(status, { type: 'invalid_request_error', message });

async function readObject(request: Request): Promise<Record<string, unknown> | Response> {
  // Only JSON: a cross-site HTML form cannot send it, so a page on another origin cannot drive the fake.
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
    return refuse(415, 'Send a JSON body with Content-Type: application/json.');
  }
  try {
    const text = await request.text();
    const value: unknown = text.trim() === '' ? {} : JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse(400, 'The body must be a JSON object.');
    return value as Record<string, unknown>;
  } catch {
    return refuse(400, 'The body is not valid JSON.');
  }
}

const optionalString = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  if (value === undefined || typeof value === 'string') return value;
  throw new TypeError(`${key} must be a string when given.`);
};

/** The booking lifecycle routes: each one a control method, answering with the booking it changed. */
function bookingChange(control: MockControl, id: string, action: string, body: Record<string, unknown>): unknown {
  if (action === 'cancel-as-customer') return control.cancelAsCustomer(id, optionalString(body, 'reason'));
  if (action === 'reschedule-as-customer') {
    return control.rescheduleAsCustomer(id, { start_time: optionalString(body, 'start_time'), time_zone: optionalString(body, 'time_zone') });
  }
  if (action === 'complete') return control.completeBooking(id);
  if (action === 'no-show') return control.markNoShow(id);
  const owner = optionalString(body, 'owner');
  if (owner === undefined) throw new TypeError('owner must be the id of a user of the account.');
  return control.reassignBooking(id, owner);
}

/** Answers a control request, or undefined when the path is not a control route. */
export async function handleControl(control: MockControl, request: Request): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
  const route = `${request.method} ${pathname.slice(CONTROL_PREFIX.length)}`;
  try {
    if (route === 'GET /master-pages') return json(200, control.masterPages());
    if (route === 'GET /links') return json(200, control.links());
    if (route === 'GET /bookings') return json(200, control.bookings());
    if (route === 'GET /webhook-deliveries') return json(200, control.webhookDeliveries());
    if (request.method !== 'POST') return refuse(404, `No control route ${route}.`);
    const body = await readObject(request);
    if (body instanceof Response) return body;
    const ruleType = /^\/master-pages\/([^/]+)\/rule-type$/.exec(pathname.slice(CONTROL_PREFIX.length));
    if (ruleType?.[1]) {
      const value = body['rule_type'];
      if (value !== 'dynamic' && value !== 'static' && value !== 'none') return refuse(400, "rule_type must be 'dynamic', 'static' or 'none'.");
      control.setRuleType(decodeURIComponent(ruleType[1]), value);
      return json(200, { id: decodeURIComponent(ruleType[1]), rule_type: value });
    }
    const lifecycle = /^\/bookings\/([^/]+)\/(cancel-as-customer|reschedule-as-customer|complete|no-show|reassign)$/.exec(
      pathname.slice(CONTROL_PREFIX.length),
    );
    if (lifecycle?.[1] && lifecycle[2]) return json(200, bookingChange(control, decodeURIComponent(lifecycle[1]), lifecycle[2], body));
    if (route === 'POST /reset') {
      control.reset();
      return json(200, { reset: true });
    }
    if (route === 'POST /time') {
      const ms = body['advance_ms'];
      if (typeof ms !== 'number') return refuse(400, 'advance_ms must be a number of milliseconds.');
      control.advanceTime(ms);
      return json(200, { now: control.now().toISOString() });
    }
    if (route === 'POST /faults') {
      const { latency_ms: latency, fail_next: fail, status, malform_next: malform, drop_next: drop } = body;
      if (typeof latency === 'number') control.setLatency(latency);
      if (typeof fail === 'number') control.failNext(fail, typeof status === 'number' ? status : 500);
      if (typeof malform === 'number') control.malformNext(malform);
      if (typeof drop === 'number') control.dropNext(drop);
      return json(200, { ok: true });
    }
    return refuse(404, `No control route ${route}.`);
  } catch (e) {
    return refuse(400, e instanceof Error ? e.message : String(e));
  }
}
