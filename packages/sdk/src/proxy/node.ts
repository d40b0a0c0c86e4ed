// toNodeHandler: mounts a fetch-style handler (the proxy) on node:http or Express, refusing what cannot become a Request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody } from '../schemas/error-body.js';

/** What the adapter knows about the connection that the standard Request cannot carry. */
export interface NodeRequestContext {
  /** The peer's address (`req.socket.remoteAddress`): the client, or the reverse proxy in front of you. */
  clientAddress: string | undefined;
}

/** A standard fetch handler; `createProxyHandler` returns one. */
export type FetchHandler = (request: Request, context: NodeRequestContext) => Response | Promise<Response>;

/** A request the adapter answered itself, without calling the handler. */
export interface NodeRefusal {
  status: 400 | 405 | 413;
  /** What was wrong and what to do, for the client. */
  message: string;
  /** The path part of the raw request target, best effort (the target may not parse): to pick a body format. */
  path: string;
  /** Set on a 405: the methods the handler takes, for the `Allow` header. */
  allow?: string | undefined;
}

export interface NodeHandlerOptions {
  /** Largest request body passed on, in bytes; a larger one answers 413. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** Methods passed on; any other answers 405 with `Allow`. Default GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS. */
  methods?: readonly string[] | undefined;
  /**
   * Your server's own origin (`https://crm.example.com`), or a function giving it once it is known.
   * Without it the origin is built from the Host header, which must then be a plain host[:port].
   */
  origin?: string | (() => string) | undefined;
  /** Writes the adapter's own refusals; default JSON `{ type: 'invalid_request_error', message }` as the API writes errors. */
  refusal?: ((refusal: NodeRefusal) => Response) | undefined;
}

/** Express passes `next`; node:http does not. */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

const defaultMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const defaultMaxBodyBytes = 1024 * 1024;
/** A host as a Host header may name it: a name or IPv4 address, or a bracketed IPv6 address, and an optional port. */
const hostPattern = /^(?:[A-Za-z0-9._~-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/;
/** Not passed back: they describe the connection or a body encoding that fetch has already undone. */
const droppedResponseHeaders = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'content-encoding',
]);

/** The client went away (reset, aborted upload) before its request was read: nobody is left to answer. */
class ClientGone extends Error {}

class Refused extends Error {
  constructor(readonly refusal: NodeRefusal) {
    super(refusal.message);
  }
}

const defaultRefusal = ({ status, message, allow }: NodeRefusal): Response =>
  Response.json({ type: 'invalid_request_error', message } satisfies ErrorBody, {
    status,
    headers: allow ? { Allow: allow } : {},
  });

/** The path of a raw request target as URL parsing reads it (dot segments, backslashes), for choosing how to word a refusal; never used to route. */
function pathOf(target: string): string {
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(target);
  const rest = absolute ? target.slice(absolute[0].length) : target;
  try {
    return new URL(`http://h${rest}`).pathname;
  } catch {
    return rest.split('?')[0] ?? '';
  }
}

/** The raw request target; Express strips its mount path from `req.url` and keeps the whole in `originalUrl`. */
function targetOf(req: IncomingMessage): string {
  const original = (req as { originalUrl?: unknown }).originalUrl;
  return typeof original === 'string' ? original : (req.url ?? '');
}

function originFrom(req: IncomingMessage, option: NodeHandlerOptions['origin']): string {
  if (option !== undefined) return typeof option === 'function' ? option() : option;
  const host = req.headers.host ?? '';
  const match = hostPattern.exec(host);
  const port = match?.[1];
  if (!match || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) {
    throw new Refused({
      status: 400,
      path: pathOf(targetOf(req)),
      message:
        'The Host header is missing or is not a host[:port]; send the address you reached this server at.',
    });
  }
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  return `${encrypted ? 'https' : 'http'}://${host}`;
}

/** The request's URL: an origin-form target is appended to the origin (never resolved, so `//x` stays a path). */
function urlOf(req: IncomingMessage, origin: string): URL {
  const target = targetOf(req);
  const bad = (): Refused =>
    new Refused({
      status: 400,
      path: pathOf(target),
      message: 'The request target is not a path (or an http URL) this server can read.',
    });
  try {
    if (target.startsWith('/')) return new URL(origin + target);
    if (/^https?:\/\//i.test(target)) {
      const absolute = new URL(target);
      return new URL(origin + absolute.pathname + absolute.search);
    }
  } catch {
    throw bad();
  }
  throw bad();
}

