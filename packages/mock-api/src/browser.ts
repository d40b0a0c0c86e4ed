// @oncelink/mock-api for browsers: the same exports, with a createMockServer that explains it needs Node.
import type { MockServer, MockServerOptions } from './server/create-server.js';

export * from './exports.js';
export type { MockServer, MockServerOptions, SeedName } from './server/create-server.js';

export function createMockServer(_options?: MockServerOptions): Promise<MockServer> {
  return Promise.reject(
    new Error(
      'createMockServer runs in Node only (it opens a port). In a browser, use createMockApi() with msw setupWorker.',
    ),
  );
}
