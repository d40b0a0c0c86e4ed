// createMockServer: the fake over real HTTP, with the API under /v2 and hosted pages at link URLs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeHandler } from '@oncelink/sdk/proxy';
import type { MockApiOptions } from '../api.js';
import type { MockControl } from '../control.js';
import type { Fixtures } from '../fixtures/types.js';
import { answerClientError, refusal } from './refusals.js';
import type { SeedName, ServedFake } from './serve.js';

export type { SeedName };

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

/** A server that listens: `ready` resolves once the fake behind it is loaded (requests wait for it). */
export interface StartedMockServer {
  url: string;
  apiBaseURL: string;
  ready: Promise<MockServer>;
  /** Closes the port whether or not the fake has loaded. */
  close(): Promise<void>;
}

/** The largest body the server reads; the API's own endpoints take at most 64 KiB of it. */
const MAX_BODY_BYTES = 1024 * 1024;
const SEED_NAMES: readonly string[] = ['demo', 'large', 'empty'];

/**
 * Listens first and loads the fake (msw, the handlers, the seed) beside it, so the port is open
 * in a few milliseconds; the bin says it listens at once, and the first requests wait for the load.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<StartedMockServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    seed = 'demo',
    control: serveControl = false,
    ...apiOptions
  } = options;
  if (typeof seed === 'string' && !SEED_NAMES.includes(seed)) {
    throw new TypeError(`Unknown seed '${String(seed)}': use 'demo', 'large' or 'empty', or pass fixtures.`);
  }
  // Both known once the port is: the handlers match absolute URLs on this server's origin.
  const loaded: { origin: string; fake?: Promise<ServedFake> } = { origin: '' };
  // requireHostHeader off: the fake answers on its own origin whatever Host says, and Node's own
  // refusal of a missing Host would be a bare 400 outside the API's error shape.
  const server = createServer(
    { requireHostHeader: false },
    toNodeHandler(
      async (request, context) => (await (loaded.fake as Promise<ServedFake>)).handle(request, context),
      {
        origin: () => loaded.origin,
        maxBodyBytes: MAX_BODY_BYTES,
        refusal,
      },
    ),
  );
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const fake = import('./serve.js').then(({ serveFake }) =>
    serveFake(seed, { ...apiOptions, baseURL: `${origin}/v2`, linkBaseURL: origin }, serveControl),
  );
  Object.assign(loaded, { origin, fake });
  let stopDeliveries = (): void => undefined;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      stopDeliveries();
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeAllConnections();
    });
  const ready = Promise.all([fake, import('../api.js')]).then(([{ mock }, api]) => {
    stopDeliveries = () => api.stopDeliveries(mock);
    return { url: origin, apiBaseURL: `${origin}/v2`, control: mock.control, close };
  });
  // A failed load is reported by whoever awaits `ready`; until then it must not crash the process.
  ready.catch(() => undefined);
  return { url: origin, apiBaseURL: `${origin}/v2`, ready, close };
}

export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const started = await startMockServer(options);
  try {
    return await started.ready;
  } catch (e) {
    await started.close();
    throw e;
  }
}
