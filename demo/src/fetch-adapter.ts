// Bridges node:http and the standard Request/Response pair, so a fetch-style handler (the SDK's proxy) can be mounted.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from './read-body.js';

export type FetchHandler = (request: Request) => Promise<Response>;

/** Builds a standard Request from a node:http request; `origin` is this server's own origin. */
export async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? new Uint8Array(await readBody(req)) : undefined,
  });
}

/** Writes a standard Response to a node:http response. */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    // fetch already decoded the body and knows its own length: let node:http recompute both.
    if (name === 'content-encoding' || name === 'content-length' || name === 'transfer-encoding') return;
    headers[name] = value;
  });
  const setCookie = response.headers.getSetCookie();
  if (setCookie.length) headers['set-cookie'] = setCookie;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Runs a fetch-style handler for one node:http request. */
export async function serveWithFetchHandler(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  await sendResponse(res, await handler(await toRequest(req, origin)));
}