/**
 * The body's bytes up to `cap`. Past the cap it refuses with 413 and keeps reading and dropping the
 * rest, so the client can read the answer (sent with `Connection: close`) instead of a reset.
 */
function readBody(req: IncomingMessage, cap: number, path: string): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () =>
    new Refused({
      status: 413,
      path,
      message: `The request body is larger than ${cap} bytes; send a smaller body.`,
    });
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > cap) {
      req.resume();
      return reject(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= cap) return void chunks.push(chunk);
      req.off('data', collect);
      req.resume();
      chunks.length = 0;
      reject(tooLarge());
    };
    req.on('data', collect);
    req.once('end', () => {
      const body = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        body.set(chunk, at);
        at += chunk.length;
      }
      resolve(body);
    });
    req.once('error', () => reject(new ClientGone()));
    req.once('aborted', () => reject(new ClientGone()));
  });
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

function toRequest(
  req: IncomingMessage,
  url: URL,
  body: Uint8Array<ArrayBuffer> | undefined,
  signal: AbortSignal,
): Request {
  try {
    return new Request(url, {
      method: req.method ?? 'GET',
      headers: headersOf(req),
      signal,
      ...(body ? { body } : {}),
    });
  } catch {
    // Node's parser lets through a few things fetch refuses (a method fetch forbids, a header it will not carry).
    throw new Refused({
      status: 400,
      path: url.pathname,
      message: 'This request cannot be read as a standard HTTP request; check its method and headers.',
    });
  }
}

/** Resolves when `res` can take more, or has closed (then `res.destroyed` says so). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

async function send(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    // Response.error() is a network error by definition: the client must see one, not an answer.
    res.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (!droppedResponseHeaders.has(name) && name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body || req.method === 'HEAD') {
    void response.body?.cancel().catch(() => undefined);
    res.end();
    return;
  }
  const reader = response.body.getReader();
  // A client that hangs up ends the body too, even one (a live stream) with no next chunk coming.
  res.once('close', () => {
    if (!res.writableFinished) void reader.cancel().catch(() => undefined);
  });
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (res.destroyed) break;
      if (!res.write(chunk.value)) await drained(res);
    }
  } catch {
    // The status is out: only a cut connection can still tell the client the body failed.
    res.destroy();
    return;
  }
  if (res.destroyed) {
    void reader.cancel().catch(() => undefined);
    return;
  }
  res.end();
}

/**
 * Adapts a fetch-style handler to `node:http` and Express:
 * `createServer(toNodeHandler(handler))` or `app.use('/api/oncehub', toNodeHandler(handler))`
 * (before any body parser). A request that cannot become a standard `Request` never reaches the
 * handler: an unusable Host header or request target answers 400, a method outside `methods` 405
 * with `Allow`, a body over `maxBodyBytes` 413. The client hanging up aborts `request.signal`,
 * and the answer is streamed as the handler produces it.
 */
export function toNodeHandler(handler: FetchHandler, options: NodeHandlerOptions = {}): NodeHandler {
  const methods = (options.methods ?? defaultMethods).map((m) => m.toUpperCase());
  const allow = methods.join(', ');
  const cap = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const refusal = options.refusal ?? defaultRefusal;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    try {
      if (!methods.includes(method)) {
        throw new Refused({
          status: 405,
          path: pathOf(targetOf(req)),
          allow,
          message: `This server does not take ${method} requests here; use one of ${allow}.`,
        });
      }
      const url = urlOf(req, originFrom(req, options.origin));
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, cap, url.pathname);
      const aborted = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) aborted.abort();
      });
      await send(
        req,
        res,
        await handler(toRequest(req, url, body, aborted.signal), {
          clientAddress: req.socket?.remoteAddress,
        }),
      );
    } catch (error) {
      if (error instanceof ClientGone) return void res.destroy();
      if (!(error instanceof Refused)) throw error;
      const answer = refusal(error.refusal);
      // After a 413 the rest of the body is not worth reading: close once the answer is out.
      if (error.refusal.status === 413) res.setHeader('Connection', 'close');
      if (error.refusal.allow && !answer.headers.has('allow')) res.setHeader('Allow', error.refusal.allow);
      await send(req, res, answer);
    }
  }

  return (req, res, next) => {
    serve(req, res).catch((error: unknown) => {
      if (next && !res.headersSent) return next(error);
      // A bug in the handler, not the client's doing: logged, and the client gets no detail.
      console.error('toNodeHandler: the handler failed:', error);
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal server error.');
    });
  };
}
