// --mock: the fake OnceHub API from @oncelink/mock-api (an optional peer), served in this process on loopback.
import type * as MockApiModule from '@oncelink/mock-api';
import { ExplainedError } from './errors.js';

export interface RunningMock {
  /** The fake's API root, for the client's baseURL. */
  apiBaseURL: string;
  /** Where its hosted booking pages (the links) open. */
  url: string;
  /** The key the fake accepts; not a secret. */
  apiKey: string;
  close(): Promise<void>;
}

type MockModule = typeof MockApiModule;

const notInstalled =
  '--mock needs @oncelink/mock-api, which is not installed. Install it beside @oncelink/mcp (npm i -D @oncelink/mock-api), ' +
  'or run both with npx: npx -p @oncelink/mcp -p @oncelink/mock-api oncelink-mcp --mock';

function isMissing(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    error instanceof Error &&
    error.message.includes('@oncelink/mock-api')
  );
}

/**
 * Starts the fake with its demo data on a free loopback port. A real HTTP server rather than
 * in-process interception, so the links it makes open in a browser and can be booked while this
 * server runs. `load` is there for tests of the not-installed path.
 */
export async function startMock(
  load: () => Promise<MockModule> = () => import('@oncelink/mock-api'),
): Promise<RunningMock> {
  let mod: MockModule;
  try {
    mod = await load();
  } catch (e) {
    if (isMissing(e)) throw new ExplainedError(notInstalled, { cause: e });
    throw e;
  }
  const server = await mod.createMockServer({ port: 0, seed: 'demo' });
  return {
    apiBaseURL: server.apiBaseURL,
    url: server.url,
    apiKey: mod.DEMO_API_KEY,
    close: () => server.close(),
  };
}
