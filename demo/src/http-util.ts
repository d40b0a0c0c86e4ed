// Small request and response helpers shared by the demo server's routes.
import type { ServerResponse } from 'node:http';
import type { NodeRefusal } from '@oncelink/sdk/proxy';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** The same JSON answer as a standard Response, for the routes mounted with toNodeHandler. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });

/** The adapter's own refusals (a body over the cap, an unusable target) in the demo's `{ error }` shape. */
export const refusal = ({ status, message, allow }: NodeRefusal): Response =>
  json(status, { error: message }, allow ? { allow } : {});

// Its own parse, not the fake's parseJsonObject: that is not public in @oncelink/mock-api, and a JSON reader is no part of a fake's API.
/**
 * Reads a JSON object body sent by this server's own pages, or the error to answer. A cross-site
 * form cannot send JSON without a preflight, and a page from elsewhere sends its own Origin: both
 * checks keep other sites from changing the demo's state. `shape` is said in the errors, e.g.
 * '{"ruleType": "static"}'. The body's size is capped where the route is mounted.
 */
export async function readOwnJson(
  request: Request,
  ownOrigin: string,
  shape: string,
): Promise<Record<string, unknown> | Response> {
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== ownOrigin) {
    return json(403, { error: `Requests from ${origin} may not change the demo; use its own pages.` });
  }
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return json(415, { error: `Send JSON with Content-Type: application/json, like ${shape}.` });
  }
  const text = await request.text();
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return json(400, { error: `The body is not a JSON object: send ${shape}.` });
  }
  return body as Record<string, unknown>;
}
