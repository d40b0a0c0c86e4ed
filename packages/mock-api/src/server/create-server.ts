// createMockServer: the fake over real HTTP, with the API under /v2 and hosted pages at link URLs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { type MockApi, type MockApiOptions, createMockApi, stopDeliveries } from '../api.js';
import type { MockControl } from '../control.js';
import { emptySeed, largeSeed, seed as demoSeed } from '../fixtures/seed.js';
import type { Fixtures } from '../fixtures/types.js';
import { BodyTooLarge, MAX_BODY_BYTES, sendFetchResponse, toFetchRequest } from './bridge.js';
import { bodyTooLargeResponse, unknownPathResponse } from '../handlers/endpoint.js';
import { unavailable } from '../hosted/handlers.js';

/** Whether every %-escape in a path decodes (msw's route matching throws on one that does not). */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
import { handleControl } from './control-routes.js';
import { setClientAddress } from '../handlers/rate-limit.js';

export type SeedName = 'demo' | 'large' | 'empty';

export interface MockServerOptions extends Omit<MockApiOptions, 'baseURL' | 'linkBaseURL' | 'fixtures'> {
  /** 0 (the default) picks a free port. */
  port?: number | undefined;
  /** Loopback by default: the fake has no business on a network. */
  host?: string | undefined;
  /** A named seed or your own fixtures; 'demo' by default. */
  seed?: SeedName | Fixtures | undefined;
  /** Serve the control endpoints under /__control/. Off by default. */
  control?: boolean | undefined;
}

export interface MockServer {
  /** The server's origin, e.g. http://127.0.0.1:4010 (hosted booking pages live here). */
  url: string;
  /** The API root to give the SDK as `baseURL`, e.g. http://127.0.0.1:4010/v2. */
  apiBaseURL: string;
  control: MockControl;
  /** Stops accepting connections, closes open ones, resolves when the server is down. */
  close(): Promise<void>;
}

const SEEDS: Record<SeedName, Fixtures> = { demo: demoSeed, large: largeSeed, empty: emptySeed };

function pickSeed(seed: MockServerOptions['seed']): Fixtures {
  if (seed === undefined) return demoSeed;
  if (typeof seed !== 'string') return seed;
  const found = SEEDS[seed];
  if (!found) throw new TypeError(`Unknown seed '${String(seed)}': use 'demo', 'large' or 'empty', or pass fixtures.`);
  return found;
}

export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', seed, control: serveControl = false, ...apiOptions } = options;
  const fixtures = pickSeed(seed);
  // Filled once the port is known: handlers match absolute URLs on this server's origin.
  const ready: { mock?: MockApi; origin: string } = { origin: '' };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void answer(req, res).catch((e: unknown) => {
      console.error('mock-api server: failed to answer a request', e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error in the mock API.');
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { mock, origin } = ready;
    if (!mock) throw new Error('The mock API is not ready yet.');
    let request: Request;
    try {
      request = await toFetchRequest(req, origin);
    } catch (e) {
      if (!(e instanceof BodyTooLarge)) throw e;
      // Under the API root, an error as the API writes them (with a Request-Id); elsewhere plain text.
      const path = new URL(req.url ?? '/', origin).pathname;
      if (path === '/v2' || path.startsWith('/v2/')) return sendFetchResponse(res, bodyTooLargeResponse(MAX_BODY_BYTES));
      res.writeHead(413, { 'Content-Type': 'text/plain', Connection: 'close' });
      res.end('Request body too large.');
      return;
    }
    setClientAddress(request, req.socket.remoteAddress ?? 'unknown');
    const path = new URL(request.url).pathname;
    if (!decodes(path)) {
      // A malformed %-escape names nothing here: the API's 404, or the neutral page for a link.
      const answer = path === '/v2' || path.startsWith('/v2/') ? unknownPathResponse(request.method, path) : unavailable();
      return sendFetchResponse(res, answer);
    }
    const controlled = serveControl ? await handleControl(mock.control, request) : undefined;
    const response = controlled ?? (await getResponse(mock.handlers, request));
    if (response) return sendFetchResponse(res, response);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found. The API lives under /v2/.');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForURL = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${hostForURL}:${address.port}`;
  const mock = createMockApi({ ...apiOptions, fixtures, baseURL: `${origin}/v2`, linkBaseURL: origin });
  ready.origin = origin;
  ready.mock = mock;

  return {
    url: origin,
    apiBaseURL: `${origin}/v2`,
    control: mock.control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        stopDeliveries(mock);
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
