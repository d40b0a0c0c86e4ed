// Entry point for Node: the fake as a real HTTP server.
export { createMockServer, type MockServer, type MockServerOptions, type SeedName } from './create-server.js';
export { CONTROL_PREFIX } from './control-routes.js';
