// @oncelink/mock-api for Node: the msw handlers, the control object, the seeds and the HTTP server.
export * from './exports.js';
export {
  createMockServer,
  type MockServer,
  type MockServerOptions,
  type SeedName,
} from './server/create-server.js';
