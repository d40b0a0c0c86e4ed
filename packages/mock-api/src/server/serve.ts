// The fake's fetch handler over HTTP (loaded on first need, msw and all): control routes, then the msw handlers.
import { getResponse } from 'msw';
import type { NodeRequestContext } from '@oncelink/sdk/proxy';
import { type MockApi, type MockApiOptions, createMockApi } from '../api.js';
import { reportBug } from '../bugs.js';
import { emptySeed, largeSeed, seed as demoSeed } from '../fixtures/seed.js';
import type { Fixtures } from '../fixtures/types.js';
import { failureResponse, unknownPathResponse } from '../handlers/endpoint.js';
import { setClientAddress } from '../handlers/rate-limit.js';
import { unavailable } from '../hosted/handlers.js';
import { bugFailure } from '../state/errors.js';
import { newRequestId } from '../state/ids.js';
import { handleControl } from './control-routes.js';
import { isApiPath, plainText } from './refusals.js';

export type SeedName = 'demo' | 'large' | 'empty';

const SEEDS: Record<SeedName, Fixtures> = { demo: demoSeed, large: largeSeed, empty: emptySeed };

/** Whether every %-escape in a path decodes (msw's route matching throws on one that does not). */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export interface ServedFake {
  mock: MockApi;
  handle(request: Request, context: NodeRequestContext): Promise<Response>;
}

export function serveFake(
  seed: SeedName | Fixtures,
  options: MockApiOptions,
  serveControl: boolean,
): ServedFake {
  const fixtures = typeof seed === 'string' ? SEEDS[seed] : seed;
  const mock = createMockApi({ ...options, fixtures });

  async function answer(request: Request, path: string): Promise<Response> {
    if (!decodes(path)) {
      // A malformed %-escape names nothing here: the API's 404, or the neutral page for a link.
      return isApiPath(path) ? unknownPathResponse(request.method, path) : unavailable();
    }
    const controlled = serveControl ? await handleControl(mock.control, request) : undefined;
    const response = controlled ?? (await getResponse(mock.handlers, request));
    return response ?? plainText(404, 'Not found. The API lives under /v2/.');
  }

  return {
    mock,
    async handle(request, { clientAddress }) {
      const path = new URL(request.url).pathname;
      try {
        setClientAddress(request, clientAddress ?? 'unknown');
        return await answer(request, path);
      } catch (e) {
        // Only a bug of ours gets here: a 500, reported so that the fake's own tests fail on it.
        reportBug(`failed to answer ${request.method} ${path.slice(0, 200)}`, e);
        return isApiPath(path)
          ? failureResponse(bugFailure(), newRequestId())
          : plainText(500, 'Internal error in the mock API.');
      }
    },
  };
}
