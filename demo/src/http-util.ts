// Small request and response helpers shared by the demo server's routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from './read-body.js';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/**
 * Reads a JSON object body sent by this server's own pages, or answers the error and returns
 * undefined. A cross-site form cannot send JSON without a preflight, and a page from elsewhere
 * sends its own Origin: both checks keep other sites from changing the demo's state.
 * `shape` is said in the errors, e.g. '{"ruleType": "static"}'.
 */
export async function readOwnJson(
  req: IncomingMessage,
  res: ServerResponse,
  ownOrigin: string,
  shape: string,
): Promise<Record<string, unknown> | undefined> {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== ownOrigin) {
    sendJson(res, 403, { error: `Requests from ${origin} may not change the demo; use its own pages.` });
    return undefined;
  }
  if (!req.headers['content-type']?.startsWith('application/json')) {
    sendJson(res, 415, { error: `Send JSON with Content-Type: application/json, like ${shape}.` });
    return undefined;
  }
  const text = (await readBody(req, 10_000)).toString('utf8');
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    sendJson(res, 400, { error: `The body is not a JSON object: send ${shape}.` });
    return undefined;
  }
  return body as Record<string, unknown>;
}
